package org.downhill.diagnose;

import org.downhill.sim.Trajectory;

/**
 * The error {@code p_k - p*} of a run split along the two eigen-directions of the Hessian at the
 * attractor p*, and what the run shows per component: whether it keeps changing sign, whether its
 * size holds, grows or shrinks (the largest size in the tail, the last quarter of the rows but at
 * least 40, against the largest in as many rows before it, so that a rotation under momentum is
 * compared peak to peak), and how much it shrank over the whole run.
 *
 * <p>Only what floating point resolves counts. A component is zero where it is within rounding
 * noise: a few units in the last place of p*, a tiny fraction of the whole error (what the
 * rounding of the eigenvectors mixes into it), or the level at which a run that has stopped
 * shrinking sits (a run that reached its minimum as closely as the gradient's rounding allows
 * hovers a little off the exact p*). A value below {@link #VANISHED} of the component's previous
 * value is what rounding left of it (lr = 1/L removes a component in one step up to 1e-16 of it),
 * so its sign is no overshoot.
 */
final class ErrorComponents {
    /** A value this much smaller than the component's value before is rounding: the component is gone. */
    static final double VANISHED = 1e-12;
    private static final int MIN_TAIL = 40;
    /** How much of the whole error leaks into a component through the rounding of the eigenvectors. */
    static final double MIXING = 1e-13;
    /** A run that stopped shrinking this far below its largest error sits in rounding noise. */
    private static final double NOISE = 1e-7;
    /** Magnitudes below this are underflow, not error. */
    private static final double UNDERFLOW = 1e-300;

    /** Per component (0 = steep, 1 = shallow). */
    private final boolean[] oscillating = new boolean[2];
    private final double[] tailRatio = new double[2];
    private final double[] overallRatio = new double[2];
    private final boolean[] present = new boolean[2];
    private final double[] curvature = new double[2];
    private final boolean errorGrowing;
    private final int convergedAt;

    /**
     * @param t      the run
     * @param a      the point it approaches
     * @param mixing whether rounding of the eigenvectors mixes the components and the run hovers
     *               in rounding noise at the end (false for a run already in eigen-coordinates,
     *               see {@link EigenShadow}, which resolves each component down to underflow)
     */
    ErrorComponents(Trajectory t, Attractor a, boolean mixing) {
        int last = t.lastStep();
        int window = Math.min(last + 1, Math.max((last + 1) / 4, MIN_TAIL));
        double[] error = new double[last + 1];
        for (int k = 0; k <= last; k++) {
            error[k] = FastHypot.of(t.x(k) - a.x(), t.y(k) - a.y());
        }
        double floor = 64 * Math.ulp(Math.max(Math.abs(a.x()), Math.abs(a.y()))) + UNDERFLOW;
        if (mixing) {
            floor += 2 * stagnation(error, window);
        }
        double leak = mixing ? MIXING : 0;
        SymmetricEigen e = a.eigen();
        curvature[0] = e.large();
        curvature[1] = e.small();
        double[] c = new double[last + 1];
        for (int i = 0; i < 2; i++) {
            for (int k = 0; k <= last; k++) {
                double dx = t.x(k) - a.x();
                double dy = t.y(k) - a.y();
                double v = i == 0 ? e.alongLarge(dx, dy) : e.alongSmall(dx, dy);
                c[k] = Math.abs(v) > floor + leak * error[k] ? v : 0;
            }
            dropVanished(c);
            analyse(i, c, window);
        }
        double tolerance = 1e-3 * Math.min(error[0], a.reach()) + floor;
        errorGrowing = error[last] > tolerance && maxAbs(error, last + 1 - window, last + 1)
                > maxAbs(error, Math.max(0, last + 1 - 2 * window), Math.max(1, last + 1 - window));
        int k = last;
        while (k >= 0 && error[k] <= tolerance) {
            k--;
        }
        convergedAt = k < last ? k + 1 : -1;
    }

    /**
     * The level of rounding noise a run hovers at: the largest error over the last window when it
     * no longer shrinks (at least half the largest of the window before) and is below
     * {@link #NOISE} of the largest error of the run; else 0.
     */
    private static double stagnation(double[] error, int window) {
        int last = error.length - 1;
        if (last + 1 < 2 * window) {
            return 0;
        }
        double late = maxAbs(error, last + 1 - window, last + 1);
        double before = maxAbs(error, last + 1 - 2 * window, last + 1 - window);
        double largest = maxAbs(error, 0, last + 1);
        return late <= NOISE * largest && late >= 0.5 * before ? late : 0;
    }

    /** Zeroes every value below {@link #VANISHED} of the last value kept before it. */
    private static void dropVanished(double[] c) {
        double kept = 0;
        for (int k = 0; k < c.length; k++) {
            if (c[k] != 0 && Math.abs(c[k]) <= VANISHED * kept) {
                c[k] = 0;
            } else if (c[k] != 0) {
                kept = Math.abs(c[k]);
            }
        }
    }

    /**
     * Reads component i over its significant part, which ends at its last non-zero value: a
     * component that shrank into rounding noise (or underflow) shows its long-run behaviour just
     * before. It still oscillates if its last sign change is no further back than the longest gap
     * between its sign changes (so a slow rotation under momentum counts, while a component that
     * overshot for a while and then settled monotonically does not).
     */
    private void analyse(int i, double[] c, int window) {
        int end = lastNonZero(c);
        present[i] = c[0] != 0;
        int lastChange = -1;
        int longestGap = 0;
        int previous = -1;
        for (int k = 0; k <= end; k++) {
            if (c[k] == 0) {
                continue;
            }
            if (previous >= 0 && Math.signum(c[k]) != Math.signum(c[previous])) {
                longestGap = Math.max(longestGap, k - Math.max(lastChange, 0));
                lastChange = k;
            }
            previous = k;
        }
        oscillating[i] = lastChange >= 0 && end - lastChange <= longestGap;
        tailRatio[i] = ratio(c, end, window);
        overallRatio[i] = c[0] == 0 ? 0 : Math.abs(c[c.length - 1] / c[0]);
    }

    private static int lastNonZero(double[] c) {
        int end = c.length - 1;
        while (end > 0 && c[end] == 0) {
            end--;
        }
        return end;
    }

    /** The largest |value| in the window ending at {@code end} against the largest in the window before. */
    private static double ratio(double[] c, int end, int window) {
        int tailStart = Math.max(0, end + 1 - window);
        double early;
        double late;
        if (tailStart >= window) {
            early = maxAbs(c, tailStart - window, tailStart);
            late = maxAbs(c, tailStart, end + 1);
        } else {
            int half = Math.max(1, (end + 1) / 2);
            early = maxAbs(c, 0, half);
            late = maxAbs(c, half, end + 1);
        }
        return early == 0 ? (late == 0 ? 0 : Double.POSITIVE_INFINITY) : late / early;
    }

    private static double maxAbs(double[] c, int from, int to) {
        double m = 0;
        for (int k = from; k < to; k++) {
            m = Math.max(m, Math.abs(c[k]));
        }
        return m;
    }

    /** The index of a component whose size grows through the tail by more than {@code tolerance}, or -1. */
    int growing(double tolerance) {
        for (int i = 0; i < 2; i++) {
            if (tailRatio[i] > 1 + tolerance) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the run is moving away from the point: its error at the end is beyond the
     * convergence tolerance and the largest error of the tail exceeds the largest of the rows
     * before it (a converged run that twitches, as RMSprop does once its running average of
     * squared gradients has all but vanished, and is back at the point at the end, is not).
     */
    boolean errorGrowing() {
        return errorGrowing;
    }

    /** The index of a component that keeps changing sign at a size steady within {@code tolerance}, or -1. */
    int sustainedOscillation(double tolerance) {
        for (int i = 0; i < 2; i++) {
            if (oscillating[i] && tailRatio[i] >= 1 - tolerance) {
                return i;
            }
        }
        return -1;
    }

    /** The index of a component that keeps changing sign to the end, or -1. */
    int oscillating() {
        for (int i = 0; i < 2; i++) {
            if (oscillating[i]) {
                return i;
            }
        }
        return -1;
    }

    /** The index of a component present at the start that shrank by less than half (the least shrunk), or -1. */
    int slow() {
        int slowest = -1;
        for (int i = 1; i >= 0; i--) {
            if (present[i] && overallRatio[i] > 0.5 && (slowest < 0 || overallRatio[i] > overallRatio[slowest])) {
                slowest = i;
            }
        }
        return slowest;
    }

    /** Whether component i is non-zero at the start. */
    boolean present(int i) {
        return present[i];
    }

    /** How much component i shrank over the run: |c_last / c_0|. */
    double overallRatio(int i) {
        return overallRatio[i];
    }

    /** The curvature along component i. */
    double curvature(int i) {
        return curvature[i];
    }

    /**
     * The first step from which the run stays within the convergence tolerance of p*: 1e-3 of its
     * starting distance, or of the point's reach if that is smaller (a run from far away must
     * still come close at the scale of the basin it ends in), plus rounding; or -1.
     */
    int convergedAt() {
        return convergedAt;
    }
}
