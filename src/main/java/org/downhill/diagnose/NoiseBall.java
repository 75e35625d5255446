package org.downhill.diagnose;

import org.downhill.sim.Trajectory;

/**
 * A run with gradient noise does not converge to a point: near a minimum it keeps jittering in a
 * ball whose size is set by the noise and the learning rate. The run counts as settled in that
 * ball when its last quarter stays within radius r of the minimum (r = the largest distance in
 * the last quarter) and r is less than half the start's distance from the minimum; it settled at
 * the first step from which it stays within r.
 */
final class NoiseBall {
    private NoiseBall() {
    }

    /** The first step from which the run stays in its final noise ball, or -1 if it does not settle. */
    static int settledAt(Trajectory t, Attractor a) {
        int last = t.lastStep();
        if (last < 8) {
            return -1;
        }
        double r = radius(t, a);
        if (!(r < 0.5 * distance(t, 0, a))) {
            return -1;
        }
        int settled = last;
        while (settled > 0 && distance(t, settled - 1, a) <= r) {
            settled--;
        }
        return settled;
    }

    /** The largest distance from the minimum in the last quarter of the run. */
    static double radius(Trajectory t, Attractor a) {
        int last = t.lastStep();
        double r = 0;
        for (int k = last - last / 4; k <= last; k++) {
            r = Math.max(r, distance(t, k, a));
        }
        return r;
    }

    private static double distance(Trajectory t, int k, Attractor a) {
        return Math.hypot(t.x(k) - a.x(), t.y(k) - a.y());
    }
}
