package org.downhill.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.downhill.param.InvalidParameterException;
import org.downhill.param.Param;
import org.junit.jupiter.api.Test;

/** Each schedule against the closed form of its documentation, over many steps and argument sets. */
class ScheduleKindTest {
    private static final double BASE = 0.1;

    private static void assertFollows(ScheduleSpec spec, IntToDoubleFunction closedForm, int steps) {
        ScheduleState s = spec.create().start(BASE);
        for (int k = 0; k <= steps; k++) {
            double expected = closedForm.applyAsDouble(k);
            assertEquals(expected, s.lr(), 1e-12 * Math.max(1e-3, Math.abs(expected)), spec.kind() + " at " + k);
            s.step(Double.NaN);
        }
    }

    @Test
    void stepAndMultiStepDecay() {
        assertFollows(ScheduleSpec.of(ScheduleKind.STEP_LR, Map.of("step_size", 7, "gamma", 0.5)),
                k -> BASE * Math.pow(0.5, k / 7), 100);
        assertFollows(ScheduleSpec.of(ScheduleKind.MULTI_STEP_LR, Map.of("milestones", List.of(30, 10, 30), "gamma", 0.3)),
                k -> BASE * Math.pow(0.3, (k >= 10 ? 1 : 0) + (k >= 30 ? 2 : 0)), 60);
        assertFollows(ScheduleSpec.of(ScheduleKind.EXPONENTIAL_LR, Map.of("gamma", 0.97)),
                k -> BASE * Math.pow(0.97, k), 300);
    }

    @Test
    void cosineAnnealingRisesAgainPastTMax() {
        assertFollows(ScheduleSpec.of(ScheduleKind.COSINE_ANNEALING_LR, Map.of("T_max", 40, "eta_min", 0.001)),
                k -> 0.001 + (BASE - 0.001) * (1 + Math.cos(Math.PI * k / 40)) / 2, 200);
    }

    @Test
    void warmRestartsWithGrowingPeriods() {
        assertFollows(ScheduleSpec.of(ScheduleKind.COSINE_ANNEALING_WARM_RESTARTS,
                Map.of("T_0", 10, "T_mult", 2, "eta_min", 0.0)), k -> {
                    int tI = 10;
                    int tCur = k;
                    while (tCur >= tI) {
                        tCur -= tI;
                        tI *= 2;
                    }
                    return BASE * (1 + Math.cos(Math.PI * tCur / tI)) / 2;
                }, 200);
    }

    @Test
    void linearAndPolynomial() {
        assertFollows(ScheduleSpec.of(ScheduleKind.LINEAR_LR, Map.of("start_factor", 0.2, "end_factor", 0.9,
                "total_iters", 25)), k -> BASE * (0.2 + 0.7 * Math.min(k, 25) / 25.0), 60);
        assertFollows(ScheduleSpec.of(ScheduleKind.POLYNOMIAL_LR, Map.of("total_iters", 50, "power", 2.0)),
                k -> BASE * Math.pow(1 - Math.min(k, 50) / 50.0, 2), 80);
    }

    @Test
    void cyclicWithAnAsymmetricCycle() {
        assertFollows(ScheduleSpec.of(ScheduleKind.CYCLIC_LR, Map.of("base_lr", 0.01, "max_lr", 0.1,
                "step_size_up", 5, "step_size_down", 15, "mode", "triangular2", "cycle_momentum", false)), k -> {
                    int cycle = k / 20;
                    int inCycle = k % 20;
                    double s = inCycle <= 5 ? inCycle / 5.0 : 1 - (inCycle - 5) / 15.0;
                    return 0.01 + 0.09 * s / Math.pow(2, cycle);
                }, 100);
    }

    @Test
    void oneCycleThreePhaseWithMomentum() {
        ScheduleSpec spec = ScheduleSpec.of(ScheduleKind.ONE_CYCLE_LR, Map.of("max_lr", 1.0, "total_steps", 100,
                "pct_start", 0.25, "anneal_strategy", "linear", "three_phase", true, "div_factor", 10.0,
                "final_div_factor", 100.0));
        ScheduleState s = spec.create().start(123);
        double[] lr = new double[101];
        double[] momentum = new double[101];
        for (int k = 0; k <= 100; k++) {
            lr[k] = s.lr();
            momentum[k] = s.momentum();
            s.step(Double.NaN);
        }
        assertEquals(0.1, lr[0], 1e-15);
        assertEquals(1.0, lr[24], 1e-12, "peak at pct_start * total - 1");
        assertEquals(0.1, lr[48], 1e-12, "back to the start at 2 pct_start * total - 2");
        assertEquals(0.001, lr[99], 1e-12, "the minimum at total - 1");
        assertEquals(0.95, momentum[0], 1e-15);
        assertEquals(0.85, momentum[24], 1e-12);
        assertEquals(0.95, momentum[48], 1e-12);
        assertEquals(0.95, momentum[80], 1e-15);
        assertTrue(spec.create().cyclesMomentum());
    }

    @Test
    void reduceOnPlateauCutsAfterPatience() {
        ScheduleState s = ScheduleSpec.of(ScheduleKind.REDUCE_LR_ON_PLATEAU, Map.of("patience", 2, "factor", 0.5,
                "cooldown", 1)).create().start(BASE);
        double[] losses = {5, 4, 4, 4, 4, 4, 4, 4, 4};
        double[] expected = {BASE, BASE, BASE, BASE, BASE, BASE / 2, BASE / 2, BASE / 2, BASE / 2, BASE / 4};
        assertEquals(expected[0], s.lr());
        for (int i = 0; i < losses.length; i++) {
            s.step(losses[i]);
            assertEquals(expected[i + 1], s.lr(), 1e-15, "after " + (i + 1) + " steps");
        }
        assertInstanceOf(LossDrivenSchedule.class, ScheduleSpec.of(ScheduleKind.REDUCE_LR_ON_PLATEAU).create());
    }

    @Test
    void warmupRampsThenHandsOverAndStaysLossDriven() {
        ScheduleSpec cosine = ScheduleSpec.of(ScheduleKind.COSINE_ANNEALING_LR, Map.of("T_max", 20))
                .withWarmup(new Warmup(10, 0.1));
        assertFollows(cosine, k -> k < 10 ? BASE * (0.1 + 0.9 * k / 10) : BASE * (1 + Math.cos(Math.PI * (k - 10) / 20)) / 2, 40);
        assertInstanceOf(LossDrivenSchedule.class, ScheduleSpec.of(ScheduleKind.REDUCE_LR_ON_PLATEAU)
                .withWarmup(new Warmup(5, 0.5)).create());
        assertFalse(cosine.create() instanceof LossDrivenSchedule);
    }

    @Test
    void describesEveryArgument() {
        for (ScheduleKind kind : ScheduleKind.values()) {
            assertEquals(kind, ScheduleKind.byName(kind.torchName().toLowerCase()));
            for (Param p : kind.schema().params()) {
                assertFalse(p.meaning().isBlank(), kind + "." + p.name());
            }
            kind.create(kind.schema().defaults()).start(BASE).lr();
        }
        assertEquals(ScheduleKind.CONSTANT, ScheduleKind.byName("none"));
    }

    @Test
    void rejectsBadArgumentsNamingThem() {
        assertEquals("Invalid value for start_factor: 0 (allowed: 0 < start_factor <= 1)",
                assertThrows(InvalidParameterException.class,
                        () -> ScheduleSpec.of(ScheduleKind.LINEAR_LR, Map.of("start_factor", 0.0))).getMessage());
        assertEquals("Invalid value for factor: 1 (allowed: 0 <= factor < 1)",
                assertThrows(InvalidParameterException.class,
                        () -> ScheduleSpec.of(ScheduleKind.REDUCE_LR_ON_PLATEAU, Map.of("factor", 1.0))).getMessage());
        assertTrue(assertThrows(InvalidParameterException.class, () -> ScheduleSpec.of(ScheduleKind.ONE_CYCLE_LR,
                Map.of("pct_start", 1.0))).getMessage().startsWith("OneCycleLR: pct_start * total_steps"));
        assertTrue(assertThrows(InvalidParameterException.class, () -> ScheduleKind.byName("Cosine"))
                .getMessage().startsWith("Unknown schedule 'Cosine'; known: constant, StepLR"));
    }

    @Test
    void readsTorchArguments() {
        Map<String, Object> args = new HashMap<>(Map.of("max_lr", 0.1, "epochs", 4, "steps_per_epoch", 25,
                "last_epoch", -1, "verbose", false));
        args.put("total_steps", null);
        assertEquals(100, TorchSchedules.fromTorch("OneCycleLR", args).args().integer("total_steps"));
        assertThrows(InvalidParameterException.class,
                () -> TorchSchedules.fromTorch("StepLR", Map.of("step_size", 5, "last_epoch", 3)));
        assertThrows(InvalidParameterException.class,
                () -> TorchSchedules.fromTorch("StepLR", Map.of("step_size", 5, "warmup", 3)));
        assertThrows(InvalidParameterException.class,
                () -> TorchSchedules.fromTorch("CyclicLR", Map.of("base_lr", 0.1, "max_lr", 1.0, "scale_fn", "f")));
    }
}
