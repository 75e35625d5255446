package org.downhill.diagnose;

import org.downhill.sim.Trajectory;

/**
 * A run with stochastic gradients (noise, or mini-batches of data) does not converge to a point:
 * near a minimum it keeps jittering in a ball whose size is set by the noise and the learning
 * rate. The run counts as settled in that ball of radius r (the largest distance from the minimum
 * in the last quarter) when it came in from outside and jitters there rather than still heading
 * in: r is less than half the start's distance from the minimum, and the mean position of the last
 * quarter lies within r/2 of the minimum, or the run came within r/2 of it before that quarter,
 * or it no longer heads in while its learning rate falls (lr of the last update below half of that
 * at the quarter's start: a schedule that brings lr to zero freezes the jitter off centre; a run at
 * a steady lr that approaches too slowly to shrink its distance by 30% in the quarter is slow, not
 * settled); or when it started inside the ball and stayed (the start within r, and r at most twice
 * the largest distance in the quarter before, so the run is not drifting off). It settled at the
 * first step from which it stays within r.
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
        boolean jittering = centred(t, a, r) || closest(t, a, last - last / 4) < 0.5 * r
                || !headingIn(t, a) && lrFalls(t);
        boolean cameIn = r < 0.5 * start && jittering;
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

    /**
     * Whether the run still heads in through the last quarter: its mean distance from the minimum
     * over the quarter's last three rows is below 0.7 of that over its first three.
     */
    private static boolean headingIn(Trajectory t, Attractor a) {
        int last = t.lastStep();
        int from = last - last / 4;
        double early = 0;
        double late = 0;
        for (int i = 0; i < 3; i++) {
            early += distance(t, Math.min(from + i, last), a);
            late += distance(t, Math.max(last - i, from), a);
        }
        return late < 0.7 * early;
    }

    /** Whether the learning rate of the last update is below half of that at the start of the last quarter. */
    private static boolean lrFalls(Trajectory t) {
        int last = t.lastStep();
        return t.lr(last - 1) < 0.5 * t.lr(last - last / 4);
    }

    /** The smallest distance from the minimum of the rows before {@code to}. */
    private static double closest(Trajectory t, Attractor a, int to) {
        double r = Double.POSITIVE_INFINITY;
        for (int k = 0; k < to; k++) {
            r = Math.min(r, distance(t, k, a));
        }
        return r;
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
