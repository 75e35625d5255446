package org.downhill.claim;

import org.downhill.landscape.CriticalPoint;
import org.downhill.landscape.Window;
import org.downhill.param.InvalidParameterException;
import org.downhill.sim.RunPlan;
import org.downhill.sim.Trajectory;

/** The measurements of one trajectory behind the {@link Fact}s. */
final class RunFacts {
    /** A crossing of the valley axis counts when its swing spans at least this share of the window's diagonal. */
    static final double VISIBLE_SWING = 0.01;

    private RunFacts() {
    }

    /** Row k of the run (the last one for k = -1), or -1 if there is no such row. */
    static int row(Trajectory t, double k) {
        if (k == -1) {
            return t.lastStep();
        }
        return k == Math.rint(k) && k >= 0 && k <= t.lastStep() ? (int) k : -1;
    }

    /** A real hyper-parameter of the run's optimizer at step 0. */
    static double hyper(RunPlan plan, String name) {
        var optimizer = plan.spec().settings().optimizer();
        if (!optimizer.hyper().schema().params().stream().anyMatch(p -> p.name().equals(name))
                || !(optimizer.hyper().get(name) instanceof Double value)) {
            throw new InvalidParameterException(optimizer.kind().torchName() + " has no real hyper-parameter '" + name
                    + "'");
        }
        return value;
    }

    /** The learning rate of the update from step k, NaN beyond the run. */
    static double lrAt(Trajectory t, double k) {
        int row = row(t, k);
        return row < 0 ? Double.NaN : t.lr(row);
    }

    /** The loss after k updates (the last for k = -1), NaN beyond the run. */
    static double lossAt(Trajectory t, double k) {
        int row = row(t, k);
        return row < 0 ? Double.NaN : t.loss(row);
    }

    /**
     * The first step from which the gap stays below eps to the last row; infinity if the gap at the
     * last row is not below eps or the run blew up.
     */
    static double stepsTo(Trajectory t, Minima minima, double eps) {
        if (t.termination().diverged()) {
            return Double.POSITIVE_INFINITY;
        }
        int k = t.lastStep();
        while (k >= 0 && minima.gap(t.loss(k)) < eps) {
            k--;
        }
        return k == t.lastStep() ? Double.POSITIVE_INFINITY : k + 1;
    }

    /** The distance from the last point to (x, y); infinity if the last point is not finite. */
    static double distanceTo(Trajectory t, double x, double y) {
        double d = Math.hypot(t.x(t.lastStep()) - x, t.y(t.lastStep()) - y);
        return Double.isNaN(d) ? Double.POSITIVE_INFINITY : d;
    }

    /**
     * How often the run crosses the valley axis in its first k updates with a visible swing. The
     * valley axis is the line through the minimum nearest the run's last point (a stationary point
     * where none is known) along its flattest direction; the run crosses it when the component of
     * (p - minimum) along the steepest direction changes sign from one step to the next, and the
     * swing counts when that step across spans at least {@link #VISIBLE_SWING} of the window's
     * diagonal (a few pixels or more in the view), so that crossings too small to see are not counted.
     */
    static double crossings(Trajectory t, Minima minima, Window window, double k) {
        int end = Math.min(t.lastStep(), (int) Math.min(Math.floor(k), Integer.MAX_VALUE));
        int last = lastFinite(t);
        CriticalPoint centre = last < 0 ? null : minima.nearestMinimum(t.x(last), t.y(last));
        if (centre == null) {
            return Double.NaN;
        }
        double[] steep = minima.steepDirection(centre);
        double visible = VISIBLE_SWING * Math.hypot(window.width(), window.height());
        int count = 0;
        double before = across(t, 0, centre, steep);
        for (int j = 1; j <= end; j++) {
            double now = across(t, j, centre, steep);
            if (before * now < 0 && Math.abs(before) + Math.abs(now) >= visible) {
                count++;
            }
            before = now;
        }
        return count;
    }

    private static double across(Trajectory t, int k, CriticalPoint centre, double[] steep) {
        return (t.x(k) - centre.x()) * steep[0] + (t.y(k) - centre.y()) * steep[1];
    }

    private static int lastFinite(Trajectory t) {
        int k = t.lastStep();
        while (k >= 0 && !(Double.isFinite(t.x(k)) && Double.isFinite(t.y(k)))) {
            k--;
        }
        return k;
    }

    /** Whether the run blew up, or its loss ends higher than it started (or not finite). */
    static boolean diverged(Trajectory t) {
        return t.termination().diverged() || !(t.loss(t.lastStep()) <= t.loss(0));
    }

    /** The step along one coordinate over the gradient along it, in the update from step k; NaN where there is none. */
    static double rate(Trajectory t, double k, boolean x) {
        int row = row(t, k);
        if (row < 0 || row >= t.lastStep()) {
            return Double.NaN;
        }
        double grad = x ? t.gradX(row) : t.gradY(row);
        double update = x ? t.updateX(row) : t.updateY(row);
        return grad == 0 ? Double.NaN : -update / grad;
    }
}
