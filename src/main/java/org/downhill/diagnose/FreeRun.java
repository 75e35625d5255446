package org.downhill.diagnose;

import java.util.function.Function;
import org.downhill.landscape.CriticalPoint;
import org.downhill.landscape.Landscape;
import org.downhill.sim.Trajectory;

/**
 * A run with no attractor in sight (no stationary point Newton's method finds that the run comes
 * close to), judged by its own loss and path, in this order:
 * <ol>
 * <li>more than ten window diagonals from its start and still heading off (twice as far as at the
 *     start of the tail, or its points no longer change): diverging, or falling without bound
 *     where its loss fell;</li>
 * <li>ending at a known minimum or saddle point where Newton's method does not apply (a sharp
 *     point): converged there, with overshoot if a step of the tail overshot;</li>
 * <li>bouncing between two points: oscillating;</li>
 * <li>the loss rising in at least a quarter of the tail's steps: oscillating;</li>
 * <li>the loss above the start after going more than ten windows out: thrown far out (diverging);</li>
 * <li>its points no longer changing: not moving;</li>
 * <li>a gradient that all but vanishes where the landscape is flat, below the start: a plateau;</li>
 * <li>the loss still falling, below the start: slow;</li>
 * <li>otherwise it keeps moving without getting lower: oscillating.</li>
 * </ol>
 */
final class FreeRun {
    private FreeRun() {
    }

    /**
     * The decision about a run without an attractor.
     *
     * @param markers the run's markers, at least those of the updates of its tail
     */
    static Finding decide(Trajectory t, Landscape f, StepMarkers markers) {
        int last = t.lastStep();
        int from = RunShape.tailStart(t);
        double size = RunShape.windowDiagonal(f);
        double end = RunShape.distanceFromStart(t, last);
        boolean falling = RunShape.lossFalling(t);
        boolean still = RunShape.stillFrom(t, from);
        boolean rose = RunShape.lossRose(t);
        if (end > 10 * size && (end > 2 * RunShape.distanceFromStart(t, from) || still)) {
            boolean fallsAway = !rose && (falling || still);
            return finding(Regime.DIVERGES, fallsAway ? "Falls without bound" : "Diverging",
                    path -> path.runningAway(fallsAway, still));
        }
        CriticalPoint reached = knownPointReached(t, f);
        if (reached != null) {
            int settled = settledAt(t, reached);
            Regime regime = markers.nextOvershoot(from) >= 0 ? Regime.CONVERGES_OSCILLATING : Regime.CONVERGES;
            Destination destination = switch (reached.kind()) {
                case GLOBAL_MIN -> Destination.GLOBAL_MINIMUM;
                case LOCAL_MIN -> Destination.LOCAL_MINIMUM;
                default -> Destination.SADDLE;
            };
            return new Finding(regime, destination, settled, -1, (explain, path) -> new Finding.Text(
                    Diagnoser.headline(regime, destination, settled),
                    destination == Destination.GLOBAL_MINIMUM ? path.reached(reached, regime)
                            : path.stuckAt(destination, reached.x(), reached.y(), settled)));
        }
        if (RunShape.twoCycle(t, from)) {
            return finding(Regime.OSCILLATES, "Oscillating", PathExplainer::twoCycle);
        }
        if (markers.lossIncreases(from, last) * 4 >= last - from) {
            return finding(Regime.OSCILLATES, "Oscillating", PathExplainer::bouncing);
        }
        if (rose && RunShape.distanceFromStart(t, RunShape.farthestRow(t)) > 10 * size) {
            return finding(Regime.DIVERGES, "Thrown far out", PathExplainer::thrownOut);
        }
        if (still) {
            return finding(Regime.SLOW, "Not moving", PathExplainer::stalled);
        }
        if (!rose && flatAtTheEnd(t, f)) {
            return new Finding(Regime.SLOW, Destination.PLATEAU, -1, -1,
                    (explain, path) -> new Finding.Text("Stuck on a plateau", path.plateau()));
        }
        if (!rose && falling) {
            return finding(Regime.SLOW, "Slow", PathExplainer::stillDescending);
        }
        return finding(Regime.OSCILLATES, "Oscillating", path -> path.wandering(rose));
    }

    private static Finding finding(Regime regime, String headline, Function<PathExplainer, String> explanation) {
        return new Finding(regime, Destination.NONE, -1, -1,
                (explain, path) -> new Finding.Text(headline, explanation.apply(path)));
    }

    /**
     * A known minimum or saddle point the run ends at, where Newton's method does not apply
     * (Ackley's sharp point at the origin, the monkey saddle's flat centre): the run ends within
     * 1e-6 of its largest distance from it, with a loss within 1e-6 of the start's gap above it.
     * {@code null} if there is none.
     */
    private static CriticalPoint knownPointReached(Trajectory t, Landscape f) {
        int last = t.lastStep();
        for (CriticalPoint p : f.criticalPoints()) {
            if (p.kind() == CriticalPoint.Kind.MAX) {
                continue;
            }
            double gap = Math.abs(t.loss(last) - p.value());
            if (!(gap <= 1e-6 * Math.abs(t.loss(0) - p.value()) + RunShape.lossTolerance(t.loss(last), p.value()))) {
                continue;
            }
            double far = 0;
            for (int k = 0; k <= last; k++) {
                far = Math.max(far, Math.hypot(t.x(k) - p.x(), t.y(k) - p.y()));
            }
            if (Math.hypot(t.x(last) - p.x(), t.y(last) - p.y()) <= 1e-6 * far) {
                return p;
            }
        }
        return null;
    }

    /** The first row from which the run stays within 1e-3 of its starting distance from a point. */
    private static int settledAt(Trajectory t, CriticalPoint p) {
        double tolerance = 1e-3 * Math.hypot(t.x(0) - p.x(), t.y(0) - p.y());
        int k = t.lastStep();
        while (k >= 0 && Math.hypot(t.x(k) - p.x(), t.y(k) - p.y()) <= tolerance) {
            k--;
        }
        return k + 1;
    }

    /**
     * Whether the run ends on a plateau, measured against the loss still to lose, {@code gap =
     * f(p) - f_min} (f_min the lowest known minimum; a landscape without one has no plateau), and
     * the window's diagonal D: the slope would take the run less than 1% of the gap down over a
     * whole window, |g| D &lt;= 0.01 gap, and the landscape is flat at the window's scale, its
     * largest curvature L with L D^2 &lt;= 0.01 gap (a narrow valley, where the gradient is small but
     * the walls are steep, is not a plateau).
     */
    private static boolean flatAtTheEnd(Trajectory t, Landscape f) {
        int last = t.lastStep();
        double best = f.criticalPoints().stream().filter(p -> p.kind() == CriticalPoint.Kind.GLOBAL_MIN)
                .mapToDouble(CriticalPoint::value).min().orElse(Double.NaN);
        double gap = t.loss(last) - best;
        double diagonal = RunShape.windowDiagonal(f);
        double[] h = new double[3];
        f.hessian(t.x(last), t.y(last), h);
        SymmetricEigen e = SymmetricEigen.of(h[0], h[1], h[2]);
        double curvature = Math.max(Math.abs(e.large()), Math.abs(e.small()));
        return gap > 0 && RunShape.gradient(t, f, last) * diagonal <= 0.01 * gap
                && curvature * diagonal * diagonal <= 0.01 * gap;
    }
}
