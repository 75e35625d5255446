package org.downhill.diagnose;

import org.downhill.landscape.Landscape;
import org.downhill.optim.OptimizerSpec;
import org.downhill.sim.Trajectory;

/**
 * The one-sentence explanations of a regime read off the error along the Hessian's
 * eigen-directions at the attractor, naming the run's own numbers: the learning rate of the
 * updates that matter (all of them for how it converged or how slowly, the tail's for how it ends)
 * against 1/L and 2/L for gradient descent (L the curvature along a direction), the per-step
 * factor of a direction, the momentum's spiral. A claim of theory is only made where its
 * conditions hold (SGD with the same settings at every update concerned) and a comparison only
 * where it is true; where both numbers round to the same three digits the sentence adds by how
 * much they differ.
 */
final class Explainer {
    private final Trajectory t;
    private final Landscape f;
    private final OptimizerSpec optimizer;
    private final StepMarkers markers;
    /** The run's SGD settings when they are the same at every step and its gradients exact, else null. */
    private final SgdSettings sgd;

    Explainer(Trajectory t, Landscape f, OptimizerSpec optimizer, StepMarkers markers) {
        this.t = t;
        this.f = f;
        this.optimizer = optimizer;
        this.markers = markers;
        this.sgd = RunShape.stochastic(t) ? null : SgdSettings.of(t);
    }

    private String name() {
        return optimizer.kind().displayName();
    }

    private static String direction(int component) {
        return component == 0 ? "the steep direction" : "the shallow direction";
    }

    /** The learning rate of all updates. */
    private String lrText() {
        return Words.lr(t, 0, t.lastStep());
    }

    /** The learning rate of the tail's updates. */
    private String tailLr() {
        return Words.lr(t, RunShape.tailStart(t), t.lastStep());
    }

    /** The SGD settings of the tail, where a run shows how it ends, if constant there with exact gradients. */
    private SgdSettings tailSgd() {
        return RunShape.stochastic(t) ? null : SgdSettings.of(t, RunShape.tailStart(t));
    }

    /**
     * Why the error grows along a direction of this curvature: f curves down there, or SGD's lr in
     * the tail is above the stability limit (with gradient noise too, whose mean follows the same
     * recurrence; not with mini-batches, whose curvature is their own).
     */
    String growing(Attractor a, double curvature, int component) {
        if (curvature < 0) {
            return "f curves downward (curvature " + Words.num(curvature) + ") along one direction at "
                    + Words.point(a.x(), a.y()) + ": the run slides away from this saddle point"
                    + (f.isQuadratic() ? ", and since f is a quadratic it falls without bound that way." : ".");
        }
        SgdSettings s = RunShape.minibatches(t) ? null : SgdSettings.of(t, RunShape.tailStart(t));
        if (s != null && curvature > 0 && s.grows(curvature) && s.lr() > s.limit(curvature)) {
            return s.lrIs("above", s.limitName(), s.limit(curvature), "") + " for " + direction(component)
                    + " (curvature L = " + Words.num(curvature) + "): each step overshoots by more than it corrects, "
                    + "so "
                    + "the error grows by a factor " + Words.factor(s.root(curvature).factor()) + " per step.";
        }
        return "The error along " + direction(component) + " (curvature " + Words.num(curvature)
                + ") keeps growing in the last steps: " + tailLr() + " is too large for "
                + name() + " there.";
    }

    String oscillating(ErrorComponents e, int component) {
        double curvature = e.curvature(component);
        String tailLr = tailLr();
        SgdSettings s = tailSgd();
        boolean steady = s != null && f.isQuadratic() && s.steady(curvature) && s.root(curvature).alternating();
        if (steady && s.momentum() == 0) {
            return "lr = " + Words.num(s.lr()) + " is 2/L for " + direction(component) + " (curvature L = "
                    + Words.num(curvature) + "): each step overshoots by exactly as much as it corrects, so the bounce "
                    + "never dies out.";
        }
        if (steady && s.momentum() == 1) {
            return "With momentum 1 nothing damps the swing: with " + tailLr + " the error along "
                    + direction(component)
                    + " keeps circling around the minimum at a steady size.";
        }
        if (steady) {
            return "With momentum " + Words.num(s.momentum()) + " and " + tailLr + " the error along "
                    + direction(component) + " keeps swinging around the minimum at a steady size, neither shrinking "
                    + "nor growing.";
        }
        if (s != null && s.momentum() == 0 && curvature > 0 && s.lr() > 2 / curvature) {
            return s.lrIs("above", "2/L", 2 / curvature, "about ") + " at the minimum (curvature L = "
                    + Words.num(curvature) + "), so the run cannot settle there; it keeps bouncing across it at a "
                    + "steady size instead.";
        }
        return "The run keeps bouncing across the minimum along " + direction(component) + " (curvature "
                + Words.num(curvature) + ") at a steady size: with " + tailLr + ", " + name()
                + "'s steps do not shrink as it gets close.";
    }

    String overshooting(ErrorComponents e, int component) {
        double curvature = e.curvature(component);
        String tailLr = tailLr();
        String qualifier = f.isQuadratic() ? "" : "about ";
        SgdSettings s = tailSgd();
        if (s != null && s.momentum() == 0 && curvature > 0 && s.lr() > 1 / curvature && s.lr() < 2 / curvature) {
            String sentence = Words.num(s.lr()).equals(Words.num(1 / curvature))
                    || Words.num(s.lr()).equals(Words.num(2 / curvature))
                    ? s.lrIs("above", "1/L", 1 / curvature, qualifier) + " and "
                            + Words.relation(s.lr(), "below", "2/L", 2 / curvature, qualifier)
                    : "lr = " + Words.num(s.lr()) + " is between 1/L = " + qualifier + Words.num(1 / curvature)
                            + " and 2/L = " + qualifier + Words.num(2 / curvature);
            return sentence + " for " + direction(component) + " (curvature L = " + qualifier + Words.num(curvature)
                    + "): each step overshoots the valley floor, by less every time.";
        }
        if (s != null && s.momentum() > 0 && s.overshoots(curvature) && s.root(curvature).factor() < 1) {
            return "With momentum " + Words.num(s.momentum()) + " the error spirals in: it keeps swinging past the "
                    + "minimum along " + direction(component) + " while shrinking by a factor " + qualifier
                    + Words.factor(s.root(curvature).factor()) + " per step.";
        }
        return "The steps keep swinging past the minimum along " + direction(component) + " (curvature "
                + Words.num(curvature) + ") but shrink: " + name() + " with " + tailLr
                + " overshoots a little less each time.";
    }

    String slow(ErrorComponents e, int component) {
        if (e.overallRatio(component) > 1) {
            return "After " + Words.count(t.lastStep(), "step") + " the error along " + direction(component)
                    + " (curvature " + Words.num(e.curvature(component)) + ") is " + Words.num(e.overallRatio(component))
                    + " times what it was: with " + lrText() + " it grew before it began to shrink.";
        }
        String shrunk = "After " + Words.count(t.lastStep(), "step") + " the error along " + direction(component)
                + " (curvature " + Words.num(e.curvature(component)) + ") is still "
                + Words.percent(e.overallRatio(component)) + " of what it was";
        double curvature = e.curvature(component);
        if (sgd != null && f.isQuadratic() && sgd.momentum() == 0 && curvature > 0) {
            String factor = Words.factor(sgd.root(curvature).factor());
            if (sgd.lr() * curvature < 1) {
                return shrunk + ": lr = " + Words.num(sgd.lr()) + " shrinks it by a factor " + factor + " per step"
                        + fasterLr(e, component) + ".";
            }
            return shrunk + ": " + sgd.lrIs("below", "2/L", 2 / curvature, "") + " for this direction, so each step "
                    + "overshoots by nearly as much as it corrects (a factor " + factor + " per step); a smaller lr "
                    + "would settle it faster.";
        }
        if (sgd != null && f.isQuadratic() && sgd.root(curvature).factor() < 1) {
            return shrunk + ": with momentum " + Words.num(sgd.momentum()) + " and lr = " + Words.num(sgd.lr())
                    + " it shrinks by a factor " + Words.factor(sgd.root(curvature).factor()) + " per step.";
        }
        return shrunk + ": " + name() + " with " + lrText() + " moves it too little per step to get there in "
                + Words.count(t.lastStep(), "step") + ".";
    }

    /**
     * Advice for plain SGD whose slowest direction (curvature l) undershoots: the fastest constant
     * lr is 2/(L + l), where the steep direction (curvature L) and l shrink alike, or 1/l when the
     * run has error along l only; below it a larger lr is faster overall.
     */
    private String fasterLr(ErrorComponents e, int component) {
        double l = e.curvature(component);
        boolean alone = !e.present(1 - component);
        double steep = alone ? l : Math.max(e.curvature(0), l);
        double best = 2 / (steep + l);
        if (!(sgd.lr() < best)) {
            return "";
        }
        String upTo = alone ? "1/L = " + Words.num(best) + " where one step would remove it"
                : "2/(L + l) = " + Words.num(best) + " where both directions shrink alike";
        return "; a larger lr, up to " + upTo + ", would be faster";
    }

    String converging(ErrorComponents e, Attractor a) {
        String line = a.onLineOfMinima() ? " f is flat along the other direction (a line of minima), so the run "
                + "stops at the nearest point of that line." : "";
        if (sgd != null && f.isQuadratic() && (e.present(0) || e.present(1))) {
            return convergingByTheory(e) + line;
        }
        String way = markers.overshootCount() == 0 ? " steadily, without overshooting."
                : " from one side in the end, after overshooting in " + Words.count(markers.overshootCount(), "step")
                + " on the way.";
        return name() + " with " + lrText() + " approaches the minimum" + way + line;
    }

    /** Constant-settings SGD on a quadratic that converges without overshoot: why, from the roots. */
    private String convergingByTheory(ErrorComponents e) {
        boolean both = e.present(0) && e.present(1);
        int steep = e.present(0) ? 0 : 1;
        double steepCurvature = e.curvature(steep);
        double pace = both ? sgd.root(e.curvature(1)).factor() : sgd.root(steepCurvature).factor();
        String lr = "lr = " + Words.num(sgd.lr());
        if (sgd.momentum() > 0) {
            double slowest = Math.max(pace, sgd.root(steepCurvature).factor());
            String way = "without overshooting"
                    + (markers.overshootCount() == 0 ? "" : " after step " + markers.afterLastOvershoot());
            return "With momentum " + Words.num(sgd.momentum()) + " and " + lr + " the error shrinks " + way + ", "
                    + (slowest <= ErrorComponents.VANISHED && e.convergedAt() >= 0
                    ? "down to rounding after " + Words.count(e.convergedAt(), "step") + "."
                    : "by a factor " + Words.factor(slowest) + " per step in the slower direction.");
        }
        boolean removed = sgd.root(steepCurvature).factor() <= ErrorComponents.VANISHED;
        String shallow = "the shallow direction (curvature " + Words.num(e.curvature(1)) + ") sets the pace, a factor "
                + Words.factor(pace) + " per step.";
        if (removed && (!both || sgd.root(e.curvature(1)).factor() <= ErrorComponents.VANISHED)) {
            return lr + " is 1/L (curvature L = " + Words.num(steepCurvature) + "): a single step lands on the "
                    + "minimum, "
                    + "up to rounding.";
        }
        if (removed) {
            return lr + " is 1/L for the steep direction (curvature L = " + Words.num(steepCurvature)
                    + "): a single step removes the error along it, and " + shallow;
        }
        String below = sgd.lrIs("below", "1/L", 1 / steepCurvature, "");
        if (!both) {
            return "The run moves along " + direction(steep) + " only (curvature L = " + Words.num(steepCurvature)
                    + "): " + below + ", so each step goes straight downhill without overshooting, shrinking the "
                    + "error by a factor " + Words.factor(pace) + " per step.";
        }
        return below + ": each step goes straight downhill without overshooting, and " + shallow;
    }
}
