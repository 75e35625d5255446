package org.downhill.diagnose;

import org.downhill.sim.Trajectory;

/**
 * A run with stochastic gradients (noise, or mini-batches of data) does not converge to a point:
 * near a minimum it keeps jittering in a ball whose size is set by the noise and the learning
 * rate. The run counts as settled in that ball of radius r (the largest distance from the minimum
 * in the last quarter) when it came in from outside (r is less than half the start's distance
 * from the minimum, and the ball is centred on it: the mean position of the last quarter lies
 * within r/2, so a run still heading there is not settled) or started inside it and stayed (the
 * start within r, and r at most twice the largest distance in the quarter before, so the run is
 * not drifting off); it settled at the first step from which it stays within r.
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
        double start = distance(t, 0, a);
        boolean cameIn = r < 0.5 * start && centred(t, a, r);
        boolean stayedIn = start <= r && r <= 2 * largest(t, a, last / 2, last - last / 4);
        if (!cameIn && !stayedIn) {
            return -1;
        }
        int settled = last;
        while (settled > 0 && distance(t, settled - 1, a) <= r) {
            settled--;
        }
        return settled;
    }

    /** Whether the mean position of the last quarter lies within r/2 of the minimum. */
    private static boolean centred(Trajectory t, Attractor a, double r) {
        int last = t.lastStep();
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (int k = last - last / 4; k <= last; k++) {
            sx += t.x(k) - a.x();
            sy += t.y(k) - a.y();
            n++;
        }
        return Math.hypot(sx / n, sy / n) <= 0.5 * r;
    }

    /** The largest distance from the minimum in the last quarter of the run. */
    static double radius(Trajectory t, Attractor a) {
        int last = t.lastStep();
        return largest(t, a, last - last / 4, last + 1);
    }

    /** The largest distance from the minimum of the rows from (inclusive) to (exclusive). */
    private static double largest(Trajectory t, Attractor a, int from, int to) {
        double r = 0;
        for (int k = from; k < to; k++) {
            r = Math.max(r, distance(t, k, a));
        }
        return r;
    }

    private static double distance(Trajectory t, int k, Attractor a) {
        return Math.hypot(t.x(k) - a.x(), t.y(k) - a.y());
    }
}
