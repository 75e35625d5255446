package org.downhill.diagnose;

import org.downhill.landscape.CriticalPoint;
import org.downhill.landscape.Landscape;
import org.downhill.optim.OptimizerSpec;
import org.downhill.sim.Trajectory;

/**
 * Diagnoses a trajectory: its {@link Regime}, its {@link Destination}, a headline, a one-sentence
 * explanation and per-step markers.
 *
 * <p>A run stopped because it reached a place where f or its gradient is undefined (not a
 * number at a finite point, as log(x) for x &lt; 0) is stopped as at a blow-up (regime
 * {@link Regime#DIVERGES}), but its headline and explanation say what happened instead.
 *
 * <p>A run stopped by the stop rule diverged (or fell without bound, if its loss fell all the way);
 * a run of no steps has not started; a run whose point never changes although the gradient is not
 * zero (lr = 0, or steps lost in rounding) is not moving. Otherwise the regime is read off the
 * error components along the Hessian's eigen-directions at the point the run approaches
 * ({@link Attractor}):
 * <ul>
 * <li>SGD on a quadratic is replayed in eigen-coordinates ({@link EigenShadow}) and, when its
 *     learning rate and momentum are the same at every step, judged by the theory of gradient
 *     descent ({@link SgdSettings}): per direction the dominant root of the error's recurrence
 *     grows (diverges), keeps its size while flipping sign (oscillates: lr = 2/L, momentum 1),
 *     or shrinks, with overshoot where it is negative or complex (between 1/L and 2/L) and without
 *     where it is positive or so small that one step leaves only rounding (lr = 1/L). A run that
 *     shrank some direction by less than half is slow. On a quadratic with a line of minima the
 *     point is the one of the line the run moves to.</li>
 * <li>Otherwise the components are measured: a run whose whole error grows in the end is not
 *     approaching the point (it is judged by its loss, below); a component that keeps flipping
 *     sign at a steady size oscillates; one that shrank by less than half is slow; one that still
 *     changes sign at the end converges with oscillation; else the run converges. Only what
 *     floating point resolves counts (see {@link ErrorComponents}).</li>
 * </ul>
 * SGD with constant settings cannot converge to a point where some direction's root exceeds 1: on
 * a quadratic the run diverges (with gradient noise or without), elsewhere the point is no
 * attractor. A run with stochastic gradients (noise, or mini-batches of data) that settles in a
 * ball around a minimum is jittering there ({@link NoiseBall}). A converging
 * verdict needs the facts to agree: a run whose loss ended above its start after going ten windows
 * out was thrown far out, and one that ends above its start cannot be at the global minimum.
 * Without an attractor in sight the run is judged by its own loss and path ({@link FreeRun}).
 */
public final class Diagnoser {
    /** Components of a run in eigen-coordinates are exact to rounding per step: growth or decay beyond this is real. */
    private static final double EXACT = 1e-9;
    /** Without exact theory, a size this close to steady is steady (a rotation sampled at other phases varies more). */
    private static final double STEADY = 1e-6;

    private Diagnoser() {
    }

    /** The diagnosis of a trajectory. Never throws on numbers. */
    public static Diagnosis diagnose(Trajectory t) {
        Landscape f = t.plan().spec().landscape();
        OptimizerSpec optimizer = t.plan().latestSettings().optimizer();
        StepMarkers markers = StepMarkers.of(t, f);
        PathExplainer path = new PathExplainer(t, f, optimizer, markers);
        String undefined = path.undefined();
        if (undefined != null) {
            return new Diagnosis(Regime.DIVERGES, Destination.NONE, -1, t.divergedAt(),
                    "f undefined at step " + t.divergedAt(), undefined, markers);
        }
        if (t.termination().diverged()) {
            String headline = RunShape.fellUntilBlowUp(t) ? "Falls without bound"
                    : "Diverged at step " + t.divergedAt();
            return new Diagnosis(Regime.DIVERGES, Destination.NONE, -1, t.divergedAt(), headline, path.diverged(),
                    markers);
        }
        if (t.lastStep() == 0) {
            return new Diagnosis(Regime.SLOW, Destination.NONE, -1, -1, "No steps yet", path.notStarted(), markers);
        }
        if (RunShape.neverMoved(t, f)) {
            return new Diagnosis(Regime.SLOW, Destination.NONE, -1, -1, "Not moving", path.standingStill(), markers);
        }
        Attractor a = Attractor.find(t, f, Stability.weightDecay(optimizer));
        Diagnosis d = a == null ? null
                : withAttractor(t, f, a, markers, new Explainer(t, f, optimizer, markers), path);
        return d != null ? d : FreeRun.diagnose(t, f, markers, path);
    }

    /** The diagnosis against an attractor, or {@code null} if the run turns out not to approach it. */
    private static Diagnosis withAttractor(Trajectory t, Landscape f, Attractor a, StepMarkers markers,
                                           Explainer explain, PathExplainer path) {
        SgdSettings sgd = SgdSettings.of(t);
        boolean noisy = RunShape.stochastic(t);
        int unstable = sgd != null ? unstableDirection(sgd, a) : -1;
        if (unstable >= 0 && !f.isQuadratic()) {
            return null;
        }
        if (noisy && unstable >= 0 && !RunShape.minibatches(t)) {
            double curvature = unstable == 0 ? a.eigen().large() : a.eigen().small();
            return diverging(t, curvature, explain.growing(a, curvature, unstable), markers);
        }
        if (noisy && a.isMinimum()) {
            int settled = NoiseBall.settledAt(t, a);
            if (settled >= 0) {
                Destination destination = destination(f, a);
                String headline = destination == Destination.LOCAL_MINIMUM ? "Stuck in a local minimum"
                        : "Jittering around the minimum";
                return new Diagnosis(Regime.CONVERGES, destination, settled, -1, headline,
                        path.jittering(NoiseBall.radius(t, a)), markers);
            }
        }
        Trajectory shadow = EigenShadow.of(t, a);
        ErrorComponents e;
        Verdict v;
        if (shadow != null && agrees(t, shadow, a)) {
            e = new ErrorComponents(shadow, a.inEigenCoordinates(), false);
            v = sgd != null ? fromRoots(e, sgd) : measured(e, true);
        } else {
            if (!a.approachedBy(t)) {
                return null;
            }
            e = new ErrorComponents(t, a, true);
            if (e.errorGrowing()) {
                return null;
            }
            v = measured(e, false);
            if (v.regime() == Regime.SLOW && !RunShape.lossFalling(t)
                    || v.regime().converging() && destination(f, a) == Destination.GLOBAL_MINIMUM
                    && RunShape.lossRose(t)) {
                return null;
            }
        }
        if (v.regime().converging() && RunShape.lossRose(t)
                && RunShape.distanceFromStart(t, RunShape.farthestRow(t)) > 10 * RunShape.windowDiagonal(f)) {
            return new Diagnosis(Regime.DIVERGES, Destination.NONE, -1, -1, "Thrown far out", path.thrownOut(),
                    markers);
        }
        return switch (v.regime()) {
            case DIVERGES -> diverging(t, e.curvature(v.component()),
                    explain.growing(a, e.curvature(v.component()), v.component()), markers);
            case OSCILLATES -> new Diagnosis(Regime.OSCILLATES, Destination.NONE, -1, -1, "Oscillating",
                    explain.oscillating(e, v.component()), markers);
            default -> converging(f, a, e, v, markers, explain, path);
        };
    }

    /**
     * A run whose error grows along a direction of this curvature: it falls without bound where f
     * curves down that way and the loss falls, else it diverges.
     */
    private static Diagnosis diverging(Trajectory t, double curvature, String explanation, StepMarkers markers) {
        return new Diagnosis(Regime.DIVERGES, Destination.NONE, -1, -1,
                curvature < 0 && RunShape.lossFalling(t) ? "Falls without bound" : "Diverging", explanation, markers);
    }

    /**
     * Whether the replay in eigen-coordinates is the run the user sees: both end at the same
     * distance from the point, within 1e-6 of it or the rounding of the point. (A run that grew to
     * 1e80 lost its small components to rounding in the plane, while the replay kept them.)
     */
    private static boolean agrees(Trajectory t, Trajectory shadow, Attractor a) {
        int last = t.lastStep();
        double plane = Math.hypot(t.x(last) - a.x(), t.y(last) - a.y());
        double exact = Math.hypot(shadow.x(last), shadow.y(last));
        double floor = 64 * Math.ulp(Math.max(Math.abs(a.x()), Math.abs(a.y()))) + Double.MIN_NORMAL;
        return Math.abs(plane - exact) <= 1e-6 * Math.max(plane, exact) + floor;
    }

    /** A direction (0 = steep, 1 = shallow) of the attractor that grows under constant SGD settings, or -1. */
    private static int unstableDirection(SgdSettings sgd, Attractor a) {
        return sgd.grows(a.eigen().large()) ? 0 : sgd.grows(a.eigen().small()) ? 1 : -1;
    }

    private static Diagnosis converging(Landscape f, Attractor a, ErrorComponents e, Verdict v, StepMarkers markers,
                                        Explainer explain, PathExplainer path) {
        Destination destination = destination(f, a);
        String because = switch (v.regime()) {
            case SLOW -> explain.slow(e, v.component());
            case CONVERGES_OSCILLATING -> explain.overshooting(e, v.component());
            default -> explain.converging(e, a);
        };
        String explanation = destination == Destination.LOCAL_MINIMUM || destination == Destination.SADDLE
                ? path.stuckAt(destination, a.x(), a.y(), e.convergedAt())
                : e.convergedAt() == 0 ? path.atTheMinimum() : because;
        return new Diagnosis(v.regime(), destination, e.convergedAt(), -1,
                headline(v.regime(), destination, e.convergedAt()), explanation, markers);
    }

    /** A regime and the component (0 = steep, 1 = shallow) that decides it, or -1. */
    private record Verdict(Regime regime, int component) {
    }

    /** The regime of constant-settings SGD on a quadratic, from the roots of the directions with error. */
    private static Verdict fromRoots(ErrorComponents e, SgdSettings sgd) {
        int steady = -1;
        int overshooting = -1;
        for (int i = 0; i < 2; i++) {
            if (!e.present(i)) {
                continue;
            }
            double lambda = e.curvature(i);
            if (sgd.grows(lambda)) {
                return new Verdict(Regime.DIVERGES, i);
            }
            if (steady < 0 && sgd.steady(lambda) && sgd.root(lambda).alternating()) {
                steady = i;
            }
            if (overshooting < 0 && sgd.overshoots(lambda)) {
                overshooting = i;
            }
        }
        if (steady >= 0) {
            return new Verdict(Regime.OSCILLATES, steady);
        }
        if (e.slow() >= 0) {
            return new Verdict(Regime.SLOW, e.slow());
        }
        return overshooting >= 0 ? new Verdict(Regime.CONVERGES_OSCILLATING, overshooting)
                : new Verdict(Regime.CONVERGES, -1);
    }

    /**
     * The regime from the measured components. In eigen-coordinates ({@code exact}) the
     * components evolve on their own, are exact to rounding, and one that grows diverges;
     * otherwise sizes are steady within {@link #STEADY}, and the whole error was checked not to
     * grow (a single component may grow for a while as an adaptive optimizer turns).
     */
    private static Verdict measured(ErrorComponents e, boolean exact) {
        double tolerance = exact ? EXACT : STEADY;
        int growing = e.growing(tolerance);
        if (growing >= 0 && exact) {
            return new Verdict(Regime.DIVERGES, growing);
        }
        int sustained = e.sustainedOscillation(tolerance);
        if (sustained >= 0) {
            return new Verdict(Regime.OSCILLATES, sustained);
        }
        if (e.slow() >= 0) {
            return new Verdict(Regime.SLOW, e.slow());
        }
        return e.oscillating() >= 0 ? new Verdict(Regime.CONVERGES_OSCILLATING, e.oscillating())
                : new Verdict(Regime.CONVERGES, -1);
    }

    private static Destination destination(Landscape f, Attractor a) {
        if (a.isSaddle()) {
            return Destination.SADDLE;
        }
        if (!a.isMinimum()) {
            return Destination.PLATEAU;
        }
        double value = f.value(a.x(), a.y());
        double best = f.criticalPoints().stream().filter(p -> p.kind() == CriticalPoint.Kind.GLOBAL_MIN)
                .mapToDouble(CriticalPoint::value).min().orElse(value);
        return value > best + 1e-6 * (1 + Math.abs(best)) ? Destination.LOCAL_MINIMUM : Destination.GLOBAL_MINIMUM;
    }

    /**
     * The badge of a converging regime: where it is stuck or heading, slow, or how many steps it
     * took to stay within the convergence tolerance (with overshoot where it kept overshooting).
     */
    static String headline(Regime regime, Destination destination, int convergedAt) {
        if (destination == Destination.LOCAL_MINIMUM) {
            return convergedAt >= 0 ? "Stuck in a local minimum" : "Heading into a local minimum";
        }
        if (destination == Destination.SADDLE) {
            return convergedAt >= 0 ? "Stuck at a saddle point" : "Heading for a saddle point";
        }
        if (regime == Regime.SLOW) {
            return "Slow";
        }
        if (convergedAt == 0) {
            return "At the minimum from the start";
        }
        String overshoot = regime == Regime.CONVERGES_OSCILLATING ? ", with overshoot" : "";
        return convergedAt > 0 ? "Converged in " + Words.count(convergedAt, "step") + overshoot
                : regime == Regime.CONVERGES_OSCILLATING ? "Converging with overshoot" : "Converging";
    }
}
