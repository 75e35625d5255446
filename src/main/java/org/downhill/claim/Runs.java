package org.downhill.claim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Window;
import org.downhill.param.InvalidParameterException;
import org.downhill.sim.RunPlan;
import org.downhill.sim.Simulator;
import org.downhill.sim.Trajectory;

/**
 * The runs a claim is measured on: named run plans on one landscape, with the window in view
 * (where an ensemble draws its starts and what a visible swing is measured against). Each run is
 * simulated once, when a fact first needs it. Not thread-safe.
 */
public final class Runs {
    private final Landscape landscape;
    private final Window window;
    private final List<Named> runs;
    private final Map<String, Trajectory> simulated = new HashMap<>();

    /**
     * A run and its name in the legend.
     *
     * @param name the name
     * @param plan the run
     */
    public record Named(String name, RunPlan plan) {
        /** Checks that nothing is missing. */
        public Named {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(plan, "plan");
        }
    }

    /**
     * Runs on a landscape.
     *
     * @param landscape the landscape of every run
     * @param window    the window in view
     * @param runs      the runs, in legend order
     */
    public Runs(Landscape landscape, Window window, List<Named> runs) {
        this.landscape = Objects.requireNonNull(landscape, "landscape");
        this.window = Objects.requireNonNull(window, "window");
        this.runs = List.copyOf(runs);
    }

    /** The landscape. */
    public Landscape landscape() {
        return landscape;
    }

    /** The window in view. */
    public Window window() {
        return window;
    }

    /**
     * The plan of the run with this name.
     *
     * @throws InvalidParameterException if no run, or more than one, has this name
     */
    public RunPlan plan(String name) {
        List<Named> matching = runs.stream().filter(r -> r.name().equals(name)).toList();
        if (matching.size() != 1) {
            throw new InvalidParameterException(matching.isEmpty()
                    ? "There is no run named '" + name + "' (runs: " + String.join(", ", names()) + ")"
                    : matching.size() + " runs are named '" + name + "'; a claim needs one");
        }
        return matching.get(0).plan();
    }

    /** The trajectory of the run with this name, simulated on first use. */
    public Trajectory trajectory(String name) {
        RunPlan plan = plan(name);
        return simulated.computeIfAbsent(name, n -> Simulator.run(plan));
    }

    /** The names of the runs, in legend order. */
    public List<String> names() {
        return runs.stream().map(Named::name).toList();
    }
}
