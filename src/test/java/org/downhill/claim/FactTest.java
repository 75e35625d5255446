package org.downhill.claim;

import static org.downhill.claim.TestRuns.X0;
import static org.downhill.claim.TestRuns.Y0;
import static org.downhill.claim.TestRuns.analyticLoss;
import static org.downhill.claim.TestRuns.measure;
import static org.downhill.claim.TestRuns.sgd;
import static org.downhill.claim.TestRuns.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.param.InvalidParameterException;
import org.downhill.schedule.ScheduleKind;
import org.downhill.schedule.ScheduleSpec;
import org.downhill.sim.RunPlan;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import org.junit.jupiter.api.Test;

/**
 * Each fact against a value worked out independently: SGD on the quadratic 0.5*(x^2 + 10*y^2) has
 * the closed form x_k = x0*(1 - lr)^k, y_k = y0*(1 - 10*lr)^k.
 */
class FactTest {

    private static boolean holds(Measurements m, String claim) {
        return Claim.parse(claim).check(m).holds();
    }

    @Test
    void stepsToIsTheFirstStepFromWhichTheLossStaysBelow() {
        double lr = 0.05;
        Measurements m = measure("A", sgd(lr, 200));
        for (double eps : new double[] {1, 1e-3, 1e-8}) {
            int expected = 0;
            for (int k = 200; k >= 0; k--) {
                if (!(analyticLoss(lr, k) < eps)) {
                    expected = k + 1;
                    break;
                }
            }
            assertEquals(expected, value(m, "steps_to('A', " + eps + ")"), 0, "eps " + eps);
        }
        assertEquals(Double.POSITIVE_INFINITY, value(m, "steps_to('A', 1e-40)"));
    }

    @Test
    void aRunThatBlowsUpNeverGetsThere() {
        Measurements m = measure("A", sgd(0.5, 2000));
        assertEquals(Double.POSITIVE_INFINITY, value(m, "steps_to('A', 1e9)"));
        assertTrue(value(m, "steps('A')") < 2000, "the stop rule ended it early");
        assertTrue(holds(m, "diverged('A')"));
        assertTrue(value(m, "distance('A')") > 1e150, "stopped where |x| or |y| passed 1e150");
    }

    @Test
    void divergedMeansTheLossEndsHigherThanItStarted() {
        assertTrue(holds(measure("A", sgd(0.21, 30)), "diverged('A')"));
        assertFalse(holds(measure("A", sgd(0.19, 30)), "diverged('A')"));
    }

    @Test
    void lossAndDistanceFollowTheClosedForm() {
        double lr = 0.05;
        Measurements m = measure("A", sgd(lr, 40));
        assertEquals(analyticLoss(lr, 40), value(m, "loss('A')"), 1e-12);
        assertEquals(analyticLoss(lr, 7), value(m, "loss_at('A', 7)"), 1e-12);
        assertEquals(Math.hypot(X0 * Math.pow(1 - lr, 40), Y0 * Math.pow(1 - 10 * lr, 40)), value(m, "distance('A')"),
                1e-12);
        assertEquals(Math.hypot(X0, Y0), value(m, "distance_at('A', 0)"), 1e-12);
        assertEquals(Math.hypot(X0 * Math.pow(1 - lr, 40) - 1, Y0 * Math.pow(1 - 10 * lr, 40) - 2),
                value(m, "distance_to('A', 1, 2)"), 1e-12);
        assertEquals(40, value(m, "steps('A')"));
    }

    @Test
    void aStepBeyondTheRunIsNotANumber() {
        Measurements m = measure("A", sgd(0.05, 40));
        assertTrue(Double.isNaN(value(m, "loss_at('A', 41)")));
        assertTrue(Double.isNaN(value(m, "loss_at('A', 2.5)")));
        assertFalse(Claim.parse("loss_at('A', 41) < 1e300").check(m).holds());
    }

    @Test
    void crossingsCountTheVisibleSignChangesAcrossTheValley() {
        // lr 0.15: y_k = 2*(-0.5)^k flips sign at every step; x shrinks without crossing. A crossing
        // counts while |y_{k-1}| + |y_k| spans 1% of the default window's diagonal.
        Landscape f = TestRuns.QUADRATIC;
        double visible = 0.01 * Math.hypot(f.defaultWindow().width(), f.defaultWindow().height());
        int expected = 0;
        for (int k = 1; k <= 100; k++) {
            if (Y0 * Math.pow(0.5, k - 1) + Y0 * Math.pow(0.5, k) >= visible) {
                expected++;
            }
        }
        assertTrue(expected > 3);
        assertEquals(expected, value(measure("A", sgd(0.15, 100)), "crossings('A', 100)"));
        assertEquals(2, value(measure("A", sgd(0.15, 100)), "crossings('A', 2)"));
        assertEquals(0, value(measure("A", sgd(0.05, 100)), "crossings('A', 100)"));
    }

    @Test
    void theRateOfACoordinateIsItsStepOverItsGradient() {
        Measurements m = measure("SGD", sgd(0.05, 10), "Adagrad", TestRuns.plan(TestRuns.QUADRATIC, X0, Y0, 10,
                OptimizerSpec.of(OptimizerKind.ADAGRAD, Map.of("lr", 0.5))));
        assertEquals(0.05, value(m, "rate_x('SGD', 3)"), 1e-15);
        assertEquals(0.05, value(m, "rate_y('SGD', 3)"), 1e-15);
        // Adagrad's first step: sum = g^2, step = lr*g/(sqrt(sum) + eps), so the rate is lr/(|g| + eps)
        assertEquals(0.5 / (Math.abs(X0) + 1e-10), value(m, "rate_x('Adagrad', 0)"), 1e-12);
        assertEquals(0.5 / (10 * Math.abs(Y0) + 1e-10), value(m, "rate_y('Adagrad', 0)"), 1e-12);
        assertTrue(Double.isNaN(value(m, "rate_x('SGD', 10)")), "the last row has no step");
    }

    @Test
    void settingsAndTheScheduleAreRead() {
        OptimizerSpec momentum = OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", 0.1, "momentum", 0.9));
        ScheduleSpec step = ScheduleSpec.of(ScheduleKind.STEP_LR, Map.of("step_size", 10, "gamma", 0.5));
        RunPlan plan = RunPlan.of(new RunSpec(TestRuns.QUADRATIC, X0, Y0, 30,
                new Settings(momentum, step, org.downhill.sim.NoiseSpec.NONE)));
        Measurements m = measure("M", plan);
        assertEquals(0.1, value(m, "lr('M')"));
        assertEquals(0.9, value(m, "hp('M', 'momentum')"));
        assertEquals(0.1, value(m, "lr_at('M', 9)"), 1e-15);
        assertEquals(0.05, value(m, "lr_at('M', 10)"), 1e-15);
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> value(m, "hp('M', 'betas')"));
        assertTrue(e.getMessage().contains("no real hyper-parameter 'betas'"), e.getMessage());
    }

    @Test
    void theLandscapeIsMeasuredAtItsGlobalMinimum() {
        Measurements m = measure("A", sgd(0.1, 10));
        assertEquals(10, value(m, "L()"), 1e-12);
        assertEquals(1, value(m, "mu()"), 1e-12);
        assertEquals(0, value(m, "min_loss()"), 0);
        Landscape saddle = Landscapes.byId("saddle").create();
        Measurements s = measure("A", TestRuns.plan(saddle, 1, 0, 10, OptimizerSpec.of(OptimizerKind.SGD)));
        assertTrue(Double.isNaN(value(s, "L()")), "a saddle has no minimum");
        assertEquals(Double.POSITIVE_INFINITY, value(s, "distance('A')"));
    }

    @Test
    void aRunStuckInALocalMinimumIsNearItAndFarFromTheGlobalOne() {
        Landscape wells = Landscapes.byId("multi_well").create();
        Measurements m = measure("A", TestRuns.plan(wells, -3.5, 3.5, 300,
                OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", 0.1))));
        assertTrue(value(m, "local_distance('A')") < 1e-6);
        assertTrue(value(m, "distance('A')") > 3);
        assertEquals(Double.POSITIVE_INFINITY, value(measure("A", sgd(0.1, 10)), "local_distance('A')"),
                "the quadratic has no local minimum");
    }

    @Test
    void anUnknownOrAmbiguousRunIsNamed() {
        Measurements m = measure("A", sgd(0.1, 10), "B", sgd(0.1, 10), "B", sgd(0.2, 10));
        InvalidParameterException unknown = assertThrows(InvalidParameterException.class, () -> value(m, "lr('C')"));
        assertTrue(unknown.getMessage().contains("no run named 'C' (runs: A, B, B)"), unknown.getMessage());
        InvalidParameterException twice = assertThrows(InvalidParameterException.class, () -> value(m, "lr('B')"));
        assertTrue(twice.getMessage().contains("2 runs are named 'B'"), twice.getMessage());
    }

    @Test
    void aVerdictListsEveryMeasuredFactOnce() {
        Measurements m = measure("A", sgd(0.05, 100), "B", sgd(0.01, 100));
        Verdict v = Claim.parse("steps_to('A', 1e-3) < steps_to('B', 1e-3) and steps_to('A', 1e-3) > 0").check(m);
        assertTrue(v.holds());
        assertEquals(2, v.measured().size());
        assertEquals("steps_to('A', 1e-3)", v.measured().get(0).fact());
        assertEquals(value(m, "steps_to('A', 1e-3)"), v.measured().get(0).value());
        assertEquals(Double.POSITIVE_INFINITY, v.measured().get(1).value());
        assertTrue(v.toString().startsWith("holds: "), v.toString());
        assertFalse(Claim.parse("steps_to('B', 1e-3) < 100").check(m).holds());
    }
}
