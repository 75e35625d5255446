package org.downhill.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A run together with the changes made while it played: the spec's settings from step 0, then each
 * {@link Edit} from its step on. Simulating a plan always gives the same trajectory, so a live
 * change is a new plan, and the path before the change stays exactly as it was. Immutable.
 *
 * @param spec  the run as it started
 * @param edits the changes, in increasing order of step
 */
public record RunPlan(RunSpec spec, List<Edit> edits) {

    /** Validates the order of the edits, and that no edit adds synthetic noise to a run in data batches. */
    public RunPlan {
        Objects.requireNonNull(spec, "spec");
        edits = List.copyOf(edits);
        edits.forEach(e -> spec.batching().checkSettings(e.settings()));
        for (int i = 1; i < edits.size(); i++) {
            if (edits.get(i).step() <= edits.get(i - 1).step()) {
                throw new IllegalArgumentException("edits must be in increasing order of step");
            }
        }
    }

    /** A plan without changes. */
    public static RunPlan of(RunSpec spec) {
        return new RunPlan(spec, List.of());
    }

    /**
     * The plan with the settings changed from {@code step} on: later edits are dropped, since the
     * run now continues under the new settings; at step 0 it is a new run with these settings.
     */
    public RunPlan withChangeAt(int step, Settings settings) {
        if (step <= 0) {
            return of(spec.withSettings(settings));
        }
        List<Edit> kept = new ArrayList<>();
        for (Edit e : edits) {
            if (e.step() < step) {
                kept.add(e);
            }
        }
        Settings before = settingsAt(step);
        if (!before.equals(settings)) {
            kept.add(new Edit(step, settings));
        }
        return new RunPlan(spec, kept);
    }

    /** The settings of the update that starts at {@code step}. */
    public Settings settingsAt(int step) {
        Settings current = spec.settings();
        for (Edit e : edits) {
            if (e.step() <= step) {
                current = e.settings();
            }
        }
        return current;
    }

    /** The settings in force at the end of the plan (what a restart would use). */
    public Settings latestSettings() {
        return edits.isEmpty() ? spec.settings() : edits.get(edits.size() - 1).settings();
    }

    /** The same plan with another number of updates; the edits are kept. */
    public RunPlan withSteps(int steps) {
        return new RunPlan(spec.withSteps(steps), edits);
    }
}
