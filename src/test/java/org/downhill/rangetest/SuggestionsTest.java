package org.downhill.rangetest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    /** fastai's valley, literally: the double loop with the update of max_end inside the inner loop. */
    private static int fastaiValley(double[] s) {
        int n = s.length;
        int[] lds = new int[n];
        java.util.Arrays.fill(lds, 1);
        int maxStart = 0;
        int maxEnd = 0;
        for (int i = 1; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (s[i] < s[j] && lds[i] < lds[j] + 1) {
                    lds[i] = lds[j] + 1;
                }
                if (lds[maxEnd] < lds[i]) {
                    maxEnd = i;
                    maxStart = maxEnd - lds[maxEnd];
                }
            }
        }
        double sections = (maxEnd - maxStart) / 3.0;
        int index = maxStart + (int) sections + (int) (sections / 2);
        return index < 0 ? index + n : index;
    }

    @Test
    void valleyAgreesWithFastaisDoubleLoopOnRandomSequences() {
        Random random = new Random(7);
        for (int trial = 0; trial < 3000; trial++) {
            int n = 3 + random.nextInt(60);
            double[] s = new double[n];
            int kind = trial % 4;
            for (int k = 0; k < n; k++) {
                s[k] = switch (kind) {
                    case 0 -> random.nextGaussian();
                    case 1 -> random.nextInt(4);
                    case 2 -> 10 - k + 3 * random.nextGaussian();
                    default -> k < n / 2 ? -k : random.nextInt(3);
                };
            }
            assertEquals(fastaiValley(s), Suggestions.valley(s), java.util.Arrays.toString(s));
        }
    }

    @Test
    void valleyCountsANegativeIndexFromTheEndAsPythonDoes() {
        double[] s = {2, 1, 3, 4, 5};
        assertEquals(4, fastaiValley(s));
        assertEquals(4, Suggestions.valley(s));
        assertEquals(0, Suggestions.valley(new double[] {1, 1, 1}));
        assertEquals(-1, Suggestions.valley(new double[] {3, 2}));
    }

    @Test
    void steepestIsTheFirstSmallestNumpyGradient() {
        assertEquals(1, Suggestions.steepest(new double[] {5, 4, 1, 0.5}));
        assertEquals(0, Suggestions.steepest(new double[] {2, 1}));
        assertEquals(3, Suggestions.steepest(new double[] {0, 0, 0, -1}));
        assertEquals(0, Suggestions.steepest(new double[] {4, 3, 2, 1}));
        assertEquals(-1, Suggestions.steepest(new double[] {1}));
        assertEquals(0, Suggestions.steepest(new double[] {1, 1, 1}));
    }

    @Test
    void firstMinimumTakesTheFirstOfEqualValues() {
        assertEquals(1, Suggestions.firstMinimum(new double[] {3, 1, 2, 1}));
        assertEquals(-1, Suggestions.firstMinimum(new double[0]));
    }

    private static RunSpec bowl() {
        return new RunSpec(Landscapes.byId("quadratic").create(Map.of("a", 1.0, "b", 10.0)), -2, 1.5, 0,
                Settings.of(OptimizerSpec.of(OptimizerKind.SGD)));
    }

    @Test
    void theSeedPickIsTheLevelBelowTheFirstOneWhoseLossRises() {
        RangeTestConfig config = RangeTestConfig.stepwise(3e-3, 10, 5, 40).withStopRule(0, Double.MAX_VALUE);
        RangeTestResult r = RangeTest.run(bowl(), config);
        assertEquals(RangeTermination.COMPLETED, r.termination());
        // L = 10: level 1 (lr 0.03) is below 2/L and converges, level 2 (lr 0.3) is above it and blows up.
        double belowEdge = config.lr(5);
        assertTrue(belowEdge < 0.2 && config.lr(10) > 0.2);
        assertEquals(belowEdge, r.suggestions().seedPick().getAsDouble(), 1e-17);
    }

    @Test
    void noSeedPickWhereTheLossNeverRisesOrTheModeIsNotStepwise() {
        RangeTestResult calm = RangeTest.run(bowl(), RangeTestConfig.stepwise(1e-4, 2, 5, 30));
        assertEquals(RangeTermination.COMPLETED, calm.termination());
        assertFalse(calm.suggestions().seedPick().isPresent());
        RangeTestResult oneRow = RangeTest.run(bowl(), RangeTestConfig.stepwise(1, 10, 5, 1));
        assertEquals(1, oneRow.rows());
        assertFalse(oneRow.suggestions().seedPick().isPresent());
        RangeTestResult exp = RangeTest.run(bowl(), RangeTestConfig.towards(StepMode.EXP, 1e-4, 10, 100));
        assertFalse(exp.suggestions().seedPick().isPresent());
        assertTrue(exp.suggestions().steepest().isPresent());
    }

    @Test
    void aShortTestHasNoWindowAndSoNoSuggestionsButTheSeedPick() {
        RangeTestResult r = RangeTest.run(bowl(), RangeTestConfig.stepwise(0.01, 10, 3, 15)
                .withStopRule(0, Double.MAX_VALUE));
        assertEquals(15, r.rows());
        Suggestions s = r.suggestions();
        assertFalse(s.steepest().isPresent());
        assertFalse(s.minimumDiv10().isPresent());
        assertFalse(s.valley().isPresent());
        assertTrue(s.seedPick().isPresent());
    }
}
