package org.downhill.diagnose;

import java.util.BitSet;
import org.downhill.landscape.CriticalPoint;
import org.downhill.landscape.Landscape;
import org.downhill.optim.OptimizerKind;
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
 * <p>The regime is read off the error components along the Hessian's eigen-directions at the
 * point the run approaches ({@link Attractor}), in this order: a run stopped by the stop rule, or
 * with a component growing at the end, diverges; a component that keeps flipping sign at a steady
 * size oscillates; a component that shrank by less than half over the run is slow; a component
 * that still changes sign at the end converges with oscillation; otherwise the run converges. On
 * quadratics this agrees with the analytic regimes of gradient descent per eigen-direction (lr
 * below 1/L monotone, between 1/L and 2/L oscillating, at 2/L sustained, above 2/L diverging).
 * Without an attractor in sight the run is judged by its loss: bouncing (frequent increases),
 * running away, stuck on a plateau (a vanishing gradient), or still descending (slow).
 */
public final class Diagnoser {
    private Diagnoser() {
    }

    /** The diagnosis of a trajectory. Never throws on numbers. */
    public static Diagnosis diagnose(Trajectory t) {
        Landscape f = t.plan().spec().landscape();
        OptimizerSpec optimizer = t.plan().latestSettings().optimizer();
        StepMarkers markers = markers(t, f);
        double weightDecay = optimizer.kind() == OptimizerKind.ADAMW ? 0 : optimizer.hyper().real("weight_decay");
        Explainer explain = new Explainer(t, f, optimizer);
        String undefined = explain.undefined();
        if (undefined != null) {
            return new Diagnosis(Regime.DIVERGES, Destination.NONE, -1, t.divergedAt(),
                    "f undefined at step " + t.divergedAt(), undefined, markers);
        }
        if (t.termination().diverged()) {
            return new Diagnosis(Regime.DIVERGES, Destination.NONE, -1, t.divergedAt(),
                    "Diverged at step " + t.divergedAt(), explain.diverged(), markers);
        }
        Attractor a = Attractor.find(t, f, weightDecay);
        return a == null ? withoutAttractor(t, markers, explain) : withAttractor(t, f, a, markers, explain);
    }

    private static Diagnosis withAttractor(Trajectory t, Landscape f, Attractor a, StepMarkers markers,
                                           Explainer explain) {
        if (!t.plan().latestSettings().noise().isNone() && a.isMinimum()) {
            int settled = NoiseBall.settledAt(t, a);
            if (settled >= 0) {
                Destination destination = destination(f, a);
                String headline = destination == Destination.LOCAL_MINIMUM ? "Stuck in a local minimum"
                        : "Jittering around the minimum";
                return new Diagnosis(Regime.CONVERGES, destination, settled, -1, headline,
                        explain.jittering(NoiseBall.radius(t, a)), markers);
            }
        }
        Trajectory shadow = EigenShadow.of(t, a);
        ErrorComponents e = shadow == null ? new ErrorComponents(t, a, true)
                : new ErrorComponents(shadow, a.inEigenCoordinates(), false);
        if (e.growing()) {
            return new Diagnosis(Regime.DIVERGES, Destination.NONE, -1, -1, "Diverging", explain.growing(a, e), markers);
        }
        int sustained = e.sustainedOscillation();
        if (sustained >= 0) {
            return new Diagnosis(Regime.OSCILLATES, Destination.NONE, -1, -1, "Oscillating",
                    explain.oscillating(e, sustained), markers);
        }
        Destination destination = destination(f, a);
        int slow = e.slow();
        Regime regime = slow >= 0 ? Regime.SLOW
                : e.oscillating() >= 0 ? Regime.CONVERGES_OSCILLATING : Regime.CONVERGES;
        String because = switch (regime) {
            case SLOW -> explain.slow(e, slow);
            case CONVERGES_OSCILLATING -> explain.overshooting(e, e.oscillating());
            default -> explain.converging(e);
        };
        String explanation = destination == Destination.LOCAL_MINIMUM || destination == Destination.SADDLE
                ? explain.stuckAt(destination, a) : because;
        return new Diagnosis(regime, destination, e.convergedAt(), -1, headline(regime, destination, e.convergedAt()),
                explanation, markers);
    }

    private static Diagnosis withoutAttractor(Trajectory t, StepMarkers markers, Explainer explain) {
        int last = t.lastStep();
        int tail = Math.max(1, Math.max(last / 4, Math.min(last, 10)));
        int increases = 0;
        for (int k = last - tail; k < last; k++) {
            if (markers.lossIncrease(k)) {
                increases++;
            }
        }
        double start = Math.hypot(t.x(last - tail) - t.x(0), t.y(last - tail) - t.y(0));
        double end = Math.hypot(t.x(last) - t.x(0), t.y(last) - t.y(0));
        double size = Math.hypot(t.plan().spec().landscape().defaultWindow().width(),
                t.plan().spec().landscape().defaultWindow().height());
        if (end > 2 * start && end > 10 * size) {
            return new Diagnosis(Regime.DIVERGES, Destination.NONE, -1, -1, "Diverging", explain.runningAway(), markers);
        }
        if (increases * 4 >= tail) {
            return new Diagnosis(Regime.OSCILLATES, Destination.NONE, -1, -1, "Oscillating", explain.bouncing(), markers);
        }
        if (flatAtTheEnd(t)) {
            return new Diagnosis(Regime.SLOW, Destination.PLATEAU, -1, -1, "Stuck on a plateau", explain.plateau(),
                    markers);
        }
        return new Diagnosis(Regime.SLOW, Destination.NONE, -1, -1, "Slow", explain.stillDescending(), markers);
    }

    /**
     * Whether the run ends on a plateau: the gradient there is below 1/1000 of the largest on the
     * way and the curvature below 1/100 of the largest on the way (a narrow valley, where the
     * gradient is small but the walls are steep, is not a plateau).
     */
    private static boolean flatAtTheEnd(Trajectory t) {
        Landscape f = t.plan().spec().landscape();
        double[] h = new double[3];
        double maxGrad = 0;
        double maxCurvature = 0;
        for (int k = 0; k <= t.lastStep(); k++) {
            maxGrad = Math.max(maxGrad, t.gradNorm(k));
            maxCurvature = Math.max(maxCurvature, curvature(f, t.x(k), t.y(k), h));
        }
        int last = t.lastStep();
        return t.gradNorm(last) <= 1e-3 * maxGrad && curvature(f, t.x(last), t.y(last), h) <= 1e-2 * maxCurvature;
    }

    /** The largest |eigenvalue| of the Hessian at (x, y), 0 where it is not finite. */
    private static double curvature(Landscape f, double x, double y, double[] h) {
        f.hessian(x, y, h);
        SymmetricEigen e = SymmetricEigen.of(h[0], h[1], h[2]);
        double c = Math.max(Math.abs(e.large()), Math.abs(e.small()));
        return Double.isFinite(c) ? c : 0;
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

    private static String headline(Regime regime, Destination destination, int convergedAt) {
        if (destination == Destination.LOCAL_MINIMUM) {
            return "Stuck in a local minimum";
        }
        if (destination == Destination.SADDLE) {
            return "Stuck at a saddle point";
        }
        if (regime == Regime.SLOW) {
            return "Slow";
        }
        String overshoot = regime == Regime.CONVERGES_OSCILLATING ? ", with overshoot" : "";
        return convergedAt >= 0 ? "Converged in " + convergedAt + " steps" + overshoot
                : regime == Regime.CONVERGES_OSCILLATING ? "Converging with overshoot" : "Converging";
    }

    /** Overshoot and loss-increase flags per update, with the exact gradient. */
    static StepMarkers markers(Trajectory t, Landscape f) {
        BitSet overshoot = new BitSet();
        BitSet increase = new BitSet();
        double[] before = new double[2];
        double[] after = new double[2];
        for (int k = 0; k < t.lastStep(); k++) {
            double ux = t.x(k + 1) - t.x(k);
            double uy = t.y(k + 1) - t.y(k);
            f.gradient(t.x(k), t.y(k), before);
            f.gradient(t.x(k + 1), t.y(k + 1), after);
            if (before[0] * ux + before[1] * uy < 0 && after[0] * ux + after[1] * uy > 0) {
                overshoot.set(k);
            }
            if (t.loss(k + 1) > t.loss(k)) {
                increase.set(k);
            }
        }
        return new StepMarkers(overshoot, increase);
    }
}
