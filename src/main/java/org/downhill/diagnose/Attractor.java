package org.downhill.diagnose;

import org.downhill.landscape.Landscape;
import org.downhill.sim.Trajectory;

/**
 * The stationary point a run approaches, with the curvature there. The point is where the update
 * direction vanishes: {@code grad f(p) + weight_decay * p = 0} for optimizers that add L2 weight
 * decay to the gradient, else {@code grad f(p) = 0}. For quadratic landscapes it is found exactly
 * from the start (one Newton step); otherwise by Newton's method from the run's last point, and
 * accepted only if it lies within the region the run's last quarter covers, enlarged by twice its size, so a
 * run still travelling is not judged against a far-away point. A degenerate point, whose Hessian
 * all but vanishes (the monkey saddle's centre), is no attractor: the run is judged by its loss.
 *
 * @param x     its x
 * @param y     its y
 * @param eigen the (effective) Hessian's eigen-decomposition there
 */
record Attractor(double x, double y, SymmetricEigen eigen) {
    private static final int NEWTON_ITERATIONS = 60;

    /** The attractor of a trajectory, or {@code null} if there is none in sight. */
    static Attractor find(Trajectory t, Landscape f, double weightDecay) {
        int last = t.lastStep();
        if (f.isQuadratic()) {
            return newton(f, weightDecay, t.x(0), t.y(0));
        }
        if (!Double.isFinite(t.x(last)) || !Double.isFinite(t.y(last))) {
            return null;
        }
        Attractor a = newton(f, weightDecay, t.x(last), t.y(last));
        return a != null && withinTail(t, a) ? a : null;
    }

    /**
     * Newton's method on the effective gradient, until the steps stop shrinking (so the point is as
     * exact as rounding allows: a minimum at the origin comes out at the origin, not 1e-17 off).
     */
    private static Attractor newton(Landscape f, double weightDecay, double x, double y) {
        double[] g = new double[2];
        double[] h = new double[3];
        f.hessian(x, y, h);
        double startCurvature = Math.abs(h[0]) + Math.abs(h[1]) + Math.abs(h[2]) + weightDecay;
        double lastStep = Double.POSITIVE_INFINITY;
        for (int i = 0; i < NEWTON_ITERATIONS; i++) {
            f.gradient(x, y, g);
            f.hessian(x, y, h);
            double gx = g[0] + weightDecay * x;
            double gy = g[1] + weightDecay * y;
            double hxx = h[0] + weightDecay;
            double hyy = h[2] + weightDecay;
            double det = hxx * hyy - h[1] * h[1];
            double scale = Math.max(Math.abs(hxx), Math.abs(hyy)) + Math.abs(h[1]);
            if (!(Math.abs(det) > 1e-12 * scale * scale)) {
                return null;
            }
            double dx = (hyy * gx - h[1] * gy) / det;
            double dy = (hxx * gy - h[1] * gx) / det;
            double step = Math.hypot(dx, dy);
            if (!(step < lastStep) && step <= 1e-12 * (1 + Math.hypot(x, y))) {
                break;
            }
            x -= dx;
            y -= dy;
            lastStep = step;
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                return null;
            }
            if (step == 0) {
                break;
            }
        }
        f.gradient(x, y, g);
        f.hessian(x, y, h);
        double residual = Math.hypot(g[0] + weightDecay * x, g[1] + weightDecay * y);
        double curvature = Math.abs(h[0]) + Math.abs(h[1]) + Math.abs(h[2]) + weightDecay;
        if (!(residual <= 1e-7 * (1 + curvature * (1 + Math.hypot(x, y)))) || !(curvature > 1e-6 * startCurvature)) {
            return null;
        }
        return new Attractor(x, y, SymmetricEigen.of(h[0] + weightDecay, h[1], h[2] + weightDecay));
    }

    private static boolean withinTail(Trajectory t, Attractor a) {
        int last = t.lastStep();
        int from = Math.max(0, last - Math.max(last / 4, 10));
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (int k = from; k <= last; k++) {
            xMin = Math.min(xMin, t.x(k));
            xMax = Math.max(xMax, t.x(k));
            yMin = Math.min(yMin, t.y(k));
            yMax = Math.max(yMax, t.y(k));
        }
        double margin = 2 * Math.max(xMax - xMin, yMax - yMin) + 1e-9 * (1 + Math.hypot(a.x, a.y));
        return a.x >= xMin - margin && a.x <= xMax + margin && a.y >= yMin - margin && a.y <= yMax + margin;
    }

    /** The same point seen from {@link EigenShadow}: at the origin, with the axes as eigen-directions. */
    Attractor inEigenCoordinates() {
        return new Attractor(0, 0, new SymmetricEigen(eigen.large(), eigen.small(), 1, 0));
    }

    /** Whether the point is a minimum (both curvatures positive). */
    boolean isMinimum() {
        return eigen.small() > 0;
    }

    /** Whether the point is a saddle (curvatures of opposite sign). */
    boolean isSaddle() {
        return eigen.small() < 0 && eigen.large() > 0;
    }
}
