package org.downhill.rangetest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.downhill.scenario.RangeTestCase;
import org.downhill.testing.RangeTestData;
import org.downhill.testing.ReferenceData;
import org.junit.jupiter.api.Test;

/** Every public range-test case reproduced by the core: rows, ending and suggestions, to 1e-9. */
class RangeTestReferenceTest {
    private static final double TOLERANCE = 1e-9;

    @Test
    void theManifestHoldsEveryCase() {
        List<RangeTestCase> cases = RangeTestData.cases();
        assertEquals(10, cases.size());
        assertTrue(cases.stream().anyMatch(c -> c.config().mode() == StepMode.STEPWISE));
        assertTrue(cases.stream().anyMatch(c -> c.config().mode() == StepMode.LINEAR));
    }

    @Test
    void reproducesEveryRowOfEveryCase() {
        for (RangeTestCase c : RangeTestData.cases()) {
            RangeTestResult r = RangeTest.run(c.run(), c.config());
            double[][] expected = RangeTestData.rows(c);
            assertEquals(expected.length, r.rows(), c.id() + ": rows");
            assertEquals(c.rows().intValue(), r.rows(), c.id() + ": rows in the manifest");
            for (int i = 0; i < r.rows(); i++) {
                double[] actual = {i, r.x(i), r.y(i), r.lr(i), r.loss(i), r.smoothed(i)};
                for (int j = 0; j < actual.length; j++) {
                    assertTrue(ReferenceData.close(actual[j], expected[i][j], TOLERANCE),
                            c.id() + " row " + i + " column " + j + ": " + actual[j] + " vs " + expected[i][j]);
                }
            }
            assertEquals(c.termination(), r.termination(), c.id());
            assertEquals(r.rows(), r.path().rows(), c.id() + ": the path has one row per iteration");
        }
    }

    @Test
    void reproducesEverySuggestion() {
        for (RangeTestCase c : RangeTestData.cases()) {
            Suggestions actual = RangeTest.run(c.run(), c.config()).suggestions();
            Suggestions expected = c.suggestions();
            assertClose(expected.steepest(), actual.steepest(), c.id() + " steepest");
            assertClose(expected.minimumDiv10(), actual.minimumDiv10(), c.id() + " minimum_div10");
            assertClose(expected.valley(), actual.valley(), c.id() + " valley");
            assertClose(expected.seedPick(), actual.seedPick(), c.id() + " seed_pick");
        }
    }

    private static void assertClose(OptionalDouble expected, OptionalDouble actual, String what) {
        assertEquals(expected.isPresent(), actual.isPresent(), what + ": " + actual);
        if (expected.isPresent()) {
            assertTrue(ReferenceData.close(actual.getAsDouble(), expected.getAsDouble(), TOLERANCE),
                    what + ": " + actual.getAsDouble() + " vs " + expected.getAsDouble());
        }
    }
}
