package org.downhill.diagnose;

import org.downhill.sim.RunPlan;
import org.downhill.sim.Simulator;
import org.downhill.sim.Trajectory;

/**
 * Where {@link Diagnoser#classify} replays runs in eigen-coordinates ({@link EigenShadow}): each
 * replay is simulated into the arrays of the one before, so that classifying many runs in a row
 * allocates next to nothing for it. One per thread: not thread-safe. A replay is only read while
 * the run it belongs to is classified.
 */
public final class ReplayBuffer {
    /** The previous replay, handed back to the simulator for the next one; null before the first. */
    private Trajectory previous;

    /** The replay of a plan, in the arrays of the previous replay (which can no longer be read). */
    Trajectory replay(RunPlan plan) {
        previous = previous == null ? Simulator.run(plan) : Simulator.run(plan, previous);
        return previous;
    }
}
