package org.downhill.claim;

import org.downhill.data.LargestLearningRate;
import org.downhill.data.ModelLandscape;
import org.downhill.param.InvalidParameterException;
import org.downhill.sim.Batching;
import org.downhill.sim.RunPlan;
import org.downhill.sim.RunSpec;

/** Facts about training on data in mini-batches, as claims measure them. */
final class BatchFacts {
    /** The target of {@link #largestLr}, as a multiple of the minimum's loss (as {@code lr-vs-batch}'s default). */
    static final double TARGET_FACTOR = 1.05;
    /** The shuffled orders that must each reach the target. */
    static final int REPEATS = 5;

    private BatchFacts() {
    }

    /**
     * The largest learning rate with which {@code epochs} epochs in the run's batches (size,
     * shuffling, seeds from the run's seed on) of the run's optimizer and schedule from its start
     * end with the full-data loss at most {@link #TARGET_FACTOR} times the lowest minimum's, with
     * each of {@link #REPEATS} shuffled orders ({@link LargestLearningRate}); NaN on a formula, for
     * a run without batches, without a known minimum, or if no rate of the grid gets there.
     *
     * @throws InvalidParameterException if epochs is not a whole number from 1 up, or the runs would
     *                                   be too long
     */
    static double largestLr(RunPlan plan, Minima minima, double epochs) {
        if (epochs != Math.rint(epochs) || epochs < 1 || epochs > RunSpec.MAX_STEPS) {
            throw new InvalidParameterException("Invalid number of epochs: " + epochs + " (allowed: a whole number from 1 to "
                    + RunSpec.MAX_STEPS + ")");
        }
        RunSpec spec = plan.spec();
        Batching b = spec.batching();
        if (!(spec.landscape() instanceof ModelLandscape f) || b.isNone() || !Double.isFinite(minima.lowest())) {
            return Double.NaN;
        }
        return new LargestLearningRate(f, spec.startX(), spec.startY(), spec.settings(), b.shuffle(), b.seed(), REPEATS,
                (int) epochs, TARGET_FACTOR * minima.lowest()).find(b.size()).lr();
    }
}
