package org.downhill.landscape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.downhill.landscape.CriticalPoint.Kind;

/**
 * Turns approximate positions of stationary points into exact, classified {@link CriticalPoint}s.
 *
 * <p>Each seed is refined by Newton's method on the landscape's analytic gradient g and Hessian H,
 * {@code p <- p - H(p)^-1 g(p)}, until the step is down to rounding. A seed is kept if the
 * iteration converged (its last step was below 1e-9 * (1 + |x| + |y|), or the gradient vanished
 * exactly), the point reached has {@code |g| <= 1e-8 * (1 + |f|)} (in practice |g| is at rounding
 * level) and it is not within a relative 1e-6 of a point already kept. Convergence, not a small
 * gradient alone, is what counts: on a nearly flat plateau every point has a tiny gradient. When
 * only points in a region are wanted, an iteration that leaves the region grown by its own size on
 * every side is given up at once.
 *
 * <p>A point is a minimum when both eigenvalues of H are positive ({@code det H > 0},
 * {@code trace H > 0}), a maximum when both are negative and a saddle when their signs differ
 * ({@code det H < 0}). Where the second-derivative test is silent
 * ({@code |det H| <= 1e-12 * |H|_F^2}, an eigenvalue next to zero, as at the monkey saddle's
 * origin) the point is classified by the sign of f(q) - f(p) on 32 points q of a small circle
 * around it: both signs make a saddle, only negative differences a maximum, only positive ones a
 * minimum; if f does not change at all the point is not isolated (f is flat there, e.g. far out
 * where a Gaussian well underflows to 0) and is dropped.
 *
 * <p>Minima whose value lies within 1e-9 * max|f| (over all points found) of the lowest are
 * {@link Kind#GLOBAL_MIN global}, the rest {@link Kind#LOCAL_MIN local}. The list is ordered by
 * kind (global minima first, then local minima, saddles, maxima), then by value, x and y.
 */
public final class CriticalPoints {
    private static final int MAX_ITERATIONS = 100;
    private static final double STEP_AT_ROUNDING = 1e-15;
    private static final double CONVERGED = 1e-9;
    private static final double STATIONARY = 1e-8;
    private static final double SAME_POINT = 1e-6;
    private static final double DEGENERATE = 1e-12;
    private static final double SAME_VALUE = 1e-9;
    private static final int CIRCLE_POINTS = 32;
    private static final double CIRCLE_RADIUS = 1e-3;

    private CriticalPoints() {
    }

    /**
     * The distinct stationary points reached from the seeds, classified and ordered.
     *
     * @param seeds approximate positions as {@code x0, y0, x1, y1, ...}
     */
    public static List<CriticalPoint> find(Landscape f, double[] seeds) {
        return find(f, seeds, null);
    }

    /**
     * The distinct stationary points reached from the seeds that lie in a region (edges
     * included), classified and ordered; global means the lowest in the region.
     *
     * @param seeds  approximate positions as {@code x0, y0, x1, y1, ...}
     * @param region where the points must lie, or null for anywhere
     */
    static List<CriticalPoint> find(Landscape f, double[] seeds, Window region) {
        double[] g = new double[2];
        double[] h = new double[3];
        List<double[]> found = new ArrayList<>();
        for (int i = 0; i + 1 < seeds.length; i += 2) {
            double[] p = refine(f, seeds[i], seeds[i + 1], g, h, region == null ? null : around(region));
            if (p != null && (region == null || region.contains(p[0], p[1]))
                    && found.stream().noneMatch(q -> samePoint(p, q))) {
                found.add(p);
            }
        }
        double lowestMinimum = Double.POSITIVE_INFINITY;
        double largestMagnitude = 0;
        List<CriticalPoint> points = new ArrayList<>();
        for (double[] p : found) {
            Kind kind = shape(f, p[0], p[1], h);
            if (kind == null) {
                continue;
            }
            double value = f.value(p[0], p[1]);
            if (kind.isMinimum()) {
                lowestMinimum = Math.min(lowestMinimum, value);
            }
            largestMagnitude = Math.max(largestMagnitude, Math.abs(value));
            points.add(new CriticalPoint(p[0], p[1], value, kind));
        }
        double globalBound = lowestMinimum + SAME_VALUE * largestMagnitude;
        List<CriticalPoint> classified = new ArrayList<>(points.size());
        for (CriticalPoint c : points) {
            boolean global = c.kind().isMinimum() && c.value() <= globalBound;
            classified.add(global ? new CriticalPoint(c.x(), c.y(), c.value(), Kind.GLOBAL_MIN) : c);
        }
        classified.sort(Comparator.comparing(CriticalPoint::kind).thenComparingDouble(CriticalPoint::value)
                .thenComparingDouble(CriticalPoint::x).thenComparingDouble(CriticalPoint::y));
        return List.copyOf(classified);
    }

    /** Seeds at the integer points (i, j) with {@code |i|, |j| <= range}, for landscapes with a minimum near each. */
    static double[] integerLattice(int range) {
        int side = 2 * range + 1;
        double[] seeds = new double[2 * side * side];
        int k = 0;
        for (int i = -range; i <= range; i++) {
            for (int j = -range; j <= range; j++) {
                seeds[k++] = i;
                seeds[k++] = j;
            }
        }
        return seeds;
    }

    /** Seeds at the centres of the cells of an n x n grid over a window, for landscapes of unknown shape. */
    static double[] grid(Window w, int n) {
        double[] seeds = new double[2 * n * n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                seeds[k++] = w.xMin() + (i + 0.5) * w.width() / n;
                seeds[k++] = w.yMin() + (j + 0.5) * w.height() / n;
            }
        }
        return seeds;
    }

    /** The region grown by its own size on every side: an iterate beyond it is not coming back. */
    private static Window around(Window region) {
        return new Window(region.xMin() - region.width(), region.xMax() + region.width(),
                region.yMin() - region.height(), region.yMax() + region.height());
    }

    /**
     * Newton's method from (x, y); the stationary point reached, or null if it did not converge to
     * one or (with a bound) left the bound.
     */
    private static double[] refine(Landscape f, double x, double y, double[] g, double[] h, Window bound) {
        double lastStep = Double.POSITIVE_INFINITY;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            f.gradient(x, y, g);
            if (g[0] == 0 && g[1] == 0) {
                lastStep = 0;
                break;
            }
            f.hessian(x, y, h);
            double det = h[0] * h[2] - h[1] * h[1];
            if (det == 0) {
                break;
            }
            double dx = (h[2] * g[0] - h[1] * g[1]) / det;
            double dy = (h[0] * g[1] - h[1] * g[0]) / det;
            x -= dx;
            y -= dy;
            if (!Double.isFinite(x) || !Double.isFinite(y) || (bound != null && !bound.contains(x, y))) {
                return null;
            }
            lastStep = Math.abs(dx) + Math.abs(dy);
            if (lastStep <= STEP_AT_ROUNDING * (Math.abs(x) + Math.abs(y))) {
                break;
            }
        }
        f.gradient(x, y, g);
        boolean converged = lastStep <= CONVERGED * (1 + Math.abs(x) + Math.abs(y));
        boolean stationary = Math.hypot(g[0], g[1]) <= STATIONARY * (1 + Math.abs(f.value(x, y)));
        return converged && stationary ? new double[] {x, y} : null;
    }

    private static boolean samePoint(double[] p, double[] q) {
        double scale = SAME_POINT * (1 + Math.abs(p[0]) + Math.abs(p[1]));
        return Math.abs(p[0] - q[0]) <= scale && Math.abs(p[1] - q[1]) <= scale;
    }

    /**
     * Minimum ({@link Kind#LOCAL_MIN} for now), saddle or maximum, from the Hessian or, if it is
     * degenerate, from f nearby; null if f is flat around the point, which is then not isolated.
     */
    private static Kind shape(Landscape f, double x, double y, double[] h) {
        f.hessian(x, y, h);
        double det = h[0] * h[2] - h[1] * h[1];
        double frobenius2 = h[0] * h[0] + 2 * h[1] * h[1] + h[2] * h[2];
        if (Math.abs(det) > DEGENERATE * frobenius2) {
            return det < 0 ? Kind.SADDLE : h[0] + h[2] > 0 ? Kind.LOCAL_MIN : Kind.MAX;
        }
        double center = f.value(x, y);
        double radius = CIRCLE_RADIUS * (1 + Math.abs(x) + Math.abs(y));
        boolean above = false;
        boolean below = false;
        for (int k = 0; k < CIRCLE_POINTS; k++) {
            double angle = 2 * Math.PI * k / CIRCLE_POINTS;
            double difference = f.value(x + radius * Math.cos(angle), y + radius * Math.sin(angle)) - center;
            above |= difference > 0;
            below |= difference < 0;
        }
        if (!above && !below) {
            return null;
        }
        return above && below ? Kind.SADDLE : below ? Kind.MAX : Kind.LOCAL_MIN;
    }
}
