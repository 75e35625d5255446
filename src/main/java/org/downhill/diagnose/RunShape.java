package org.downhill.diagnose;

import org.downhill.landscape.Landscape;
import org.downhill.landscape.RowLandscape;
import org.downhill.sim.Batching;
import org.downhill.sim.Edit;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Trajectory;

/**
 * Facts of a run read off its own rows, with tolerances that respect floating point: where its
 * loss went, whether its points still change, whether it bounces between two points, how far it
 * travelled, which learning rates its updates used. The tail, where a run shows how it ends, is
 * its last quarter (at least 10 rows, or all there are, at least 1).
 */
final class RunShape {
    private RunShape() {
    }

    /** The rows of a run's tail: a quarter of them, at least 10 (or all there are), at least 1. */
    static int tail(int last) {
        return Math.max(1, Math.max(last / 4, Math.min(last, 10)));
    }

    /** The first row of the run's tail. */
    static int tailStart(Trajectory t) {
        return t.lastStep() - tail(t.lastStep());
    }

    /** Rounding in a loss value: eight units in the last place of the larger of two. */
    static double lossTolerance(double a, double b) {
        return 8 * Math.ulp(Math.max(Math.abs(a), Math.abs(b)));
    }

    /** Whether the loss ended above where it started, beyond rounding. */
    static boolean lossRose(Trajectory t) {
        int last = t.lastStep();
        return t.loss(last) > t.loss(0) + lossTolerance(t.loss(0), t.loss(last));
    }

    /** Whether the loss fell through the tail, beyond rounding. */
    static boolean lossFalling(Trajectory t) {
        double before = t.loss(tailStart(t));
        double end = t.loss(t.lastStep());
        return end < before - lossTolerance(before, end);
    }

    /** Whether the loss of a run stopped by the stop rule fell at every row until the blow-up, below its start. */
    static boolean fellUntilBlowUp(Trajectory t) {
        int at = t.divergedAt();
        double previous = t.loss(0);
        for (int k = 1; k < at; k++) {
            if (!(t.loss(k) <= previous)) {
                return false;
            }
            previous = t.loss(k);
        }
        return at > 1 && previous < t.loss(0);
    }

    /** Whether every row from {@code from} on is the same point. */
    static boolean stillFrom(Trajectory t, int from) {
        for (int k = from + 1; k <= t.lastStep(); k++) {
            if (t.x(k) != t.x(from) || t.y(k) != t.y(from)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the run's steps used mini-batches of data smaller than all rows (so their gradients scatter). */
    static boolean minibatches(Trajectory t) {
        RunSpec spec = t.plan().spec();
        Batching b = spec.batching();
        if (b.isNone() || !(spec.landscape() instanceof RowLandscape rows)) {
            return false;
        }
        return b.effectiveSize(rows.rows()) < rows.rows();
    }

    /** Whether the run's gradients are not the landscape's exact ones: noise at some step, or mini-batches. */
    static boolean stochastic(Trajectory t) {
        boolean noise = !t.plan().spec().settings().noise().isNone();
        for (Edit e : t.plan().edits()) {
            noise |= !e.settings().noise().isNone();
        }
        return noise || minibatches(t);
    }

    /** Whether no update moved the point although the exact gradient at the start is not zero. */
    static boolean neverMoved(Trajectory t, Landscape f) {
        double[] g = new double[2];
        f.gradient(t.x(0), t.y(0), g);
        return t.lastStep() > 0 && (g[0] != 0 || g[1] != 0) && stillFrom(t, 0);
    }

    /**
     * Whether the run bounces between two points from row {@code from} on: every row is within
     * 1e-9 of a step's length of the row two before, and the steps do not vanish.
     */
    static boolean twoCycle(Trajectory t, int from) {
        int last = t.lastStep();
        double hop = Math.hypot(t.x(last) - t.x(last - 1), t.y(last) - t.y(last - 1));
        if (last - from < 4 || !(hop > 0)) {
            return false;
        }
        for (int k = from + 2; k <= last; k++) {
            if (!(Math.hypot(t.x(k) - t.x(k - 2), t.y(k) - t.y(k - 2)) <= 1e-9 * hop)) {
                return false;
            }
        }
        return true;
    }

    /** The row farthest from the start. */
    static int farthestRow(Trajectory t) {
        int at = 0;
        double farthest = 0;
        for (int k = 1; k <= t.lastStep(); k++) {
            double d = distanceFromStart(t, k);
            if (d > farthest) {
                at = k;
                farthest = d;
            }
        }
        return at;
    }

    /** The distance of row k from the start. */
    static double distanceFromStart(Trajectory t, int k) {
        return Math.hypot(t.x(k) - t.x(0), t.y(k) - t.y(0));
    }

    /** The diagonal of the landscape's default window. */
    static double windowDiagonal(Landscape f) {
        return Math.hypot(f.defaultWindow().width(), f.defaultWindow().height());
    }

    /** The smallest lr of the updates from {@code from} (inclusive) to {@code to} (exclusive; at least one update). */
    static double lrMin(Trajectory t, int from, int to) {
        double m = Double.POSITIVE_INFINITY;
        for (int k = from; k < Math.max(to, from + 1); k++) {
            m = Math.min(m, t.lr(k));
        }
        return m;
    }

    /** The largest lr of the updates from {@code from} (inclusive) to {@code to} (exclusive; at least one update). */
    static double lrMax(Trajectory t, int from, int to) {
        double m = Double.NEGATIVE_INFINITY;
        for (int k = from; k < Math.max(to, from + 1); k++) {
            m = Math.max(m, t.lr(k));
        }
        return m;
    }

    /** The exact gradient's norm at row k. */
    static double gradient(Trajectory t, Landscape f, int k) {
        double[] g = new double[2];
        f.gradient(t.x(k), t.y(k), g);
        return Math.hypot(g[0], g[1]);
    }
}
