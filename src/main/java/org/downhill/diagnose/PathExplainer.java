package org.downhill.diagnose;

import org.downhill.landscape.CriticalPoint;
import org.downhill.landscape.Landscape;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.sim.Trajectory;

/**
 * The one-sentence explanations read off a run's path and loss: how it blew up or stepped where f
 * is undefined, that it never moved, ran off, bounced, wandered or stalled, where it got stuck,
 * that it jitters under noise.
 * Every number is the run's own: the learning rates of the updates concerned (all of them, the
 * tail's, or those before the blow-up), losses and points of its rows. A comparison with a limit
 * is only made where it holds.
 */
final class PathExplainer {
    /** A loss beyond which a run counts as blown up. */
    private static final double BLOWN_UP = 1e100;

    private final Trajectory t;
    private final Landscape f;
    private final OptimizerSpec optimizer;
    private final StepMarkers markers;

    PathExplainer(Trajectory t, Landscape f, OptimizerSpec optimizer, StepMarkers markers) {
        this.t = t;
        this.f = f;
        this.optimizer = optimizer;
        this.markers = markers;
    }

    private String name() {
        return optimizer.kind().displayName();
    }

    private String tailLr() {
        return Words.lr(t, RunShape.tailStart(t), t.lastStep());
    }

    /** The largest curvature met before row {@code end}, SGD's weight decay included. */
    private double steepestCurvature(int end) {
        double[] h = new double[3];
        double wd = optimizer.kind() == OptimizerKind.SGD ? optimizer.hyper().real("weight_decay") : 0;
        double steepest = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < end; k++) {
            if (Double.isFinite(t.x(k)) && Double.isFinite(t.y(k))) {
                f.hessian(t.x(k), t.y(k), h);
                double large = SymmetricEigen.of(h[0] + wd, h[1], h[2] + wd).large();
                if (Double.isFinite(large)) {
                    steepest = Math.max(steepest, large);
                }
            }
        }
        return steepest;
    }

    /**
     * Why a stopped run stopped where f, or its gradient, is not a number or not finite at a finite
     * point (outside the formula's domain, at a kink); null if the run did not stop there: it
     * completed, or it blew up (its loss had passed {@value #BLOWN_UP} the step before, so a NaN
     * is an overflow such as infinity minus infinity, not a place where f is undefined).
     */
    String undefined() {
        int at = t.divergedAt();
        int before = at - 1;
        if (at < 0 || (before >= 0 && !(Math.abs(t.loss(before)) < BLOWN_UP))) {
            return null;
        }
        if (Double.isFinite(t.x(at)) && Double.isFinite(t.y(at)) && Double.isNaN(t.loss(at))) {
            return (at == 0 ? "The start " + Words.point(t.x(0), t.y(0)) + " lies"
                    : "Step " + at + " lands at " + Words.point(t.x(at), t.y(at)))
                    + " where f is undefined (not a number): the run stops there.";
        }
        if (before >= 0 && !(Double.isFinite(t.x(at)) && Double.isFinite(t.y(at)))
                && !Double.isFinite(t.gradX(before) + t.gradY(before))) {
            return "At " + Words.point(t.x(before), t.y(before)) + " (step " + before
                    + ") the gradient of f is not a finite number, so the next step goes nowhere: the run stops there.";
        }
        return null;
    }

    /**
     * A run stopped by the stop rule: falling all the way (f has no minimum that way), or SGD with
     * a constant lr (on all the data) beyond the stability limit of the steepest curvature met
     * before the loss first rose above its start, or else the learning rates of the updates before
     * the blow-up.
     */
    String diverged() {
        int at = t.divergedAt();
        if (RunShape.fellUntilBlowUp(t)) {
            return "f has no minimum that way: the run slides downhill faster and faster until the numbers "
                    + "overflow at step " + at + ".";
        }
        int calm = 1;
        while (calm < at && t.loss(calm) <= t.loss(0)) {
            calm++;
        }
        double curvature = steepestCurvature(calm);
        String qualifier = f.isQuadratic() ? "" : "about ";
        SgdSettings sgd = RunShape.minibatches(t) ? null : SgdSettings.of(t);
        if (sgd != null && curvature > 0 && sgd.grows(curvature) && sgd.lr() > sgd.limit(curvature)) {
            return (sgd.momentum() == 0 ? "" : "With momentum " + Words.num(sgd.momentum()) + ", ")
                    + sgd.lrIs("above", sgd.limitName(), sgd.limit(curvature), qualifier)
                    + " for the steep direction (curvature L = " + qualifier + Words.num(curvature)
                    + "): each step overshoots by more than it corrects, until the numbers blow up at step " + at + ".";
        }
        return "The steps grew without bound until the numbers blew up at step " + at + ": " + Words.lr(t, 0, at)
                + " is too large for " + name() + " here; try a smaller one.";
    }

    /** A run whose point never changed. */
    String standingStill() {
        return "With " + Words.lr(t, 0, t.lastStep()) + " no step changes the coordinates: the run stays at its start, "
                + "where the gradient is " + Words.num(RunShape.gradient(t, f, 0)) + ".";
    }

    /**
     * A run heading off: {@code stalled} far out (where f fell, if {@code fallsAway}), with the
     * loss still falling ({@code fallsAway}), or thrown further out with every step.
     */
    String runningAway(boolean fallsAway, boolean stalled) {
        int last = t.lastStep();
        if (stalled) {
            return "The run was thrown out to " + Words.point(t.x(last), t.y(last)) + ", where f = "
                    + Words.num(t.loss(last)) + (fallsAway ? " (f has no minimum that way)" : "") + ", and with "
                    + tailLr() + " its steps no longer change the coordinates.";
        }
        if (fallsAway) {
            return "f keeps falling (to " + Words.num(t.loss(last)) + " after " + Words.count(last, "step")
                    + ") as the run heads off: f has no minimum that way.";
        }
        return "The run is thrown further out with every step (" + Words.num(RunShape.distanceFromStart(t, last))
                + " from its start after " + Words.count(last, "step") + "): " + tailLr() + " is too large for "
                + name() + " here.";
    }

    /** A run that ends at a known minimum where f has no Hessian (a sharp point). */
    String reached(CriticalPoint p, Regime regime) {
        String way = regime == Regime.CONVERGES_OSCILLATING ? ", stepping across it by less each time."
                : markers.overshootCount() == 0 ? ", without overshooting."
                : ", without overshooting after step " + markers.afterLastOvershoot() + ".";
        return name() + " with " + Words.lr(t, 0, t.lastStep()) + " closes in on the minimum at "
                + Words.point(p.x(), p.y()) + " (f = " + Words.num(p.value()) + "), where f has a sharp point" + way;
    }

    /**
     * Why a run is stuck at the local minimum or saddle point (x, y): it starts there
     * ({@code settledAt} 0), settled there, or (settledAt -1) is heading there; and that it was
     * thrown uphill on the way where its loss ends above the start.
     */
    String stuckAt(Destination destination, double x, double y, int settledAt) {
        String at = Words.point(x, y);
        int last = t.lastStep();
        String uphill = RunShape.lossRose(t) ? " On the way it was thrown uphill: f = " + Words.num(t.loss(last))
                + " there, above the " + Words.num(t.loss(0)) + " it started at." : "";
        if (destination == Destination.SADDLE) {
            String how = settledAt == 0 ? "It starts at the saddle point " : settledAt > 0
                    ? "It came to rest at the saddle point " : "It is heading for the saddle point ";
            return how + at + ", where the gradient vanishes although f falls further in some direction; a little "
                    + "gradient noise would let it escape." + uphill;
        }
        double best = f.criticalPoints().stream().filter(p -> p.kind() == CriticalPoint.Kind.GLOBAL_MIN)
                .mapToDouble(CriticalPoint::value).min().orElse(Double.NaN);
        String how = settledAt == 0 ? "It starts in a local minimum at " : settledAt > 0
                ? "It settled in a local minimum at " : "It is settling into a local minimum at ";
        return how + at + " with f = " + Words.num(f.value(x, y)) + "; the global minimum (f = " + Words.num(best)
                + ") is lower, but every step here points back into this basin." + uphill;
    }

    /** A noisy run settled within {@code radius} of a minimum. */
    String jittering(double radius) {
        return "The run reached the minimum and now jitters around it, within about " + Words.num(radius)
                + ": the gradient noise pushes every step off course. A smaller learning rate or a larger batch "
                + "makes the jitter smaller.";
    }

    /** A run whose loss keeps rising and falling in its tail. */
    String bouncing() {
        int from = RunShape.tailStart(t);
        int last = t.lastStep();
        return "The loss keeps going up and down without settling (it rose in " + markers.lossIncreases(from, last)
                + " of the last " + Words.count(last - from, "step") + "): with " + tailLr()
                + " the steps keep overshooting.";
    }

    /** A run that went far out and ended with a loss above its start. */
    String thrownOut() {
        int last = t.lastStep();
        int at = RunShape.farthestRow(t);
        return "With " + Words.lr(t, 0, Math.max(at, 1)) + " the run was thrown "
                + Words.num(RunShape.distanceFromStart(t, at)) + " away from its start by step " + at + ", and after "
                + Words.count(last, "step") + " f = " + Words.num(t.loss(last)) + ", above the " + Words.num(t.loss(0))
                + " it started at.";
    }

    /**
     * A run bouncing between two points: for SGD with a constant lr in the end, against 2/L at a
     * known smooth minimum between them when lr is above it.
     */
    String twoCycle() {
        int last = t.lastStep();
        String points = Words.point(t.x(last - 1), t.y(last - 1)) + " and " + Words.point(t.x(last), t.y(last));
        double midX = (t.x(last) + t.x(last - 1)) / 2;
        double midY = (t.y(last) + t.y(last - 1)) / 2;
        double half = Math.hypot(t.x(last) - t.x(last - 1), t.y(last) - t.y(last - 1)) / 2;
        for (CriticalPoint p : f.criticalPoints()) {
            String tooLarge = Math.hypot(p.x() - midX, p.y() - midY) <= half ? tooLargeAt(p) : null;
            if (tooLarge != null) {
                return tooLarge + ", so the run cannot settle there: it bounces between " + points + " for ever.";
            }
        }
        return "The run bounces between " + points + " for ever: with " + tailLr() + ", every step from one lands "
                + "on the other.";
    }

    /**
     * {@code lr = 0.002 is above 2/L = about 0.002 (by 0.0016 of it) at the minimum (1, 1)
     * (curvature L = about 1000)} where the tail is plain SGD with one lr above 2/L of the smooth
     * minimum p, so that no run of it can settle there; else {@code null}.
     */
    private String tooLargeAt(CriticalPoint p) {
        SgdSettings s = RunShape.minibatches(t) ? null : SgdSettings.of(t, RunShape.tailStart(t));
        if (s == null || s.momentum() != 0 || !p.kind().isMinimum()) {
            return null;
        }
        double[] h = new double[3];
        f.hessian(p.x(), p.y(), h);
        double curvature = SymmetricEigen.of(h[0], h[1], h[2]).large();
        if (!(curvature > 0) || !s.grows(curvature) || !smoothAt(p, curvature)) {
            return null;
        }
        return s.lrIs("above", "2/L", 2 / curvature, "about ") + " at the minimum " + Words.point(p.x(), p.y())
                + " (curvature L = about " + Words.num(curvature) + ")";
    }

    /**
     * Whether f is smooth at the minimum p, so that its curvature L decides stability there: a
     * millionth of the window's size away the gradient is at most 2 L times that distance (at a
     * sharp point, Ackley's origin, it stays large however close one gets).
     */
    private boolean smoothAt(CriticalPoint p, double curvature) {
        double d = 1e-6 * Math.max(f.defaultWindow().width(), f.defaultWindow().height());
        double[] g = new double[2];
        double[][] directions = {{d, 0}, {0, d}, {-d, 0}, {0, -d}};
        for (double[] u : directions) {
            f.gradient(p.x() + u[0], p.y() + u[1], g);
            if (!(Math.hypot(g[0], g[1]) <= 2 * curvature * d)) {
                return false;
            }
        }
        return true;
    }

    /** A run that stopped moving: where the gradient is zero, or where its steps no longer change anything. */
    String stalled() {
        int last = t.lastStep();
        double gradient = RunShape.gradient(t, f, last);
        if (gradient == 0) {
            return "The run stays at " + Words.point(t.x(last), t.y(last)) + ", where the gradient is exactly zero, "
                    + "so no step moves it.";
        }
        return "The run stopped at " + Words.point(t.x(last), t.y(last)) + " although the gradient there is "
                + Words.num(gradient) + ": with " + tailLr() + ", " + name()
                + "'s steps no longer change the coordinates.";
    }

    /** A run of no steps. */
    String notStarted() {
        return "The run has taken no step yet: it stands at its start, where f = " + Words.num(t.loss(0)) + ".";
    }

    /** A run that starts at the minimum it converges to. */
    String atTheMinimum() {
        return "The run starts at the minimum (f = " + Words.num(t.loss(0)) + "), where the gradient vanishes, "
                + "and stays there.";
    }

    /** A run that keeps moving without getting lower (its loss above the start if {@code rose}). */
    String wandering(boolean rose) {
        int last = t.lastStep();
        int from = RunShape.tailStart(t);
        return "The run keeps moving but gets no lower: f = " + Words.num(t.loss(last)) + " now and "
                + Words.num(t.loss(from)) + " " + Words.count(last - from, "step") + " before"
                + (rose ? ", above the " + Words.num(t.loss(0)) + " it started at" : "") + "; with " + tailLr()
                + " it moves around instead of settling.";
    }

    /** A run ending where f is flat. */
    String plateau() {
        return "The gradient has almost vanished (|g| = " + Words.num(RunShape.gradient(t, f, t.lastStep()))
                + ") although this is not a minimum: the steps are too small to leave this flat region.";
    }

    /** A run whose loss still falls at the end. */
    String stillDescending() {
        int last = t.lastStep();
        String falling = "After " + Words.count(last, "step") + " the loss is still falling (from "
                + Words.num(t.loss(0)) + " to " + Words.num(t.loss(last)) + ")";
        CriticalPoint nearest = null;
        for (CriticalPoint p : f.criticalPoints()) {
            if (p.kind().isMinimum() && (nearest == null || Math.hypot(p.x() - t.x(last), p.y() - t.y(last))
                    < Math.hypot(nearest.x() - t.x(last), nearest.y() - t.y(last)))) {
                nearest = p;
            }
        }
        String tooLarge = nearest == null ? null : tooLargeAt(nearest);
        if (tooLarge != null) {
            return falling + ", but the run cannot settle at the minimum it nears: " + tooLarge + ".";
        }
        return falling + ": the run has not reached a minimum yet; more steps would help.";
    }
}
