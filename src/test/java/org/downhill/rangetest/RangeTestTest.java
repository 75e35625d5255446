package org.downhill.rangetest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.downhill.landscape.CriticalPoint;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.param.InvalidParameterException;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import org.junit.jupiter.api.Test;

class RangeTestTest {

    private static RunSpec sgd(Landscape f, double x, double y) {
        return new RunSpec(f, x, y, 0, Settings.of(OptimizerSpec.of(OptimizerKind.SGD)));
    }

    @Test
    void theThreeModesRaiseTheRateByTheirFormulas() {
        RangeTestConfig exp = RangeTestConfig.towards(StepMode.EXP, 1e-6, 1, 60);
        assertEquals(1e-6, exp.lr(0));
        assertEquals(1e-3, exp.lr(30), 1e-18);
        assertEquals(1.0, exp.lr(60), 1e-15);
        RangeTestConfig linear = RangeTestConfig.towards(StepMode.LINEAR, 0.5, 2.5, 4);
        assertEquals(1.0, linear.lr(1));
        assertEquals(2.0, linear.lr(3));
        RangeTestConfig stepwise = RangeTestConfig.stepwise(0.01, 3, 4, 20);
        assertEquals(0.01, stepwise.lr(3));
        assertEquals(0.03, stepwise.lr(4), 1e-17);
        assertEquals(0.09, stepwise.lr(11), 1e-17);
    }

    @Test
    void eachRowUsesItsIterationsRateAndTheOptimizerKeepsItsState() {
        RangeTestConfig config = RangeTestConfig.towards(StepMode.LINEAR, 0.01, 0.05, 4).withStopRule(0, 100);
        Landscape bowl = Landscapes.byId("quadratic").create(Map.of("a", 1.0, "b", 1.0));
        RangeTestResult r = RangeTest.run(sgd(bowl, 1, 0), config);
        double x = 1;
        for (int i = 0; i < r.rows(); i++) {
            assertEquals(config.lr(i), r.lr(i));
            assertEquals(x, r.x(i), 1e-15);
            x -= config.lr(i) * x;
        }
        assertEquals(4, r.rows());
        assertEquals(RangeTermination.COMPLETED, r.termination());
    }

    @Test
    void theTestStopsAtTheFirstSmoothedLossAboveTheThresholdTimesTheBest() {
        Landscape bowl = Landscapes.byId("quadratic").create(Map.of("a", 1.0, "b", 10.0));
        RangeTestResult r = RangeTest.run(sgd(bowl, -2, 1.5), RangeTestConfig.towards(StepMode.EXP, 1e-4, 10, 200));
        assertEquals(RangeTermination.DIVERGED, r.termination());
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < r.rows(); i++) {
            best = Math.min(best, r.smoothed(i));
            boolean above = r.smoothed(i) > 5 * best;
            assertEquals(i == r.rows() - 1, above, "row " + i);
        }
        assertTrue(r.lr(r.rows() - 1) > 2.0 / 10, "it blows up past 2/L");
    }

    @Test
    void aBlowUpEndsTheTestWithANanSmoothedLoss() {
        Landscape bowl = Landscapes.byId("quadratic").create(Map.of("a", 1.0, "b", 10.0));
        RangeTestResult far = RangeTest.run(sgd(bowl, -2, 1.5),
                RangeTestConfig.stepwise(0.3, 1, 1, 2000).withStopRule(0, Double.MAX_VALUE));
        assertEquals(RangeTermination.MAGNITUDE, far.termination());
        int last = far.rows() - 1;
        assertTrue(Math.abs(far.y(last)) > 1e150 && Double.isFinite(far.loss(last)));
        assertTrue(Double.isNaN(far.smoothed(last)));
        assertTrue(Double.isFinite(far.smoothed(last - 1)));

        Landscape rosenbrock = Landscapes.byId("rosenbrock").create();
        RangeTestResult overflow = RangeTest.run(sgd(rosenbrock, -1.5, 2),
                RangeTestConfig.stepwise(0.01, 1, 1, 2000).withStopRule(0, Double.MAX_VALUE));
        assertEquals(RangeTermination.NONFINITE, overflow.termination());
        assertTrue(Double.isNaN(overflow.smoothed(overflow.rows() - 1)));
    }

    @Test
    void aboveTheLowestKnownValueTheRuleWorksWhereLossesAreNegative() {
        Landscape tang = Landscapes.byId("styblinski_tang").create();
        RunSpec run = sgd(tang, 0.5, 0.5);
        RangeTestConfig config = RangeTestConfig.towards(StepMode.EXP, 1e-4, 1, 100);
        RangeTestResult raw = RangeTest.run(run, config);
        assertTrue(raw.loss(0) < 0);
        assertEquals(1, raw.rows(), "with negative losses the raw rule fires at once: loss_0 > 5 * loss_0");
        assertEquals(RangeTermination.DIVERGED, raw.termination());

        RangeTestResult shifted = RangeTest.run(run, config.withAboveLowest(true));
        double lowest = tang.criticalPoints().stream().mapToDouble(CriticalPoint::value).min().orElseThrow();
        assertEquals(lowest, shifted.floor());
        assertTrue(shifted.rows() > 20, "rows: " + shifted.rows());
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < shifted.rows() - 1; i++) {
            best = Math.min(best, shifted.smoothed(i));
            assertTrue(shifted.smoothed(i) - lowest <= 5 * (best - lowest), "row " + i);
        }
    }

    @Test
    void badSettingsAreRefusedWithTheirNames() {
        assertThrows(InvalidParameterException.class, () -> RangeTestConfig.towards(StepMode.EXP, 0, 1, 10));
        assertThrows(InvalidParameterException.class, () -> RangeTestConfig.towards(StepMode.EXP, 1e-3, 1, 0));
        assertThrows(InvalidParameterException.class, () -> RangeTestConfig.stepwise(1e-3, 10, 0, 10));
        assertThrows(InvalidParameterException.class,
                () -> RangeTestConfig.towards(StepMode.LINEAR, 1e-3, 1, 10).withStopRule(1, 5));
        assertThrows(InvalidParameterException.class,
                () -> RangeTestConfig.towards(StepMode.LINEAR, 1e-3, 1, 10).withStopRule(0.05, Double.NaN));
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> RangeTestConfig.towards(StepMode.EXP, 1e-3, Double.POSITIVE_INFINITY, 10));
        assertTrue(e.getMessage().contains("end_lr"), e.getMessage());
        assertThrows(InvalidParameterException.class, () -> StepMode.byId("log"));
    }
}
