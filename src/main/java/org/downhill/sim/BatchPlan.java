package org.downhill.sim;

import java.util.Arrays;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.util.MathArrays;
import org.downhill.param.InvalidParameterException;

/**
 * Which rows each optimizer step of a {@link Batching} uses, on a data set of n rows. With b the
 * effective batch size (min(size, n)) and m = ceil(n / b) batches per epoch, step k belongs to
 * epoch {@code k / m} and is batch {@code k % m} of it, and uses the rows at positions
 * {@code [batch*b, min(n, (batch + 1)*b))} of that epoch's order. The order is 0, 1, ..., n-1
 * (PyTorch's DataLoader with {@code shuffle=False}), or with shuffling a permutation that is a pure
 * function of (seed, epoch): the identity shuffled by Commons Math's Fisher-Yates
 * ({@link MathArrays#shuffle(int[], org.apache.commons.math3.random.RandomGenerator)}) with a
 * {@link Well19937c} seeded with {seed's low and high words, epoch}. So any step's rows can be
 * recomputed on their own, and replaying a run gives the same batches. Immutable.
 */
public final class BatchPlan {
    private final int rows;
    private final Batching batching;
    private final int size;
    private final int perEpoch;

    /**
     * The plan of a batching on n rows.
     *
     * @throws InvalidParameterException if n is below 1 or the batching is {@link Batching#NONE}
     */
    public BatchPlan(int rows, Batching batching) {
        if (rows < 1) {
            throw new InvalidParameterException("A data set needs at least one row");
        }
        if (batching.isNone()) {
            throw new InvalidParameterException("No batches to plan");
        }
        this.rows = rows;
        this.batching = batching;
        this.size = batching.effectiveSize(rows);
        this.perEpoch = batching.batchesPerEpoch(rows);
    }

    /** n, the number of rows. */
    public int rows() {
        return rows;
    }

    /** The batching planned. */
    public Batching batching() {
        return batching;
    }

    /** The number of batches (steps) per epoch, ceil(n / b). */
    public int batchesPerEpoch() {
        return perEpoch;
    }

    /** The epoch of step k: k / batches per epoch. */
    public int epoch(int step) {
        return step / perEpoch;
    }

    /** The batch index of step k within its epoch: k % batches per epoch. */
    public int batch(int step) {
        return step % perEpoch;
    }

    /** The first position of step k's batch in its epoch's order. */
    public int from(int step) {
        return batch(step) * size;
    }

    /** One past the last position of step k's batch in its epoch's order. */
    public int to(int step) {
        return Math.min(rows, from(step) + size);
    }

    /** The row indices of step k's batch, in the order they are visited (a new array). */
    public int[] rowsOf(int step) {
        int[] order = new int[rows];
        fillOrder(epoch(step), order, new Well19937c(0));
        return Arrays.copyOfRange(order, from(step), to(step));
    }

    /**
     * Writes the order of an epoch into {@code order} (length n); {@code random} is reseeded and used
     * as scratch, so that a caller that keeps one allocates nothing per epoch but the seed.
     */
    void fillOrder(int epoch, int[] order, Well19937c random) {
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        if (batching.shuffle()) {
            long seed = batching.seed();
            random.setSeed(new int[] {(int) seed, (int) (seed >>> 32), epoch});
            MathArrays.shuffle(order, random);
        }
    }
}
