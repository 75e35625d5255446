package org.downhill.diagnose;

import org.downhill.landscape.CriticalPoint;
import org.downhill.landscape.Landscape;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.sim.Trajectory;

/**
 * The one-sentence explanations of a diagnosis, naming the numbers: the learning rate against
 * 1/L and 2/L for gradient descent (L the steep direction's curvature), the per-step factor of the
 * slow direction, the momentum's spiral, the point a run is stuck at.
 */
final class Explainer {
    /** A loss beyond which a run counts as blown up. */
    private static final double BLOWN_UP = 1e100;

    private final Trajectory t;
    private final Landscape f;
    private final OptimizerSpec optimizer;
    private final double lr;
    private final double momentum;
    private final double dampening;
    private final boolean nesterov;
    private final boolean sgd;

    Explainer(Trajectory t, Landscape f, OptimizerSpec optimizer) {
        this.t = t;
        this.f = f;
        this.optimizer = optimizer;
        int last = t.lastStep();
        this.lr = t.termination().diverged() && last > 0 ? t.lr(last - 1) : t.lr(last);
        this.sgd = optimizer.kind() == OptimizerKind.SGD;
        this.momentum = sgd ? optimizer.hyper().real("momentum") : 0;
        this.dampening = sgd ? optimizer.hyper().real("dampening") : 0;
        this.nesterov = sgd && optimizer.hyper().flag("nesterov");
    }

    private String lrText() {
        return "lr = " + Words.num(lr);
    }

    private String name() {
        return optimizer.kind().displayName();
    }

    private static String direction(int component) {
        return component == 0 ? "the steep direction" : "the shallow direction";
    }

    /** The largest curvature met by the run before {@code end}, weight decay included (the steepest before things went wrong). */
    private double steepestCurvature(int end) {
        double[] h = new double[3];
        double wd = sgd ? optimizer.hyper().real("weight_decay") : 0;
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

    /** The stability limit of lr for curvature L: 2/L, or its momentum version. */
    private double stabilityLimit(double curvature) {
        if (momentum == 0) {
            return 2 / curvature;
        }
        return nesterov ? 2 * (1 + momentum) / ((1 + 2 * momentum) * curvature)
                : 2 * (1 + momentum) / ((1 - dampening) * curvature);
    }

    private String limitName() {
        return momentum == 0 ? "2/L" : "the momentum limit " + (nesterov ? "2(1 + m)/((1 + 2m) L)" : "2(1 + m)/L");
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

    String diverged() {
        int at = t.divergedAt();
        if (fellWithoutBound(at)) {
            return "f has no minimum that way: the run slides downhill faster and faster until the numbers "
                    + "overflow at step " + at + ".";
        }
        int calm = 1;
        while (calm < at && t.loss(calm) <= t.loss(0)) {
            calm++;
        }
        double curvature = steepestCurvature(calm);
        String qualifier = f.isQuadratic() ? "" : "about ";
        if (sgd && curvature > 0 && lr > stabilityLimit(curvature)) {
            return (momentum == 0 ? "" : "With momentum " + Words.num(momentum) + ", ") + lrText() + " is above "
                    + limitName() + " = " + qualifier + Words.num(stabilityLimit(curvature))
                    + " for the steep direction (curvature L = " + qualifier + Words.num(curvature)
                    + "): each step overshoots by more than it corrects, until the numbers blow up at step " + at + ".";
        }
        return "The steps grew without bound until the numbers blew up at step " + at + ": " + lrText()
                + " is too large for " + name() + " here; try a smaller one.";
    }

    /** Whether the loss kept falling until the blow-up (a landscape unbounded below, not an overshoot). */
    private boolean fellWithoutBound(int at) {
        double previous = t.loss(0);
        for (int k = 1; k < at; k++) {
            if (!(t.loss(k) <= previous)) {
                return false;
            }
            previous = t.loss(k);
        }
        return at > 1 && previous < t.loss(0);
    }

    String growing(Attractor a, ErrorComponents e) {
        if (e.curvature(1) < 0) {
            return "f curves downward (curvature " + Words.num(e.curvature(1)) + ") along one direction at "
                    + Words.point(a.x(), a.y()) + ": the run slides away from this saddle and f falls without bound.";
        }
        if (sgd && lr > stabilityLimit(e.curvature(0))) {
            return lrText() + " is above " + limitName() + " = " + Words.num(stabilityLimit(e.curvature(0)))
                    + " for the steep direction (curvature L = " + Words.num(e.curvature(0))
                    + "): each step overshoots by more than it corrects, so the error grows by a factor "
                    + Words.num(factor(e.curvature(0))) + " per step.";
        }
        return "The steps keep growing: " + lrText() + " is too large for " + name() + " here.";
    }

    String oscillating(ErrorComponents e, int component) {
        double curvature = e.curvature(component);
        if (sgd && momentum == 0) {
            return lrText() + " is 2/L for " + direction(component) + " (curvature L = " + Words.num(curvature)
                    + "): each step overshoots by exactly as much as it corrects, so the bounce never dies out.";
        }
        if (sgd) {
            return "With momentum " + Words.num(momentum) + " and " + lrText() + " the error keeps circling around "
                    + "the minimum along " + direction(component) + " without shrinking.";
        }
        return "The run keeps bouncing across " + direction(component) + " (curvature " + Words.num(curvature)
                + ") without settling: " + lrText() + " is at the edge of stability for " + name() + " here.";
    }

    String overshooting(ErrorComponents e, int component) {
        double curvature = e.curvature(component);
        if (sgd && momentum == 0) {
            return lrText() + " is between 1/L = " + Words.num(1 / curvature) + " and 2/L = " + Words.num(2 / curvature)
                    + " for " + direction(component) + " (curvature L = " + Words.num(curvature)
                    + "): each step overshoots the valley floor, by less every time.";
        }
        if (sgd) {
            return "With momentum " + Words.num(momentum) + " the error spirals in: it keeps swinging past the minimum "
                    + "along " + direction(component) + " while shrinking by a factor " + Words.num(factor(curvature))
                    + " per step.";
        }
        return "The steps keep swinging past the minimum along " + direction(component) + " (curvature "
                + Words.num(curvature) + ") but shrink: " + name() + " with " + lrText()
                + " overshoots a little less each time.";
    }

    String slow(ErrorComponents e, int component) {
        String shrunk = "After " + t.lastStep() + " steps the error along " + direction(component) + " (curvature "
                + Words.num(e.curvature(component)) + ") is still " + Words.percent(e.overallRatio(component))
                + " of what it was";
        if (sgd && momentum == 0 && e.curvature(0) > 0) {
            return shrunk + ": " + lrText() + " shrinks it by a factor " + Words.num(factor(e.curvature(component)))
                    + " per step; a larger lr (below 2/L = " + Words.num(2 / e.curvature(0)) + ") or momentum would be faster.";
        }
        return shrunk + ": " + lrText() + " is small for this slope.";
    }

    String converging(ErrorComponents e) {
        if (sgd && momentum == 0 && e.curvature(0) > 0) {
            return lrText() + " is below 1/L = " + Words.num(1 / e.curvature(0))
                    + ": each step goes straight downhill without overshooting, and the shallow direction (curvature "
                    + Words.num(e.curvature(1)) + ") sets the pace, a factor " + Words.num(factor(e.curvature(1)))
                    + " per step.";
        }
        if (sgd) {
            return "With momentum " + Words.num(momentum) + " and " + lrText()
                    + " both directions shrink without overshooting, the slower by a factor "
                    + Words.num(factor(e.curvature(1))) + " per step.";
        }
        return name() + " with " + lrText() + " approaches the minimum steadily, without overshooting.";
    }

    String stuckAt(Destination destination, Attractor a) {
        String at = Words.point(a.x(), a.y());
        if (destination == Destination.SADDLE) {
            return "It came to rest at the saddle point " + at + ", where the gradient vanishes although f still "
                    + "falls along one direction; a little gradient noise would let it escape.";
        }
        double best = f.criticalPoints().stream().filter(p -> p.kind() == CriticalPoint.Kind.GLOBAL_MIN)
                .mapToDouble(CriticalPoint::value).min().orElse(Double.NaN);
        return "It settled in a local minimum at " + at + " with f = " + Words.num(f.value(a.x(), a.y()))
                + "; the global minimum (f = " + Words.num(best) + ") is lower, but every step here points back "
                + "into this basin.";
    }

    String runningAway() {
        return "The run is heading off without bound: " + lrText() + " is too large here, or f has no minimum "
                + "in this direction.";
    }

    String jittering(double radius) {
        return "The run reached the minimum and now jitters around it, within about " + Words.num(radius)
                + ": the gradient noise pushes every step off course. A smaller learning rate or a larger batch "
                + "makes the jitter smaller.";
    }

    String bouncing() {
        return "The loss keeps going up and down without settling: " + lrText()
                + " makes the steps overshoot back and forth across the valley.";
    }

    String plateau() {
        int last = t.lastStep();
        return "The gradient has almost vanished (|g| = " + Words.num(t.gradNorm(last))
                + ") although this is not a minimum: the steps are too small to leave this flat region.";
    }

    String stillDescending() {
        int last = t.lastStep();
        return "After " + last + " steps the loss is still falling (from " + Words.num(t.loss(0)) + " to "
                + Words.num(t.loss(last)) + "): the run has not reached a minimum yet; more steps or a larger lr "
                + "would help.";
    }

    private double factor(double curvature) {
        return QuadraticRates.factor(curvature, lr, momentum, dampening, nesterov);
    }
}
