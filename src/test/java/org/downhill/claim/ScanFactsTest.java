package org.downhill.claim;

import static org.downhill.claim.TestRuns.measure;
import static org.downhill.claim.TestRuns.sgd;
import static org.downhill.claim.TestRuns.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.param.InvalidParameterException;
import org.downhill.rangetest.RangeTest;
import org.downhill.rangetest.RangeTestConfig;
import org.downhill.rangetest.StepMode;
import org.downhill.rangetest.Suggestions;
import org.downhill.sim.RunPlan;
import org.downhill.sweep.LrScan;
import org.downhill.sweep.Sweeper;
import org.junit.jupiter.api.Test;

/** The facts on a run's lr scan and range test, against the theory of gradient descent on a quadratic and the tools run directly. */
class ScanFactsTest {
    private static final double[] GRID = LrSweep.lrs();

    /** The first rate of the claims' grid above v. */
    private static double firstAbove(double v) {
        for (double lr : GRID) {
            if (lr > v) {
                return lr;
            }
        }
        throw new AssertionError();
    }

    @Test
    void onTheQuadraticTheScanDivergesFromTwoOverLOnAndConvergesBelowIt() {
        Measurements m = measure("A", sgd(0.1, 150));
        double edge = 2.0 / 10;
        assertEquals(firstAbove(edge), value(m, "scan_smallest_diverging('A')"), 1e-15);
        double largest = value(m, "scan_largest_good('A')");
        assertTrue(largest < edge && largest > 0.9 * edge, "largest good " + largest);
        double smallest = value(m, "scan_smallest_good('A')");
        assertTrue(smallest > GRID[0] && smallest < largest, "smallest good " + smallest);
        // the fastest converging rate lies near 2/(L + mu) = 2/11, below the edge
        double fastest = value(m, "scan_fastest('A')");
        assertTrue(Math.abs(fastest / (2.0 / 11) - 1) < 0.1, "fastest " + fastest);
        LrScan scan = LrScan.run(Sweeper.sameThread(), sgd(0.1, 150).spec(), LrSweep.LOWEST, LrSweep.HIGHEST,
                LrSweep.POINTS, new org.downhill.sweep.Cancellation(), org.downhill.sweep.Progress.NONE);
        assertEquals(scan.lr(scan.smallestGood().getAsInt()), smallest);
        assertEquals(scan.lr(scan.largestGood().getAsInt()), largest);
        assertEquals(scan.lr(scan.fastest().getAsInt()), fastest);
    }

    @Test
    void aLandscapeParameterCanBeChangedForTheScan() {
        Landscape bowl = Landscapes.byId("bowl").create();
        RunPlan plan = TestRuns.plan(bowl, -2, 1.5, 200, OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", 0.1)));
        Measurements m = measure("A", plan);
        double wide = value(m, "scan_largest_good_with('A', 'condition', 10) / scan_smallest_good_with('A', 'condition', 10)");
        double narrow = value(m, "scan_largest_good_with('A', 'condition', 100) / scan_smallest_good_with('A', 'condition', 100)");
        assertTrue(wide > 3 * narrow, "range at condition 10: " + wide + ", at 100: " + narrow);
        Landscape changed = bowl.family().create(bowl.params().with("condition", 100.0));
        Measurements direct = measure("A", TestRuns.plan(changed, -2, 1.5, 200,
                OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", 0.1))));
        assertEquals(value(direct, "scan_smallest_good('A')"), value(m, "scan_smallest_good_with('A', 'condition', 100)"));
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> value(m, "scan_largest_good_with('A', 'kappa', 100)"));
        assertTrue(e.getMessage().contains("no parameter 'kappa'"), e.getMessage());
    }

    @Test
    void theRangeTestIsTheCommandsAboveTheLowestValueFromTheRunsRate() {
        RunPlan plan = sgd(1e-4, 150);
        Measurements m = measure("A", plan);
        Suggestions s = RangeTest.run(plan.spec(), RangeTestConfig.towards(StepMode.EXP, 1e-4, 10, 100)
                .withAboveLowest(true)).suggestions();
        assertEquals(s.valley().getAsDouble(), value(m, "range_test('A', 'valley')"));
        assertEquals(s.steepest().getAsDouble(), value(m, "range_test('A', 'steepest')"));
        assertEquals(s.minimumDiv10().getAsDouble(), value(m, "range_test('A', 'minimum_div10')"));
        assertTrue(value(m, "range_test('A', 'valley')") < 2.0 / 10, "the valley lies below the edge");
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> value(m, "range_test('A', 'lowest')"));
        assertTrue(e.getMessage().contains("known: steepest, minimum_div10, valley"), e.getMessage());
    }

    @Test
    void theLargestRateThatGetsThereIsTheTopOfTheSweepsGoodRates() {
        Measurements m = measure("A", sgd(0.1, 150));
        double largest = value(m, "largest_lr('A', 1e-6)");
        assertTrue(largest < 0.2 && largest >= value(m, "fastest_lr('A', 1e-6)"), "largest " + largest);
        assertTrue(Claim.parse("largest_lr('A', 1e-6) <= scan_largest_good('A')").check(m).holds());
    }
}
