package org.downhill.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.param.NumberText;
import org.downhill.schedule.ScheduleKind;
import org.downhill.schedule.ScheduleSpec;
import org.downhill.sim.NoiseSpec;
import org.downhill.sim.RunPlan;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import org.downhill.sim.Simulator;
import org.downhill.sim.Trajectory;
import org.junit.jupiter.api.Test;

/**
 * The loss chart's offset and title on landscapes with negative values; the learning-rate chart
 * goes logarithmic when the schedule spans more than a decade.
 */
class MetricTest {
    @Test
    void theLossTitleNamesTheOffsetWhenTheFloorIsNegative() {
        Landscape camel = Landscapes.byId("six_hump_camel").create();
        double floor = Metric.floor(camel);
        assertTrue(floor < -1, "six-hump camel's minima are near -1.03: " + floor);
        assertEquals("f \u2212 f*,  f* = \u2212" + NumberText.significant(-floor, 3),
                Metric.LOSS.title(camel));
        assertEquals("loss", Metric.LOSS.title(Landscapes.byId("rosenbrock").create()));
    }

    @Test
    void aValueWithinRoundingBelowTheFloorCountsAsZeroButARealFallDoesNot() {
        double floor = -78.33;
        double tiny = floor - 1e-12;
        assertEquals(0, Metric.aboveFloor(tiny, floor));
        assertEquals(-1, Metric.aboveFloor(floor - 1, floor), 1e-12);
        assertEquals(2, Metric.aboveFloor(floor + 2, floor), 1e-12);
    }

    /** The decades the learning rates of a run span, gathered as the chart gathers them. */
    private static double decades(ScheduleSpec schedule) {
        Trajectory t = Simulator.run(RunPlan.of(new RunSpec(Landscapes.byId("quadratic").create(), -2, 1.5, 100,
                new Settings(OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", 0.05)), schedule, NoiseSpec.NONE))));
        AxisRange range = new AxisRange(true);
        for (int k = 0; k <= t.lastStep(); k++) {
            range.add(Metric.LEARNING_RATE.value(t, k, 0));
        }
        return range.decades();
    }

    @Test
    void aScheduleThatFallsByMoreThanTenIsOnALogAxisAConstantOrAHalvingIsNot() {
        double constant = decades(ScheduleSpec.of(ScheduleKind.CONSTANT, Map.of()));
        assertEquals(0, constant);
        assertFalse(Metric.LEARNING_RATE.logAxis(constant));
        double halved = decades(ScheduleSpec.of(ScheduleKind.STEP_LR, Map.of("step_size", 60, "gamma", 0.5)));
        assertEquals(Math.log10(2), halved, 1e-12);
        assertFalse(Metric.LEARNING_RATE.logAxis(halved));
        double exponential = decades(ScheduleSpec.of(ScheduleKind.EXPONENTIAL_LR, Map.of("gamma", 0.95)));
        assertTrue(exponential > 2, "0.95^99 is below 1/100: " + exponential);
        assertTrue(Metric.LEARNING_RATE.logAxis(exponential));
        assertTrue(Metric.LOSS.logAxis(0) && Metric.GRADIENT_NORM.logAxis(0), "always log");
    }

    @Test
    void decadesOfARange() {
        AxisRange linear = new AxisRange(false);
        linear.add(0);
        linear.add(2);
        assertEquals(Double.POSITIVE_INFINITY, linear.decades(), "0 and above: no finite span");
        AxisRange log = new AxisRange(true);
        log.add(0);
        log.add(0.5);
        assertEquals(0, log.decades(), "one positive value");
        log.add(50);
        assertEquals(2, log.decades(), 1e-12);
    }

    @Test
    void theLossChartOfARunOnDataHasItsBatchLossBesideTheFullDataLoss() {
        org.downhill.data.ModelLandscape faithful = org.downhill.data.ModelLandscape.of(
                org.downhill.data.Model.LINEAR, org.downhill.scenario.DataSets.byName("faithful").data(),
                java.util.List.of("eruptions", "waiting"), true);
        org.downhill.sim.Batching b = org.downhill.sim.Batching.of(8, true, 1);
        Trajectory t = Simulator.run(new RunSpec(faithful, 0, 0, 100,
                Settings.of(OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", 0.1))), b));
        assertTrue(Metric.LOSS.hasBatchSeries(t));
        assertFalse(Metric.LEARNING_RATE.hasBatchSeries(t));
        double floor = Metric.floor(faithful);
        int differ = 0;
        for (int k = 0; k <= t.lastStep(); k++) {
            assertEquals(t.batchLoss(k), Metric.LOSS.batchValue(t, k, floor));
            assertEquals(t.loss(k), Metric.LOSS.value(t, k, floor), "the solid line is the full-data loss");
            differ += t.batchLoss(k) != t.loss(k) ? 1 : 0;
        }
        assertTrue(differ > 90, "batches of 8 rows have their own losses: " + differ);
        Trajectory formula = Simulator.run(new RunSpec(Landscapes.byId("quadratic").create(), 1, 1, 10,
                Settings.of(OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", 0.1)))));
        assertFalse(Metric.LOSS.hasBatchSeries(formula));
        assertTrue(Double.isNaN(Metric.LOSS.batchValue(formula, 0, 0)));
    }
}
