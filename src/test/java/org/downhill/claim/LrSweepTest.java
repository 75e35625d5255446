package org.downhill.claim;

import static org.downhill.claim.TestRuns.analyticLoss;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ForkJoinPool;
import org.downhill.sweep.Sweeper;
import org.junit.jupiter.api.Test;

/**
 * The sweep against the same sweep done with the closed form of SGD on the quadratic (loss after
 * k steps at rate lr), so that the search itself is checked, not the simulator.
 */
class LrSweepTest {
    private static final int STEPS = 120;
    private static final double EPS = 1e-6;

    /** The steps to a loss that stays below EPS to step STEPS, from the closed form; infinity if never. */
    private static double stepsTo(double lr) {
        if (!(analyticLoss(lr, STEPS) < EPS)) {
            return Double.POSITIVE_INFINITY;
        }
        int k = STEPS;
        while (k > 0 && analyticLoss(lr, k - 1) < EPS) {
            k--;
        }
        return k;
    }

    private static double gridLr(int i) {
        return LrSweep.LOWEST * Math.pow(10, i / (double) LrSweep.PER_DECADE);
    }

    @Test
    void findsTheFastestRateAndTheStretchOfRatesThatGetThere() {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < LrSweep.POINTS; i++) {
            best = Math.min(best, stepsTo(gridLr(i)));
        }
        int firstBest = -1;
        int lastBest = -1;
        int low = -1;
        int high = -1;
        for (int i = 0; i < LrSweep.POINTS; i++) {
            double s = stepsTo(gridLr(i));
            if (s == best) {
                firstBest = firstBest < 0 ? i : firstBest;
                lastBest = i;
            }
            if (s < Double.POSITIVE_INFINITY) {
                low = low < 0 ? i : low;
                high = i;
            }
        }
        LrSweep sweep = LrSweep.of(Sweeper.sameThread(), TestRuns.sgd(0.1, STEPS), new Minima(TestRuns.QUADRATIC), EPS);
        assertEquals(best, sweep.fastestSteps());
        assertEquals(gridLr(high), sweep.largestLr(), 1e-12 * gridLr(high));
        assertEquals(Math.sqrt(gridLr(firstBest) * gridLr(lastBest)), sweep.fastestLr(), 1e-12);
        assertEquals(gridLr(high) / gridLr(low), sweep.goodRange(), 1e-9);
        // gradient descent on a quadratic converges at most for lr < 2/L, fastest near 2/(L + mu)
        assertTrue(gridLr(high) < 0.2);
        assertTrue(Math.abs(sweep.fastestLr() / (2.0 / 11) - 1) < 0.05, "fastest " + sweep.fastestLr());
    }

    @Test
    void whenNoRateGetsThereThereIsNoFastest() {
        LrSweep sweep = LrSweep.of(Sweeper.sameThread(), TestRuns.sgd(0.1, 3), new Minima(TestRuns.QUADRATIC), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, sweep.fastestSteps());
        assertTrue(Double.isNaN(sweep.fastestLr()));
        assertTrue(Double.isNaN(sweep.goodRange()));
        assertTrue(Double.isNaN(sweep.largestLr()));
    }

    @Test
    void onEveryCoreTheSweepFindsTheSameAsOnOneThread() {
        Minima minima = new Minima(TestRuns.QUADRATIC);
        LrSweep one = LrSweep.of(Sweeper.sameThread(), TestRuns.sgd(0.1, STEPS), minima, EPS);
        LrSweep all = LrSweep.of(new Sweeper(ForkJoinPool.commonPool(), 3), TestRuns.sgd(0.1, STEPS), minima, EPS);
        assertEquals(one.fastestSteps(), all.fastestSteps());
        assertEquals(one.fastestLr(), all.fastestLr());
        assertEquals(one.goodRange(), all.goodRange());
        assertEquals(one.largestLr(), all.largestLr());
    }
}
