package org.downhill.rangetest;

import org.downhill.param.InvalidParameterException;
import org.downhill.sim.Batching;
import org.downhill.sim.RunSpec;

/**
 * The range test on a model on data as practitioners run it: one learning rate per mini-batch
 * step, epoch after epoch through the run's batches (its size, shuffling and seed), the loss
 * recorded being each step's batch loss, noisy ({@link RangeTest}). A test of E epochs has
 * E * ceil(n / B) iterations. The modes, smoothing, stop rule and suggestions are those of every
 * range test ({@link RangeTestConfig}, {@link Suggestions}).
 */
public final class DataRangeTest {
    /** The fewest epochs of a test by default: a few passes, not a fraction of one. */
    public static final int MIN_EPOCHS = 3;
    /** The fewest iterations of a test by default (torch-lr-finder's 100). */
    public static final int MIN_ITERATIONS = RangeTestConfig.DEFAULT_ITERATIONS;

    private DataRangeTest() {
    }

    /** Whether the run trains on data in batches, so that the test goes through its batches. */
    public static boolean applies(RunSpec run) {
        return !run.batching().isNone();
    }

    /**
     * The epochs of a test by default: at least {@value #MIN_EPOCHS} and enough for
     * {@value #MIN_ITERATIONS} iterations (ceil(100 / batches per epoch)), at most as many as fit
     * in {@link RunSpec#MAX_STEPS} + 1 iterations.
     *
     * @throws IllegalArgumentException if the run has no data batches
     */
    public static int defaultEpochs(RunSpec run) {
        int perEpoch = batchesPerEpoch(run);
        int epochs = Math.max(MIN_EPOCHS, (MIN_ITERATIONS + perEpoch - 1) / perEpoch);
        return Math.max(1, Math.min(epochs, (RunSpec.MAX_STEPS + 1) / perEpoch));
    }

    /**
     * The iterations of a test of {@code epochs} epochs: epochs * ceil(n / B), one per batch.
     *
     * @throws InvalidParameterException if that exceeds {@link RunSpec#MAX_STEPS} + 1 or epochs is below 1
     * @throws IllegalArgumentException  if the run has no data batches
     */
    public static int iterations(RunSpec run, int epochs) {
        int perEpoch = batchesPerEpoch(run);
        long n = (long) epochs * perEpoch;
        if (epochs < 1 || n > RunSpec.MAX_STEPS + 1) {
            throw new InvalidParameterException("Invalid value for epochs: " + epochs
                    + " (allowed: 1 <= epochs, with " + perEpoch + " batches per epoch at most "
                    + (RunSpec.MAX_STEPS + 1) + " iterations in all)");
        }
        return (int) n;
    }

    private static int batchesPerEpoch(RunSpec run) {
        Batching b = run.batching();
        if (b.isNone()) {
            throw new IllegalArgumentException("the run has no data batches");
        }
        return run.batchPlan().batchesPerEpoch();
    }
}
