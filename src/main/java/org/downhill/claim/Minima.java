package org.downhill.claim;

import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.downhill.landscape.CriticalPoint;
import org.downhill.landscape.Landscape;
import org.downhill.sim.Trajectory;

/**
 * What claims measure against a landscape's known critical points: the lowest minimum (for the
 * gap), the distances to global and local minima, and the curvature at a stationary point (from
 * the Hessian's eigen-decomposition, by Apache Commons Math).
 */
final class Minima {
    private final Landscape f;
    private final List<CriticalPoint> global;
    private final List<CriticalPoint> local;
    private final List<CriticalPoint> all;

    Minima(Landscape f) {
        this.f = f;
        this.all = f.criticalPoints();
        this.global = all.stream().filter(p -> p.kind() == CriticalPoint.Kind.GLOBAL_MIN).toList();
        this.local = all.stream().filter(p -> p.kind() == CriticalPoint.Kind.LOCAL_MIN).toList();
    }

    /** The lowest known minimum, NaN if none is known. */
    double lowest() {
        return global.isEmpty() ? Double.NaN : global.get(0).value();
    }

    /** The loss above the lowest known minimum (the loss itself where none is known). */
    double gap(double loss) {
        return global.isEmpty() ? loss : loss - global.get(0).value();
    }

    /** The distance from the point after k updates (the last one for k = -1) to the nearest global minimum. */
    double globalDistance(Trajectory t, double k) {
        int row = RunFacts.row(t, k);
        return row < 0 ? Double.NaN : nearest(global, t.x(row), t.y(row));
    }

    /** The distance from the last point to the nearest local, not global, minimum (infinity if none). */
    double localDistance(Trajectory t) {
        return nearest(local, t.x(t.lastStep()), t.y(t.lastStep()));
    }

    /**
     * The known minimum (global or local) nearest to (x, y), or, where the landscape knows none, the
     * nearest stationary point of any kind; null if it knows none at all or (x, y) is not finite.
     */
    CriticalPoint nearestMinimum(double x, double y) {
        List<CriticalPoint> minima = all.stream().filter(p -> p.kind().isMinimum()).toList();
        List<CriticalPoint> candidates = minima.isEmpty() ? all : minima;
        CriticalPoint best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (CriticalPoint p : candidates) {
            double d = Math.hypot(p.x() - x, p.y() - y);
            if (d < bestDistance) {
                bestDistance = d;
                best = p;
            }
        }
        return best;
    }

    /** The largest (or smallest) Hessian eigenvalue at the first global minimum, NaN if none is known. */
    double curvature(boolean largest) {
        if (global.isEmpty()) {
            return Double.NaN;
        }
        double[] values = eigen(global.get(0)).getRealEigenvalues();
        return largest ? Math.max(values[0], values[1]) : Math.min(values[0], values[1]);
    }

    /** The unit vector of the steepest curvature (the Hessian's largest eigenvalue) at a point. */
    double[] steepDirection(CriticalPoint p) {
        EigenDecomposition e = eigen(p);
        double[] values = e.getRealEigenvalues();
        int steep = values[0] >= values[1] ? 0 : 1;
        return e.getEigenvector(steep).toArray();
    }

    private EigenDecomposition eigen(CriticalPoint p) {
        double[] h = new double[3];
        f.hessian(p.x(), p.y(), h);
        return new EigenDecomposition(new Array2DRowRealMatrix(new double[][] {{h[0], h[1]}, {h[1], h[2]}}));
    }

    private static double nearest(List<CriticalPoint> points, double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        for (CriticalPoint p : points) {
            best = Math.min(best, Math.hypot(p.x() - x, p.y() - y));
        }
        return Double.isNaN(best) ? Double.POSITIVE_INFINITY : best;
    }
}
