package org.downhill.sim;

import org.downhill.landscape.Landscape;
import org.downhill.landscape.RowLandscape;
import org.downhill.param.InvalidParameterException;

/**
 * How a run goes through the rows of a model's data set: true mini-batch training. Each epoch
 * visits every row once, in batches of {@code size} consecutive rows of that epoch's order (the
 * last batch of an epoch holds the rest and may be smaller); each optimizer step uses the gradient
 * of its batch's mean loss. The order is the stored one, or, with {@code shuffle}, a permutation
 * drawn afresh for every epoch from {@code seed} and the epoch (see {@link BatchPlan}).
 *
 * <p>This is not {@link NoiseSpec}: that adds synthetic Gaussian noise of standard deviation
 * sigma/sqrt(B) to the exact gradient of a formula landscape, an imitation of mini-batches; this
 * takes real batches of data rows, whose gradients scatter around the full-data gradient because
 * the rows differ. A run has one or the other, never both.
 *
 * @param size    rows per batch, at least 1; {@link #ALL_ROWS} (or any size of at least n) means
 *                one batch of all rows, i.e. full-batch gradient descent; 0 only in {@link #NONE}
 * @param shuffle whether each epoch visits the rows in a new random order
 * @param seed    the seed of the shuffled orders (ignored without shuffling)
 */
public record Batching(int size, boolean shuffle, long seed) {

    /** The batch size that stands for "all rows". */
    public static final int ALL_ROWS = Integer.MAX_VALUE;

    /** No data batches: every step uses the gradient of the whole landscape (formula landscapes). */
    public static final Batching NONE = new Batching(0, false, 0);

    /** Validates the values. */
    public Batching {
        if (size < 0 || (size == 0 && (shuffle || seed != 0))) {
            throw new InvalidParameterException("Invalid value for batch: " + size
                    + " (allowed: an integer batch >= 1, or all)");
        }
    }

    /** Batches of {@code size} rows in the stored order. */
    public static Batching of(int size) {
        return of(size, false, 0);
    }

    /**
     * Batches of {@code size} rows, shuffled per epoch when asked.
     *
     * @throws InvalidParameterException if the size is below 1
     */
    public static Batching of(int size, boolean shuffle, long seed) {
        if (size < 1) {
            throw new InvalidParameterException("Invalid value for batch: " + size
                    + " (allowed: an integer batch >= 1, or all)");
        }
        return new Batching(size, shuffle, seed);
    }

    /** Whether this is {@link #NONE}. */
    public boolean isNone() {
        return size == 0;
    }

    /** The rows of a full batch of n rows: min(size, n). */
    public int effectiveSize(int rows) {
        return Math.min(size, rows);
    }

    /** The number of batches (= optimizer steps) per epoch over n rows: ceil(n / size). */
    public int batchesPerEpoch(int rows) {
        int b = effectiveSize(rows);
        return (rows + b - 1) / b;
    }

    /**
     * The number of optimizer steps of {@code epochs} epochs over n rows.
     *
     * @throws InvalidParameterException if it exceeds {@link RunSpec#MAX_STEPS}
     */
    public int steps(int rows, int epochs) {
        long steps = (long) epochs * batchesPerEpoch(rows);
        if (epochs < 0 || steps > RunSpec.MAX_STEPS) {
            throw new InvalidParameterException("Invalid value for epochs: " + epochs + " (allowed: 0 <= epochs, with "
                    + batchesPerEpoch(rows) + " steps per epoch at most " + RunSpec.MAX_STEPS + " steps in all)");
        }
        return (int) steps;
    }

    /** The batch size in words: {@code all} or the number. */
    public String sizeText() {
        return size == ALL_ROWS ? "all" : Integer.toString(size);
    }

    /**
     * Checks that batches and the landscape go together: batches need a landscape made of data rows.
     *
     * @throws InvalidParameterException if they do not
     */
    public void checkLandscape(Landscape landscape) {
        if (!isNone() && !(landscape instanceof RowLandscape)) {
            throw new InvalidParameterException("Batches of data rows need a model on data, and "
                    + landscape.displayName() + " is a formula");
        }
    }

    /**
     * Checks that batches and the gradient noise of the settings go together: real batches and
     * synthetic noise are not mixed.
     *
     * @throws InvalidParameterException if both are asked for
     */
    public void checkSettings(Settings settings) {
        if (!isNone() && !settings.noise().isNone()) {
            throw new InvalidParameterException("A run on data in batches gets its gradient noise from the batches;"
                    + " synthetic gradient noise (noise " + settings.noise().sigma() + ") cannot be added to it");
        }
    }
}
