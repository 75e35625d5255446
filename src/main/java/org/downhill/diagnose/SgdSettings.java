package org.downhill.diagnose;

import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.param.ParamSet;
import org.downhill.sim.Edit;
import org.downhill.sim.Settings;
import org.downhill.sim.Trajectory;

/**
 * The settings of a run that is SGD with the same learning rate and momentum at every update, so
 * that the theory of gradient descent on a quadratic applies to it as it stands: along an
 * eigen-direction of curvature lambda the error follows the recurrence of {@link QuadraticRates},
 * it diverges when the dominant root's modulus exceeds 1, keeps a steady size at 1 and shrinks
 * below 1. Weight decay is part of the curvature, not of these settings.
 *
 * @param lr        the learning rate of every update
 * @param momentum  mu
 * @param dampening tau
 * @param nesterov  whether the momentum is Nesterov's
 */
record SgdSettings(double lr, double momentum, double dampening, boolean nesterov) {

    /** A per-step factor within this of 1 is 1: rounding cannot tell a steady size from slow growth or decay. */
    static final double STEADY = 1e-12;

    /**
     * The constant SGD settings of a run, or {@code null} if some update used another optimizer,
     * other SGD hyper-parameters, another learning rate, or a schedule that cycles the momentum.
     */
    static SgdSettings of(Trajectory t) {
        return of(t, 0);
    }

    /** The SGD settings of the updates from row {@code from} on if they are all the same, else {@code null}. */
    static SgdSettings of(Trajectory t, int from) {
        Settings first = t.plan().settingsAt(from);
        if (!constantSgd(first)) {
            return null;
        }
        for (Edit e : t.appliedEdits()) {
            boolean same = constantSgd(e.settings()) && e.settings().optimizer().equals(first.optimizer());
            if (e.step() > from && !same) {
                return null;
            }
        }
        double lr = t.lr(from);
        for (int k = from + 1; k < t.lastStep(); k++) {
            if (t.lr(k) != lr) {
                return null;
            }
        }
        ParamSet hyper = first.optimizer().hyper();
        return new SgdSettings(lr, hyper.real("momentum"), hyper.real("dampening"), hyper.flag("nesterov"));
    }

    private static boolean constantSgd(Settings s) {
        OptimizerSpec o = s.optimizer();
        return o.kind() == OptimizerKind.SGD && !s.schedule().create().cyclesMomentum();
    }

    /** The dominant root of the error's recurrence along a direction of curvature lambda. */
    QuadraticRates.Root root(double lambda) {
        return QuadraticRates.dominant(lambda, lr, momentum, dampening, nesterov);
    }

    /** Whether the error along curvature lambda grows: the dominant root's modulus exceeds 1 beyond rounding. */
    boolean grows(double lambda) {
        return root(lambda).factor() > 1 + STEADY;
    }

    /** Whether the error along curvature lambda keeps its size: the dominant root's modulus is 1 up to rounding. */
    boolean steady(double lambda) {
        return Math.abs(root(lambda).factor() - 1) <= STEADY;
    }

    /**
     * Whether the error along curvature lambda keeps changing sign as it shrinks or holds: the
     * dominant root is negative or complex and not so small that one step leaves only rounding
     * (lr = 1/L removes the error in one step, up to 1e-16 of it).
     */
    boolean overshoots(double lambda) {
        QuadraticRates.Root r = root(lambda);
        return r.alternating() && r.factor() > ErrorComponents.VANISHED;
    }

    /** The largest stable lr for curvature lambda &gt; 0 with these settings ({@link Stability#edgeLr}). */
    double limit(double lambda) {
        return Stability.edgeLr(lambda, momentum, dampening, nesterov);
    }

    /** {@code lr = 0.25 is above 2/L = 0.2}: this lr against a limit, as {@link Words#relation} words it. */
    String lrIs(String relation, String limitName, double limit, String qualifier) {
        return "lr = " + Words.num(lr) + " is " + Words.relation(lr, relation, limitName, limit, qualifier);
    }

    /** How {@link #limit} is written in a sentence. */
    String limitName() {
        if (momentum == 0) {
            return "2/L";
        }
        return "the momentum limit " + (nesterov ? "2(1 + m)/((1 + 2m) L)" : dampening == 0 ? "2(1 + m)/L"
                : "2(1 + m)/((1 - d) L)");
    }
}
