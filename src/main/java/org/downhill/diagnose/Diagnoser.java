package org.downhill.diagnose;

import java.util.function.Function;
import java.util.function.Supplier;
import org.downhill.landscape.CriticalPoint;
import org.downhill.landscape.Landscape;
import org.downhill.optim.OptimizerSpec;
import org.downhill.sim.Trajectory;

/**
 * Diagnoses a trajectory: its {@link Regime}, its {@link Destination}, a headline, a one-sentence
 * explanation and per-step markers ({@link #diagnose}); or, for a sweep, the same decision without
 * the words and the markers ({@link #classify}).
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

    /**
     * The diagnosis of a trajectory: its {@link #classify classification} in words, with its
     * markers. Never throws on numbers.
     */
    public static Diagnosis diagnose(Trajectory t) {
        Landscape f = t.plan().spec().landscape();
        OptimizerSpec optimizer = t.plan().latestSettings().optimizer();
        StepMarkers markers = StepMarkers.of(t, f, 0);
        Finding found = decide(t, () -> markers, new ReplayBuffer());
        Finding.Text words = found.wording().write(new Explainer(t, f, optimizer, markers),
                new PathExplainer(t, f, optimizer, markers));
        Classification c = found.classification();
        return new Diagnosis(c.regime(), c.destination(), c.convergedAt(), c.divergedAt(), words.headline(),
                words.explanation(), markers);
    }

    /**
     * The regime decision {@link #diagnose} makes about a trajectory, without its words and
     * markers: the same code decides both, so a sweep's cell and the run's badge cannot disagree.
     * Runs replayed in eigen-coordinates are replayed into {@code replays}. Never throws on numbers.
     *
     * @param replays where this thread replays runs, reused from run to run
     */
    public static Classification classify(Trajectory t, ReplayBuffer replays) {
        Landscape f = t.plan().spec().landscape();
        return decide(t, () -> StepMarkers.of(t, f, RunShape.tailStart(t)), replays).classification();
    }

    /**
     * The decision about a trajectory.
     *
     * @param tailMarkers the run's markers, at least those of the updates of its tail
     * @param replays     where to replay the run in eigen-coordinates
     */
    private static Finding decide(Trajectory t, Supplier<StepMarkers> tailMarkers, ReplayBuffer replays) {
        Landscape f = t.plan().spec().landscape();
        OptimizerSpec optimizer = t.plan().latestSettings().optimizer();
        if (t.termination().diverged()) {
            return new Finding(Regime.DIVERGES, Destination.NONE, -1, t.divergedAt(), (explain, path) -> {
                String undefined = path.undefined();
                if (undefined != null) {
                    return new Finding.Text("f undefined at step " + t.divergedAt(), undefined);
                }
                return new Finding.Text(RunShape.fellUntilBlowUp(t) ? "Falls without bound"
                        : "Diverged at step " + t.divergedAt(), path.diverged());
            });
        }
        if (t.lastStep() == 0) {
            return new Finding(Regime.SLOW, Destination.NONE, -1, -1,
                    (explain, path) -> new Finding.Text("No steps yet", path.notStarted()));
        }
        if (RunShape.neverMoved(t, f)) {
            return new Finding(Regime.SLOW, Destination.NONE, -1, -1,
                    (explain, path) -> new Finding.Text("Not moving", path.standingStill()));
        }
        Attractor a = Attractor.find(t, f, Stability.weightDecay(optimizer));
        Finding d = a == null ? null : withAttractor(t, f, a, replays);
        return d != null ? d : FreeRun.decide(t, f, tailMarkers.get());
    }

    /** The decision against an attractor, or {@code null} if the run turns out not to approach it. */
    private static Finding withAttractor(Trajectory t, Landscape f, Attractor a, ReplayBuffer replays) {
        SgdSettings sgd = SgdSettings.of(t);
        boolean noisy = RunShape.stochastic(t);
        int unstable = sgd != null ? unstableDirection(sgd, a) : -1;
        if (unstable >= 0 && !f.isQuadratic()) {
            return null;
        }
        if (noisy && unstable >= 0 && !RunShape.minibatches(t)) {
            double curvature = unstable == 0 ? a.eigen().large() : a.eigen().small();
            return diverging(t, curvature, explain -> explain.growing(a, curvature, unstable));
        }
        if (noisy && a.isMinimum()) {
            int settled = NoiseBall.settledAt(t, a);
            if (settled >= 0) {
                Destination destination = destination(f, a);
                String headline = destination == Destination.LOCAL_MINIMUM ? "Stuck in a local minimum"
                        : "Jittering around the minimum";
                return new Finding(Regime.CONVERGES, destination, settled, -1,
                        (explain, path) -> new Finding.Text(headline, path.jittering(NoiseBall.radius(t, a))));
            }
        }
        Trajectory shadow = EigenShadow.of(t, a, replays);
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
            return new Finding(Regime.DIVERGES, Destination.NONE, -1, -1,
                    (explain, path) -> new Finding.Text("Thrown far out", path.thrownOut()));
        }
        int component = v.component();
        return switch (v.regime()) {
            case DIVERGES -> diverging(t, e.curvature(component),
                    explain -> explain.growing(a, e.curvature(component), component));
            case OSCILLATES -> new Finding(Regime.OSCILLATES, Destination.NONE, -1, -1,
                    (explain, path) -> new Finding.Text("Oscillating", explain.oscillating(e, component)));
            default -> converging(f, a, e, v);
        };
    }

    /**
     * A run whose error grows along a direction of this curvature: it falls without bound where f
     * curves down that way and the loss falls, else it diverges.
     */
    private static Finding diverging(Trajectory t, double curvature, Function<Explainer, String> explanation) {
        return new Finding(Regime.DIVERGES, Destination.NONE, -1, -1, (explain, path) -> new Finding.Text(
                curvature < 0 && RunShape.lossFalling(t) ? "Falls without bound" : "Diverging",
                explanation.apply(explain)));
    }

    /**
     * Whether the replay in eigen-coordinates is the run the user sees: both end at the same
     * distance from the point, within 1e-6 of it or the rounding of the point. (A run that grew to
     * 1e80 lost its small components to rounding in the plane, while the replay kept them; a replay
     * may even be stopped by the stop rule before the run ends, and then agrees with nothing.)
     */
    private static boolean agrees(Trajectory t, Trajectory shadow, Attractor a) {
        int last = t.lastStep();
        if (shadow.lastStep() != last) {
            return false;
        }
        double plane = Math.hypot(t.x(last) - a.x(), t.y(last) - a.y());
        double exact = Math.hypot(shadow.x(last), shadow.y(last));
        double floor = 64 * Math.ulp(Math.max(Math.abs(a.x()), Math.abs(a.y()))) + Double.MIN_NORMAL;
        return Math.abs(plane - exact) <= 1e-6 * Math.max(plane, exact) + floor;
    }

    /** A direction (0 = steep, 1 = shallow) of the attractor that grows under constant SGD settings, or -1. */
    private static int unstableDirection(SgdSettings sgd, Attractor a) {
        return sgd.grows(a.eigen().large()) ? 0 : sgd.grows(a.eigen().small()) ? 1 : -1;
    }

    private static Finding converging(Landscape f, Attractor a, ErrorComponents e, Verdict v) {
        Destination destination = destination(f, a);
        return new Finding(v.regime(), destination, e.convergedAt(), -1, (explain, path) -> {
            String because = switch (v.regime()) {
                case SLOW -> explain.slow(e, v.component());
                case CONVERGES_OSCILLATING -> explain.overshooting(e, v.component());
                default -> explain.converging(e, a);
            };
            String explanation = destination == Destination.LOCAL_MINIMUM || destination == Destination.SADDLE
                    ? path.stuckAt(destination, a.x(), a.y(), e.convergedAt())
                    : e.convergedAt() == 0 ? path.atTheMinimum() : because;
            return new Finding.Text(headline(v.regime(), destination, e.convergedAt()), explanation);
        });
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
