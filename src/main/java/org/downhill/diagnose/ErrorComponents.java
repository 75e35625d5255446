package org.downhill.diagnose;

import org.downhill.sim.Trajectory;

/**
 * The error {@code p_k - p*} of a run split along the two eigen-directions of the Hessian at the
 * attractor p*, and what the end of the run shows per component: whether it keeps changing sign,
 * whether its size holds, grows or shrinks (the largest size in the tail, the last quarter of the
 * rows but at least 40, against the largest in as many rows before it, so that a rotation under
 * momentum is compared peak to peak), and how much it shrank over the whole run. A component
 * counts as zero where it is within rounding noise: a few units in the last place of p*, or a
 * tiny fraction of the whole error (what the rounding of the eigenvectors mixes into it).
 */
final class ErrorComponents {
    private static final int MIN_TAIL = 40;
    private static final double STEADY = 1e-6;
    /** How much of the whole error leaks into a component through the rounding of the eigenvectors. */
    private static final double MIXING = 1e-13;

    /** Per component (0 = steep, 1 = shallow): still changing sign, size ratio late/early, end/start ratio. */
    private final boolean[] oscillating = new boolean[2];
    private final double[] tailRatio = new double[2];
    private final double[] overallRatio = new double[2];
    private final boolean[] present = new boolean[2];
    private final double[] curvature = new double[2];
    private final int convergedAt;

    /**
     * @param t      the run
     * @param a      the point it approaches
     * @param mixing whether rounding of the eigenvectors mixes the components (false for a run
     *               already in eigen-coordinates, see {@link EigenShadow})
     */
    ErrorComponents(Trajectory t, Attractor a, boolean mixing) {
        int last = t.lastStep();
        int window = Math.min(last + 1, Math.max((last + 1) / 4, MIN_TAIL));
        double floor = 64 * Math.ulp(Math.max(Math.abs(a.x()), Math.abs(a.y())));
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
                c[k] = Math.abs(v) > floor + leak * Math.hypot(dx, dy) ? v : 0;
            }
            analyse(i, c, window);
        }
        double tolerance = 1e-3 * Math.hypot(t.x(0) - a.x(), t.y(0) - a.y()) + floor;
        int k = last;
        while (k >= 0 && Math.hypot(t.x(k) - a.x(), t.y(k) - a.y()) <= tolerance) {
            k--;
        }
        convergedAt = k < last ? k + 1 : -1;
    }

    /**
     * Reads component i over its significant part, which ends at its last non-zero value: a
     * component that shrank into rounding noise (or underflow) shows its long-run behaviour just
     * before. It still oscillates if its last sign change is no further back than the longest gap
     * between its sign changes (so a slow rotation under momentum counts, while a component that
     * overshot for a while and then settled monotonically does not).
     */
    private void analyse(int i, double[] c, int window) {
        int end = c.length - 1;
        while (end > 0 && c[end] == 0) {
            end--;
        }
        present[i] = c[0] != 0;
        int lastChange = -1;
        int longestGap = 0;
        for (int k = 1; k <= end; k++) {
            if (Math.signum(c[k]) * Math.signum(c[k - 1]) < 0) {
                longestGap = Math.max(longestGap, k - Math.max(lastChange, 0));
                lastChange = k;
            }
        }
        oscillating[i] = lastChange >= 0 && end - lastChange <= longestGap;
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
        tailRatio[i] = early == 0 ? (late == 0 ? 0 : Double.POSITIVE_INFINITY) : late / early;
        overallRatio[i] = c[0] == 0 ? 0 : Math.abs(c[c.length - 1] / c[0]);
    }

    private static double maxAbs(double[] c, int from, int to) {
        double m = 0;
        for (int k = from; k < to; k++) {
            m = Math.max(m, Math.abs(c[k]));
        }
        return m;
    }

    /** Whether some component grows through the tail. */
    boolean growing() {
        return tailRatio[0] > 1 + STEADY || tailRatio[1] > 1 + STEADY;
    }

    /** The index of a component that keeps changing sign at a steady size, or -1. */
    int sustainedOscillation() {
        for (int i = 0; i < 2; i++) {
            if (oscillating[i] && tailRatio[i] >= 1 - STEADY) {
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

    /** The index of a component present at the start that shrank by less than half, or -1 (the slower one first). */
    int slow() {
        for (int i = 1; i >= 0; i--) {
            if (present[i] && overallRatio[i] > 0.5) {
                return i;
            }
        }
        return -1;
    }

    /** How much component i shrank over the run: |c_last / c_0|. */
    double overallRatio(int i) {
        return overallRatio[i];
    }

    /** The curvature along component i. */
    double curvature(int i) {
        return curvature[i];
    }

    /** The first step from which the run stays within 1e-3 of its starting distance from p*, or -1. */
    int convergedAt() {
        return convergedAt;
    }
}
