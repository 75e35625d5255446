package org.downhill.rangetest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.downhill.data.LargestLearningRate;
import org.downhill.data.ModelLandscape;
import org.downhill.landscape.CriticalPoint;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.param.InvalidParameterException;
import org.downhill.scenario.DataSets;
import org.downhill.sim.BatchPlan;
import org.downhill.sim.Batching;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import org.downhill.sim.Simulator;
import org.downhill.sim.Trajectory;
import org.junit.jupiter.api.Test;

/**
 * The range test on data as practitioners run it: one rate per mini-batch step over a few epochs,
 * the noisy batch losses recorded, and suggestions that train the shipped sets.
 */
class DataRangeTestTest {
    /** The target of the batch-size sweep ({@code lr-vs-batch}, the lesson): 1.05 times the minimum's loss. */
    private static final double TARGET = 1.05;
    private static final int EPOCHS = 20;
    private static final int SEEDS = 5;

    private static ModelLandscape model(DataSets.Entry e, boolean standardize) {
        return ModelLandscape.of(e.model(), e.data(), e.data().table().names(), standardize);
    }

    private static RunSpec run(ModelLandscape f, Batching b) {
        double[] p = f.suggestedStart();
        return new RunSpec(f, p[0], p[1], 0, Settings.of(OptimizerSpec.of(OptimizerKind.SGD)), b);
    }

    /** The app's and the command line's default test on data: exp from 1e-6 to 10 over the default epochs. */
    private static RangeTestResult test(RunSpec spec) {
        return RangeTest.run(spec, RangeTestConfig.towards(StepMode.EXP, 1e-6, 10,
                DataRangeTest.iterations(spec, DataRangeTest.defaultEpochs(spec))));
    }

    private static double minimum(ModelLandscape f) {
        return f.criticalPoints().stream().filter(c -> c.kind().isMinimum()).mapToDouble(CriticalPoint::value).min()
                .orElseThrow();
    }

    /** The largest full-data loss after 20 epochs at lr in batches of the run's size, shuffled with seeds 1 to 5. */
    private static double worstFinalLoss(RunSpec spec, double lr) {
        double worst = 0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            Batching b = Batching.of(spec.batching().size(), true, seed);
            Trajectory t = Simulator.run(new RunSpec(spec.landscape(), spec.startX(), spec.startY(),
                    b.steps(((ModelLandscape) spec.landscape()).rows(), EPOCHS),
                    Settings.of(OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", lr))), b));
            worst = Math.max(worst, t.termination().diverged() ? Double.POSITIVE_INFINITY : t.loss(t.lastStep()));
        }
        return worst;
    }

    @Test
    void oneRatePerMiniBatchStepThroughTheEpochsWithTheBatchLossRecorded() {
        ModelLandscape f = model(DataSets.byName("faithful"), true);
        RunSpec spec = run(f, Batching.of(16, true, 4));
        BatchPlan plan = spec.batchPlan();
        assertEquals(17, plan.batchesPerEpoch());
        assertEquals(6, DataRangeTest.defaultEpochs(spec), "at least 100 iterations: ceil(100 / 17) epochs");
        assertEquals(102, DataRangeTest.iterations(spec, 6));
        RangeTestConfig config = RangeTestConfig.towards(StepMode.EXP, 1e-6, 0.5, 102).withStopRule(0.05, 1e9);
        RangeTestResult r = RangeTest.run(spec, config);
        assertEquals(102, r.rows());
        Trajectory path = r.path();
        int differ = 0;
        for (int i = 0; i < r.rows(); i++) {
            assertEquals(config.lr(i), r.lr(i), "a new rate every batch");
            assertEquals(i / 17, path.epoch(i), "epoch after epoch");
            assertEquals(plan.batch(i), path.batchIndex(i));
            assertEquals(path.batchLoss(i), r.loss(i), "the loss recorded is the batch's");
            assertEquals(path.loss(i), r.fullLoss(i));
            differ += r.loss(i) != r.fullLoss(i) ? 1 : 0;
        }
        assertTrue(differ > 95, "batches of 16 of 272 rows have their own losses: " + differ);
        assertEquals(0, RangeTest.run(spec, config.withAboveLowest(true)).floor(),
                "on data the stop rule measures from 0: a batch's loss may lie below the full-data minimum");
        assertEquals(3, DataRangeTest.defaultEpochs(run(f, Batching.of(1))), "272 batches: 3 epochs");
        assertEquals(100, DataRangeTest.defaultEpochs(run(f, Batching.of(Batching.ALL_ROWS))), "full batch: 100");
        assertThrows(InvalidParameterException.class, () -> DataRangeTest.iterations(run(f, Batching.of(1)), 80));
        assertThrows(IllegalArgumentException.class, () -> DataRangeTest.defaultEpochs(
                new RunSpec(f, 0, 0, 0, Settings.of(OptimizerSpec.of(OptimizerKind.SGD)))));
    }

    @Test
    void onEveryShippedSetStandardizedTheMinimumOverTenTrainsToTheSweepsTargetInBatchesOfSixteen() {
        for (DataSets.Entry e : DataSets.all()) {
            ModelLandscape f = model(e, true);
            RunSpec spec = run(f, Batching.of(16, true, 1));
            RangeTestResult r = test(spec);
            double lr = r.suggestions().minimumDiv10().orElseThrow();
            double loss = worstFinalLoss(spec, lr);
            assertTrue(loss <= TARGET * minimum(f), e.data().name() + ": lr " + lr + " ends at " + loss
                    + " against the target " + TARGET * minimum(f));
            LargestLearningRate sweep = new LargestLearningRate(f, spec.startX(), spec.startY(), spec.settings(), true,
                    1, SEEDS, EPOCHS, TARGET * minimum(f));
            double largest = sweep.find(16).lr();
            assertTrue(lr <= largest, e.data().name() + ": the suggestion " + lr + " lies below the sweep's largest "
                    + "good rate " + largest);
        }
    }

    @Test
    void onEveryShippedSetAndBatchSizeFromFourItsSuggestionAtLeastConverges() {
        for (DataSets.Entry e : DataSets.all()) {
            for (boolean standardize : new boolean[] {false, true}) {
                ModelLandscape f = model(e, standardize);
                for (int size : new int[] {4, 16, 64, Batching.ALL_ROWS}) {
                    RunSpec spec = run(f, Batching.of(size, true, 1));
                    RangeTestResult r = test(spec);
                    double lr = r.suggestions().minimumDiv10().orElseThrow();
                    double start = f.value(spec.startX(), spec.startY());
                    double loss = worstFinalLoss(spec, lr);
                    String what = e.data().name() + (standardize ? " standardized" : "") + " B=" + size + " lr " + lr;
                    assertTrue(loss < 0.5 * start, what + ": the full-data loss falls from " + start + " to " + loss);
                    assertTrue(loss < 3 * minimum(f), what + ": ends near the minimum " + minimum(f) + ": " + loss);
                }
            }
        }
    }

    @Test
    void theNoisyBatchLossesOfSingleRowsCanStopTheTestAtOnceAsTorchLrFindersRuleDoes() {
        ModelLandscape f = model(DataSets.byName("line"), true);
        RangeTestResult r = test(run(f, Batching.of(1, true, 1)));
        assertEquals(RangeTermination.DIVERGED, r.termination());
        assertTrue(r.rows() < Suggestions.SKIP_START + Suggestions.SKIP_END, "stopped after " + r.rows());
        assertTrue(r.suggestions().minimumDiv10().isEmpty());
        double first = r.loss(0);
        double last = r.loss(r.rows() - 1);
        assertNotEquals(first, last);
        assertTrue(r.smoothed(r.rows() - 1) > 5 * first, "one row's loss is many times another's: " + first + ", "
                + last + " at a rate of only " + r.lr(r.rows() - 1));
    }
}
