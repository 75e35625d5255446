package org.downhill.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.optim.Term;
import org.downhill.optim.UpdateTrace;
import org.downhill.schedule.ScheduleKind;
import org.downhill.schedule.ScheduleSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The terms each optimizer records of an update are the update: every term worked out by hand from
 * the previous update's terms (the state it left) and the trajectory's rows, with the rule in the
 * optimizer's Javadoc, and the point it reaches is the trajectory's next row.
 */
public class UpdateTraceTest {
    private static final Landscape ROSENBROCK = Landscapes.byId("rosenbrock").create();
    private static final int STEPS = 25;

    /** One spec of every optimizer and of each of its variants (momentum, Nesterov, AMSGrad, centered, weight decay). */
    public static Stream<OptimizerSpec> optimizers() {
        return Stream.of(
                OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", 1e-3)),
                OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", 1e-3, "momentum", 0.9, "dampening", 0.2,
                        "weight_decay", 0.1)),
                OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", 1e-3, "momentum", 0.8, "nesterov", true)),
                OptimizerSpec.of(OptimizerKind.ADAGRAD, Map.of("lr", 0.3, "lr_decay", 0.05,
                        "initial_accumulator_value", 0.1, "weight_decay", 0.01)),
                OptimizerSpec.of(OptimizerKind.RMSPROP, Map.of("lr", 0.01)),
                OptimizerSpec.of(OptimizerKind.RMSPROP, Map.of("lr", 0.01, "momentum", 0.5, "centered", true)),
                OptimizerSpec.of(OptimizerKind.ADAM, Map.of("lr", 0.05)),
                OptimizerSpec.of(OptimizerKind.ADAM, Map.of("lr", 0.05, "amsgrad", true, "weight_decay", 0.1)),
                OptimizerSpec.of(OptimizerKind.ADAMW, Map.of("lr", 0.05, "weight_decay", 0.1)),
                OptimizerSpec.of(OptimizerKind.ADAMAX, Map.of("lr", 0.05)),
                OptimizerSpec.of(OptimizerKind.NADAM, Map.of("lr", 0.05)),
                OptimizerSpec.of(OptimizerKind.RADAM, Map.of("lr", 0.05)),
                OptimizerSpec.of(OptimizerKind.ADADELTA, Map.of("lr", 1.0, "weight_decay", 0.01)));
    }

    private static void near(double expected, double actual, String what) {
        double tol = 1e-12 * Math.max(1, Math.abs(expected));
        assertEquals(expected, actual, tol, what);
    }

    private static double bool(boolean b) {
        return b ? 1 : 0;
    }

    @ParameterizedTest
    @MethodSource("optimizers")
    void everyTermIsTheHandComputationFromThePreviousUpdate(OptimizerSpec optimizer) {
        ScheduleSpec schedule = ScheduleSpec.of(ScheduleKind.STEP_LR, Map.of("step_size", 10, "gamma", 0.5));
        RunPlan plan = RunPlan.of(new RunSpec(ROSENBROCK, -1.2, 1.5, STEPS,
                new Settings(optimizer, schedule, NoiseSpec.NONE)));
        Trajectory t = Simulator.run(plan);
        assertEquals(STEPS, t.lastStep(), "the run completes");
        UpdateTrace before = null;
        for (int k = 0; k < STEPS; k++) {
            UpdateTrace tr = Simulator.trace(plan, k).orElseThrow();
            assertEquals(optimizer.kind(), tr.kind());
            assertEquals(t.lr(k), tr.value(Term.LR), "lr of step " + k);
            for (int i = 0; i < 2; i++) {
                String at = optimizer + ", step " + k + ", coordinate " + i;
                assertEquals(i == 0 ? t.x(k) : t.y(k), tr.get(Term.POINT, i), at);
                assertEquals(i == 0 ? t.gradX(k) : t.gradY(k), tr.get(Term.GRADIENT, i), at);
                assertEquals(i == 0 ? t.x(k + 1) : t.y(k + 1), tr.get(Term.NEW_POINT, i), at + ": the next row");
                check(optimizer, tr, before, i, k, at);
            }
            before = tr;
        }
        assertTrue(Simulator.trace(plan, STEPS).isEmpty(), "the last row has no update");
        assertTrue(Simulator.trace(plan, -1).isEmpty());
    }

    /** The state a term had before this update: the previous update's value, or the optimizer's start. */
    private static double previous(UpdateTrace before, Term after, int i, double start) {
        return before == null ? start : before.get(after, i);
    }

    private static void check(OptimizerSpec optimizer, UpdateTrace tr, UpdateTrace before, int i, int k, String at) {
        var hp = optimizer.hyper();
        double lr = tr.value(Term.LR);
        double p = tr.get(Term.POINT, i);
        double g = tr.get(Term.GRADIENT, i);
        double t = k + 1;
        switch (optimizer.kind()) {
            case SGD -> {
                double mu = hp.real("momentum");
                double wd = hp.real("weight_decay");
                double d = g + wd * p;
                near(d, tr.get(Term.DECAYED_GRADIENT, i), at + " d");
                double dir = d;
                if (mu != 0) {
                    double buf;
                    if (before == null) {
                        assertFalse(tr.has(Term.BUFFER_BEFORE), "no buffer before the first update");
                        buf = d;
                    } else {
                        near(before.get(Term.BUFFER, i), tr.get(Term.BUFFER_BEFORE, i), at + " buffer kept");
                        buf = mu * tr.get(Term.BUFFER_BEFORE, i) + (1 - hp.real("dampening")) * d;
                    }
                    near(buf, tr.get(Term.BUFFER, i), at + " buffer");
                    dir = hp.flag("nesterov") ? d + mu * buf : buf;
                    assertEquals(bool(hp.flag("nesterov")), bool(tr.has(Term.NESTEROV_DIRECTION)));
                    if (hp.flag("nesterov")) {
                        near(dir, tr.get(Term.NESTEROV_DIRECTION, i), at + " nesterov direction");
                    }
                } else {
                    assertFalse(tr.has(Term.BUFFER));
                }
                near(lr, tr.get(Term.RATE, i), at + " rate");
                near(p - lr * dir, tr.get(Term.NEW_POINT, i), at + " p'");
            }
            case ADAGRAD -> {
                double d = g + hp.real("weight_decay") * p;
                double clr = lr / (1 + (t - 1) * hp.real("lr_decay"));
                near(clr, tr.value(Term.DECAYED_LR), at + " clr");
                double sum = previous(before, Term.SUM, i, hp.real("initial_accumulator_value"));
                near(sum, tr.get(Term.SUM_BEFORE, i), at + " sum kept");
                sum += d * d;
                near(sum, tr.get(Term.SUM, i), at + " sum");
                double rate = clr / (Math.sqrt(sum) + hp.real("eps"));
                near(rate, tr.get(Term.RATE, i), at + " rate");
                near(p - rate * d, tr.get(Term.NEW_POINT, i), at + " p'");
            }
            case RMSPROP -> {
                double a = hp.real("alpha");
                double mu = hp.real("momentum");
                double d = g;
                double sq = a * previous(before, Term.V, i, 0) + (1 - a) * d * d;
                near(sq, tr.get(Term.V, i), at + " square_avg");
                double avg;
                if (hp.flag("centered")) {
                    double ga = a * previous(before, Term.GRADIENT_MEAN, i, 0) + (1 - a) * d;
                    near(ga, tr.get(Term.GRADIENT_MEAN, i), at + " grad_avg");
                    avg = Math.sqrt(sq - ga * ga) + hp.real("eps");
                } else {
                    avg = Math.sqrt(sq) + hp.real("eps");
                }
                near(avg, tr.get(Term.DENOMINATOR, i), at + " avg");
                near(lr / avg, tr.get(Term.RATE, i), at + " rate");
                if (mu > 0) {
                    double buf = mu * previous(before, Term.BUFFER, i, 0) + d / avg;
                    near(buf, tr.get(Term.BUFFER, i), at + " buffer");
                    near(p - lr * buf, tr.get(Term.NEW_POINT, i), at + " p'");
                } else {
                    near(p - lr * d / avg, tr.get(Term.NEW_POINT, i), at + " p'");
                }
            }
            case ADAM, ADAMW -> {
                double b1 = hp.real("betas", 0);
                double b2 = hp.real("betas", 1);
                double wd = hp.real("weight_decay");
                boolean decoupled = optimizer.kind() == OptimizerKind.ADAMW;
                double d = decoupled ? g : g + wd * p;
                double start = decoupled ? p * (1 - lr * wd) : p;
                double m = b1 * previous(before, Term.M, i, 0) + (1 - b1) * d;
                double v = b2 * previous(before, Term.V, i, 0) + (1 - b2) * d * d;
                near(m, tr.get(Term.M, i), at + " m");
                near(v, tr.get(Term.V, i), at + " v");
                near(1 - Math.pow(b1, t), tr.value(Term.BIAS1), at + " 1 - b1^t");
                near(1 - Math.pow(b2, t), tr.value(Term.BIAS2), at + " 1 - b2^t");
                double second = v;
                if (hp.flag("amsgrad")) {
                    second = Math.max(previous(before, Term.V_MAX, i, 0), v);
                    near(second, tr.get(Term.V_MAX, i), at + " vmax");
                }
                double mHat = m / (1 - Math.pow(b1, t));
                double vHat = second / (1 - Math.pow(b2, t));
                near(mHat, tr.get(Term.M_HAT, i), at + " m-hat");
                near(vHat, tr.get(Term.V_HAT, i), at + " v-hat");
                double rate = lr / (Math.sqrt(vHat) + hp.real("eps"));
                near(rate, tr.get(Term.RATE, i), at + " rate");
                near(start - rate * mHat, tr.get(Term.NEW_POINT, i), at + " p'");
            }
            case ADAMAX -> {
                double b1 = hp.real("betas", 0);
                double m = b1 * previous(before, Term.M, i, 0) + (1 - b1) * g;
                double u = Math.max(hp.real("betas", 1) * previous(before, Term.U, i, 0), Math.abs(g) + hp.real("eps"));
                near(m, tr.get(Term.M, i), at + " m");
                near(u, tr.get(Term.U, i), at + " u");
                double mHat = m / (1 - Math.pow(b1, t));
                near(mHat, tr.get(Term.M_HAT, i), at + " m-hat");
                near(lr / u, tr.get(Term.RATE, i), at + " rate");
                near(p - lr / u * mHat, tr.get(Term.NEW_POINT, i), at + " p'");
            }
            case NADAM -> {
                double b1 = hp.real("betas", 0);
                double b2 = hp.real("betas", 1);
                double psi = hp.real("momentum_decay");
                double mu = b1 * (1 - 0.5 * Math.pow(0.96, t * psi));
                double muNext = b1 * (1 - 0.5 * Math.pow(0.96, (t + 1) * psi));
                double prod = (before == null ? 1 : before.value(Term.MU_PRODUCT)) * mu;
                near(mu, tr.value(Term.MU_T), at + " mu_t");
                near(muNext, tr.value(Term.MU_NEXT), at + " mu_t+1");
                near(prod, tr.value(Term.MU_PRODUCT), at + " prod");
                double m = b1 * previous(before, Term.M, i, 0) + (1 - b1) * g;
                double v = b2 * previous(before, Term.V, i, 0) + (1 - b2) * g * g;
                near(m, tr.get(Term.M, i), at + " m");
                near(v, tr.get(Term.V, i), at + " v");
                double vHat = v / (1 - Math.pow(b2, t));
                near(vHat, tr.get(Term.V_HAT, i), at + " v-hat");
                double rate = lr / (Math.sqrt(vHat) + hp.real("eps"));
                near(rate, tr.get(Term.RATE, i), at + " rate");
                double step = rate * ((1 - mu) / (1 - prod) * g + muNext / (1 - prod * mu * muNext) * m);
                near(p - step, tr.get(Term.NEW_POINT, i), at + " p'");
            }
            case RADAM -> {
                double b1 = hp.real("betas", 0);
                double b2 = hp.real("betas", 1);
                double m = b1 * previous(before, Term.M, i, 0) + (1 - b1) * g;
                double v = b2 * previous(before, Term.V, i, 0) + (1 - b2) * g * g;
                near(m, tr.get(Term.M, i), at + " m");
                near(v, tr.get(Term.V, i), at + " v");
                double mHat = m / (1 - Math.pow(b1, t));
                near(mHat, tr.get(Term.M_HAT, i), at + " m-hat");
                double rhoInf = 2 / (1 - b2) - 1;
                double rhoT = rhoInf - 2 * t * Math.pow(b2, t) / (1 - Math.pow(b2, t));
                near(rhoT, tr.value(Term.RHO_T), at + " rho_t");
                double rate = lr;
                if (rhoT > 5) {
                    double r = Math.sqrt((rhoT - 4) * (rhoT - 2) * rhoInf / ((rhoInf - 4) * (rhoInf - 2) * rhoT));
                    near(r, tr.value(Term.RECTIFICATION), at + " r");
                    rate = lr * r * Math.sqrt(1 - Math.pow(b2, t)) / (Math.sqrt(v) + hp.real("eps"));
                } else {
                    assertFalse(tr.has(Term.RECTIFICATION), at + " not rectified yet");
                }
                near(rate, tr.get(Term.RATE, i), at + " rate");
                near(p - rate * mHat, tr.get(Term.NEW_POINT, i), at + " p'");
            }
            case ADADELTA -> {
                double rho = hp.real("rho");
                double eps = hp.real("eps");
                double d = g + hp.real("weight_decay") * p;
                double sq = rho * previous(before, Term.V, i, 0) + (1 - rho) * d * d;
                double accBefore = previous(before, Term.ACC, i, 0);
                near(accBefore, tr.get(Term.ACC_BEFORE, i), at + " acc kept");
                double rate = lr * Math.sqrt(accBefore + eps) / Math.sqrt(sq + eps);
                double delta = rate / lr * d;
                near(sq, tr.get(Term.V, i), at + " square_avg");
                near(delta, tr.get(Term.DELTA, i), at + " delta");
                near(rho * accBefore + (1 - rho) * delta * delta, tr.get(Term.ACC, i), at + " acc");
                near(rate, tr.get(Term.RATE, i), at + " rate");
                near(p - lr * delta, tr.get(Term.NEW_POINT, i), at + " p'");
            }
            default -> throw new AssertionError("no hand computation for " + optimizer.kind());
        }
    }

    @ParameterizedTest
    @MethodSource("optimizers")
    void tracingChangesNothing(OptimizerSpec optimizer) {
        RunPlan plan = RunPlan.of(new RunSpec(ROSENBROCK, -1.2, 1.5, STEPS, Settings.of(optimizer)));
        Trajectory t = Simulator.run(plan);
        for (int k : List.of(0, 7, STEPS - 1)) {
            Simulator.trace(plan, k);
            Trajectory again = Simulator.run(plan);
            assertEquals(t.x(STEPS), again.x(STEPS));
            assertEquals(t.y(STEPS), again.y(STEPS));
        }
    }
}
