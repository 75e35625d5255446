package org.downhill.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.downhill.optim.OptimizerSpec;
import org.downhill.param.InvalidParameterException;
import org.downhill.scenario.Scenario;

/**
 * A change a user could make with the sliders: some hyper-parameters of one run's optimizer, from
 * step 0. Immutable.
 *
 * @param run   the run's name
 * @param hyper the new values by hyper-parameter name, e.g. {@code lr = 0.3}
 */
public record Change(String run, Map<String, Object> hyper) {

    /** Copies the map. */
    public Change {
        Objects.requireNonNull(run, "run");
        hyper = Map.copyOf(hyper);
    }

    /**
     * The scenario with the change made.
     *
     * @throws InvalidParameterException if there is no such run or a value is not allowed for its optimizer
     */
    public Scenario apply(Scenario scenario) {
        List<Scenario.Run> runs = new ArrayList<>();
        boolean found = false;
        for (Scenario.Run r : scenario.runs()) {
            if (r.name().equals(run)) {
                found = true;
                OptimizerSpec optimizer = r.settings().optimizer();
                for (Map.Entry<String, Object> e : hyper.entrySet()) {
                    optimizer = optimizer.with(e.getKey(), e.getValue());
                }
                r = new Scenario.Run(r.name(), r.color(), r.visible(), r.startX(), r.startY(),
                        r.settings().withOptimizer(optimizer), r.edits(), r.expect(), r.batching());
            }
            runs.add(r);
        }
        if (!found) {
            throw new InvalidParameterException("There is no run named '" + run + "'");
        }
        return new Scenario(scenario.landscape(), scenario.window(), scenario.steps(), scenario.playhead(),
                scenario.display(), runs, scenario.caption(), scenario.claims());
    }
}
