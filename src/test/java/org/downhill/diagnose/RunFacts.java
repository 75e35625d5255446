package org.downhill.diagnose;

import org.downhill.landscape.CriticalPoint;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Window;
import org.downhill.sim.BatchPlan;
import org.downhill.sim.Trajectory;

/**
 * Plain facts of a simulated run, computed here from its rows and the landscape without any of
 * the diagnosis' machinery, to check its labels against: did it stay finite, where did the loss
 * go, how large is the exact gradient at the start and the end, how far did the run travel, is
 * it still moving, and (on a quadratic) did the error along an eigen-direction of the Hessian grow.
 * The tail is the last quarter of the rows (at least one).
 */
final class RunFacts {
    final Trajectory t;
    final Landscape f;
    final int last;
    final int tailStart;
    final boolean finite;
    final double startLoss;
    final double endLoss;
    final double tailStartLoss;
    final double startGradient;
    final double endGradient;
    final double largestGradient;
    final double endDistance;
    final double tailStartDistance;
    final double windowDiagonal;
    /** The lowest known minimum's value, NaN if f has none (it is unbounded below). */
    final double lowest;

    RunFacts(Trajectory t) {
        this.t = t;
        this.f = t.plan().spec().landscape();
        last = t.lastStep();
        tailStart = last - Math.max(1, last / 4);
        finite = !t.termination().diverged();
        startLoss = t.loss(0);
        endLoss = t.loss(last);
        tailStartLoss = t.loss(Math.max(0, tailStart));
        startGradient = gradient(0);
        endGradient = gradient(last);
        double largest = 0;
        for (int k = 0; k <= last; k++) {
            largest = Math.max(largest, gradient(k));
        }
        largestGradient = largest;
        endDistance = distance(last);
        tailStartDistance = distance(Math.max(0, tailStart));
        Window w = f.defaultWindow();
        windowDiagonal = Math.hypot(w.width(), w.height());
        lowest = f.criticalPoints().stream().filter(p -> p.kind() == CriticalPoint.Kind.GLOBAL_MIN)
                .mapToDouble(CriticalPoint::value).min().orElse(Double.NaN);
    }

    /** Whether the run's gradients scatter: gradient noise, or batches of fewer than all data rows. */
    boolean stochastic() {
        BatchPlan batches = t.plan().spec().batchPlan();
        boolean minibatches = batches != null && batches.batching().effectiveSize(batches.rows()) < batches.rows();
        return !t.plan().latestSettings().noise().isNone() || minibatches;
    }

    /** The exact gradient's norm at row k. */
    double gradient(int k) {
        double[] g = new double[2];
        f.gradient(t.x(k), t.y(k), g);
        return Math.hypot(g[0], g[1]);
    }

    /** The distance of row k from the start. */
    double distance(int k) {
        return Math.hypot(t.x(k) - t.x(0), t.y(k) - t.y(0));
    }

    /** Rounding in a loss: eight units in the last place of the larger of two values. */
    static double tolerance(double a, double b) {
        return 8 * Math.ulp(Math.max(Math.abs(a), Math.abs(b)));
    }

    /** Whether the loss ended above where it started, beyond rounding. */
    boolean lossRose() {
        return endLoss > startLoss + tolerance(startLoss, endLoss);
    }

    /** Whether the loss fell through the tail, beyond rounding. */
    boolean lossFallingAtTheEnd() {
        return endLoss < tailStartLoss - tolerance(tailStartLoss, endLoss);
    }

    /** Whether every row of the tail is the same point. */
    boolean stillAtTheEnd() {
        for (int k = tailStart; k <= last; k++) {
            if (t.x(k) != t.x(last) || t.y(k) != t.y(last)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the run is running away: its steps grow through the tail (the last is longer than
     * the tail's first), or it ended more than ten window diagonals from its start.
     */
    boolean runningAway() {
        return step(last - 1) > step(Math.max(0, tailStart)) || endDistance > 10 * windowDiagonal;
    }

    /** The length of the step from row k. */
    double step(int k) {
        return Math.hypot(t.x(k + 1) - t.x(k), t.y(k + 1) - t.y(k));
    }

    /** Whether the run ends within a millionth of its travel of a known minimum or saddle point. */
    boolean endsAtAKnownPoint() {
        for (CriticalPoint p : f.criticalPoints()) {
            double far = 0;
            for (int k = 0; k <= last; k++) {
                far = Math.max(far, Math.hypot(t.x(k) - p.x(), t.y(k) - p.y()));
            }
            if (p.kind() != CriticalPoint.Kind.MAX && Math.hypot(t.x(last) - p.x(), t.y(last) - p.y()) <= 1e-6 * far) {
                return true;
            }
        }
        return false;
    }

    /**
     * On a quadratic with a minimum or saddle, whether the error along some eigen-direction of the
     * Hessian is larger at the end than at the start (beyond rounding).
     */
    boolean someEigenComponentGrew() {
        if (!f.isQuadratic()) {
            return false;
        }
        double[] h = new double[3];
        double[] g = new double[2];
        f.hessian(0, 0, h);
        f.gradient(0, 0, g);
        double det = h[0] * h[2] - h[1] * h[1];
        double cx = det == 0 ? 0 : -(h[2] * g[0] - h[1] * g[1]) / det;
        double cy = det == 0 ? 0 : -(h[0] * g[1] - h[1] * g[0]) / det;
        double angle = Math.atan2(2 * h[1], h[0] - h[2]) / 2;
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        for (double[] v : new double[][] {{c, s}, {-s, c}}) {
            double start = Math.abs(v[0] * (t.x(0) - cx) + v[1] * (t.y(0) - cy));
            double end = Math.abs(v[0] * (t.x(last) - cx) + v[1] * (t.y(last) - cy));
            if (end > start * (1 + 1e-12) + 1e-300) {
                return true;
            }
        }
        return false;
    }

    /** Whether f is unbounded below: a quadratic with a negative curvature, or a landscape with no known minimum. */
    boolean unboundedBelow() {
        if (f.isQuadratic()) {
            double[] h = new double[3];
            f.hessian(0, 0, h);
            return h[0] < 0 || h[2] < 0 || h[0] * h[2] - h[1] * h[1] < 0;
        }
        return Double.isNaN(lowest);
    }

    /**
     * The updates that overshot beyond rounding, as the markers define it: the step u from row k
     * went downhill ({@code g_k . u < 0}) and ended past the lowest point of its line
     * ({@code g_{k+1} . u > 1e-9 |g_k . u|}), moving the point by more than 64 units in the last
     * place of its coordinates.
     */
    int overshoots() {
        return overshootsFrom(0);
    }

    /** The updates from row {@code from} on that overshot beyond rounding (see {@link #overshoots}). */
    int overshootsFrom(int from) {
        int count = 0;
        double[] before = new double[2];
        double[] after = new double[2];
        for (int k = from; k < last; k++) {
            double ux = t.x(k + 1) - t.x(k);
            double uy = t.y(k + 1) - t.y(k);
            f.gradient(t.x(k), t.y(k), before);
            f.gradient(t.x(k + 1), t.y(k + 1), after);
            double slopeBefore = before[0] * ux + before[1] * uy;
            double slopeAfter = after[0] * ux + after[1] * uy;
            double size = Math.max(Math.max(Math.abs(t.x(k)), Math.abs(t.y(k))),
                    Math.max(Math.abs(t.x(k + 1)), Math.abs(t.y(k + 1))));
            if (slopeBefore < 0 && slopeAfter > 1e-9 * -slopeBefore && Math.hypot(ux, uy) > 64 * Math.ulp(size)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public String toString() {
        return "finite=" + finite + " loss " + startLoss + " -> " + endLoss + " (tail from " + tailStartLoss
                + "), |g| " + startGradient + " -> " + endGradient + ", distance " + tailStartDistance + " -> "
                + endDistance + ", end (" + t.x(last) + ", " + t.y(last) + ")";
    }
}
