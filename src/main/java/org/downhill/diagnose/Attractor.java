package org.downhill.diagnose;

import org.downhill.landscape.Landscape;
import org.downhill.sim.Trajectory;

/**
 * The stationary point a run approaches, with the curvature there. The point is where the update
 * direction vanishes: {@code grad f(p) + weight_decay * p = 0} for optimizers that add L2 weight
 * decay to the gradient, else {@code grad f(p) = 0}.
 *
 * <p>On a quadratic landscape it is found exactly from the start (one Newton step) and must be a
 * minimum or a saddle (a maximum attracts nothing). Where the Hessian is singular with one positive
 * curvature the minima form a line, and the point is the one of that line nearest the run's last
 * point (along the flat direction nothing pulls the run, so that is where it goes).
 *
 * <p>Elsewhere the point comes from Newton's method from the run's last point and is accepted only
 * if it is a minimum or a saddle, floating point resolves the landscape there, it lies within the
 * region the run's last quarter covers enlarged by twice its size (so a run still travelling is not
 * judged against a far-away point) or the run ended within 1e-3 of its largest distance from it,
 * and the last quarter keeps where the Hessian is close to the point's (so the point's curvature
 * describes the run). A degenerate point, whose Hessian all but vanishes (the monkey saddle's
 * centre), is no attractor. {@link #approachedBy} says whether a run actually comes closer to it.
 *
 * @param x     its x
 * @param y     its y
 * @param eigen the (effective) Hessian's eigen-decomposition there; on a line of minima the
 *              smaller curvature is exactly 0
 * @param reach how far from the point its curvature describes f: the distance along its
 *              eigen-directions within which every Hessian entry stays within half the largest
 *              |curvature| of its value at the point (infinite on a quadratic)
 */
record Attractor(double x, double y, SymmetricEigen eigen, double reach) {
    private static final int NEWTON_ITERATIONS = 60;
    /** A curvature this small against the larger one is a flat direction (a line of stationary points). */
    private static final double FLAT = 1e-12;

    /** The attractor of a trajectory, or {@code null} if there is none in sight. */
    static Attractor find(Trajectory t, Landscape f, double weightDecay) {
        int last = t.lastStep();
        if (f.isQuadratic()) {
            Attractor a = newton(f, weightDecay, t.x(0), t.y(0));
            return a == null ? lineOfMinima(t, f, weightDecay) : a.isMinimum() || a.isSaddle() ? a : null;
        }
        if (!Double.isFinite(t.x(last)) || !Double.isFinite(t.y(last))) {
            return null;
        }
        Attractor a = newton(f, weightDecay, t.x(last), t.y(last));
        return a != null && (a.isMinimum() || a.isSaddle()) && resolved(f, a) && withinTail(t, a)
                && local(t, f, a) ? a : null;
    }

    /** The {@code reach} of the point (x, y): doubling a distance from 1e-9 of its size until the Hessian strays. */
    private static double reach(Landscape f, double x, double y, SymmetricEigen eigen) {
        double[] here = new double[3];
        double[] h = new double[3];
        f.hessian(x, y, here);
        double scale = 0.5 * Math.max(Math.abs(eigen.large()), Math.abs(eigen.small()));
        double[][] directions = {{eigen.largeX(), eigen.largeY()}, {-eigen.largeX(), -eigen.largeY()},
            {-eigen.largeY(), eigen.largeX()}, {eigen.largeY(), -eigen.largeX()}};
        double good = 0;
        for (double r = 1e-9 * (1 + Math.hypot(x, y)); r < 1e12 * (1 + Math.hypot(x, y)); r *= 2) {
            for (double[] d : directions) {
                f.hessian(x + r * d[0], y + r * d[1], h);
                for (int j = 0; j < 3; j++) {
                    if (!(Math.abs(h[j] - here[j]) <= scale)) {
                        return good;
                    }
                }
            }
            good = r;
        }
        return Double.POSITIVE_INFINITY;
    }

    /**
     * Whether the run's tail lies where f is close to its quadratic model at the point: at ten
     * rows spread over the last quarter, every Hessian entry is within half the point's largest
     * |curvature| of the point's own (a run bouncing over many ripples is not near one of them).
     */
    private static boolean local(Trajectory t, Landscape f, Attractor a) {
        double[] here = new double[3];
        double[] h = new double[3];
        f.hessian(a.x, a.y, here);
        double scale = 0.5 * Math.max(Math.abs(a.eigen.large()), Math.abs(a.eigen.small()));
        int last = t.lastStep();
        int from = last - last / 4;
        for (int i = 0; i <= 10; i++) {
            int k = from + (last - from) * i / 10;
            f.hessian(t.x(k), t.y(k), h);
            for (int j = 0; j < 3; j++) {
                if (!(Math.abs(h[j] - here[j]) <= scale)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether floating point resolves the landscape at the point: a unit in the last place of its
     * coordinates is below 1e-9 of the default window's size (far out, 1e21 say, the spacing of
     * doubles exceeds the landscape's features and a "stationary point" is an artefact).
     */
    private static boolean resolved(Landscape f, Attractor a) {
        double size = Math.max(f.defaultWindow().width(), f.defaultWindow().height());
        return Math.ulp(Math.max(Math.abs(a.x), Math.abs(a.y))) <= 1e-9 * size;
    }

    /**
     * On a quadratic whose Hessian has one positive curvature L and one (numerically) zero, the
     * minimum nearest the run's last finite point p: {@code p* = p - v (v . g(p)) / L} with v the
     * steep eigenvector; {@code null} unless g(p) lies along v (then every point of the line is a
     * stationary point).
     */
    private static Attractor lineOfMinima(Trajectory t, Landscape f, double weightDecay) {
        int k = t.lastStep();
        while (k > 0 && !(Double.isFinite(t.x(k)) && Double.isFinite(t.y(k)))) {
            k--;
        }
        double[] h = new double[3];
        double[] g = new double[2];
        f.hessian(t.x(k), t.y(k), h);
        SymmetricEigen e = SymmetricEigen.of(h[0] + weightDecay, h[1], h[2] + weightDecay);
        if (!(e.large() > 0) || !(Math.abs(e.small()) <= FLAT * e.large())) {
            return null;
        }
        double px = t.x(k);
        double py = t.y(k);
        f.gradient(px, py, g);
        double gx = g[0] + weightDecay * px;
        double gy = g[1] + weightDecay * py;
        double along = e.alongLarge(gx, gy);
        if (!(Math.abs(e.alongSmall(gx, gy)) <= 1e-9 * (Math.abs(along) + Double.MIN_NORMAL))) {
            return null;
        }
        double shift = along / e.large();
        SymmetricEigen flat = new SymmetricEigen(e.large(), 0, e.largeX(), e.largeY());
        return new Attractor(px - e.largeX() * shift, py - e.largeY() * shift, flat, Double.POSITIVE_INFINITY);
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
        SymmetricEigen eigen = SymmetricEigen.of(h[0] + weightDecay, h[1], h[2] + weightDecay);
        return new Attractor(x, y, eigen, f.isQuadratic() ? Double.POSITIVE_INFINITY : reach(f, x, y, eigen));
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
        return a.x >= xMin - margin && a.x <= xMax + margin && a.y >= yMin - margin && a.y <= yMax + margin
                || a.distance(t, last) <= 1e-3 * a.everFar(t);
    }

    /**
     * Whether the run comes closer to the point: it ends no farther than it started, and over its
     * last quarter (at least 10 rows) it keeps within half the largest distance it ever had.
     */
    boolean approachedBy(Trajectory t) {
        int last = t.lastStep();
        int from = Math.max(0, last - Math.max(last / 4, 10));
        double lateFar = 0;
        for (int k = from; k <= last; k++) {
            lateFar = Math.max(lateFar, distance(t, k));
        }
        double everFar = everFar(t);
        return distance(t, last) <= distance(t, 0) && (lateFar <= 0.5 * everFar || everFar == 0);
    }

    /** The largest distance of the run from the point. */
    private double everFar(Trajectory t) {
        double far = 0;
        for (int k = 0; k <= t.lastStep(); k++) {
            far = Math.max(far, distance(t, k));
        }
        return far;
    }

    private double distance(Trajectory t, int k) {
        return Math.hypot(t.x(k) - x, t.y(k) - y);
    }

    /** The same point seen from {@link EigenShadow}: at the origin, with the axes as eigen-directions. */
    Attractor inEigenCoordinates() {
        return new Attractor(0, 0, new SymmetricEigen(eigen.large(), eigen.small(), 1, 0), reach);
    }

    /** Whether the point is a minimum: both curvatures positive, or on a line of minima. */
    boolean isMinimum() {
        return eigen.small() > 0 || onLineOfMinima();
    }

    /** Whether the point is one of a line of minima: the smaller curvature is zero, the larger positive. */
    boolean onLineOfMinima() {
        return eigen.small() == 0 && eigen.large() > 0;
    }

    /** Whether the point is a saddle (curvatures of opposite sign). */
    boolean isSaddle() {
        return eigen.small() < 0 && eigen.large() > 0;
    }
}
