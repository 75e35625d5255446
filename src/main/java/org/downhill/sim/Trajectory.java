package org.downhill.sim;

import java.util.List;

/**
 * The rows of one simulated run, in primitive arrays. Row k holds the point after k updates, the
 * loss there and the learning rate of the update from row k to row k + 1 (as the reference CSV),
 * plus what the update from row k did: the gradient it used (noise included), the step it took
 * and the optimizer's own vectors (the part of the step carried by momentum, the per-coordinate
 * adaptive denominator). The last row has the gradient at its point but no update (NaN).
 *
 * <p>A run on data in mini-batches (a {@link Batching}) also records, per row, the epoch and batch
 * index of the step that comes next and that batch's loss at the row's point; {@link #loss} stays
 * the full-data loss. Without batches, every update is a batch of all the data: row k is epoch k,
 * batch 0, and its batch loss is its loss.
 *
 * <p>Written only by {@link Simulator}, which may reuse the arrays of an old trajectory for a new
 * run; treat it as read-only.
 */
public final class Trajectory {

    /** |x| or |y| above this ends a run (the reference's stop rule). */
    public static final double MAGNITUDE_LIMIT = 1e150;

    double[] x;
    double[] y;
    double[] loss;
    double[] lr;
    double[] gradX;
    double[] gradY;
    double[] updateX;
    double[] updateY;
    double[] velocityX;
    double[] velocityY;
    double[] scaleX;
    double[] scaleY;
    double[] batchLoss;
    int[] epoch;
    int[] batch;
    boolean batched;
    int rows;
    Termination termination = Termination.COMPLETED;
    RunPlan plan;

    Trajectory(int capacity) {
        allocate(capacity);
    }

    /** Makes room for {@code capacity} rows, reusing the arrays when they are large enough. */
    void ensureCapacity(int capacity) {
        if (x.length < capacity) {
            allocate(capacity);
        }
    }

    /** Makes room for the batch columns of {@code capacity} rows, reusing the arrays when large enough. */
    void ensureBatchCapacity(int capacity) {
        if (batchLoss == null || batchLoss.length < capacity) {
            batchLoss = new double[capacity];
            epoch = new int[capacity];
            batch = new int[capacity];
        }
    }

    private void allocate(int capacity) {
        x = new double[capacity];
        y = new double[capacity];
        loss = new double[capacity];
        lr = new double[capacity];
        gradX = new double[capacity];
        gradY = new double[capacity];
        updateX = new double[capacity];
        updateY = new double[capacity];
        velocityX = new double[capacity];
        velocityY = new double[capacity];
        scaleX = new double[capacity];
        scaleY = new double[capacity];
    }

    /** The plan that produced these rows. */
    public RunPlan plan() {
        return plan;
    }

    /** The number of rows: the updates done plus one. */
    public int rows() {
        return rows;
    }

    /** The index of the last row. */
    public int lastStep() {
        return rows - 1;
    }

    /** How the run ended. */
    public Termination termination() {
        return termination;
    }

    /** The step at which the run blew up (its last row), or -1 if it completed. */
    public int divergedAt() {
        return termination.diverged() ? rows - 1 : -1;
    }

    /** The edits that took effect (those before the last row). */
    public List<Edit> appliedEdits() {
        return plan.edits().stream().filter(e -> e.step() < rows).toList();
    }

    /** x after k updates. */
    public double x(int k) {
        return x[check(k)];
    }

    /** y after k updates. */
    public double y(int k) {
        return y[check(k)];
    }

    /** f(x, y) after k updates. */
    public double loss(int k) {
        return loss[check(k)];
    }

    /** The learning rate of the update from row k. */
    public double lr(int k) {
        return lr[check(k)];
    }

    /** The gradient (noise included) the update from row k used, x. */
    public double gradX(int k) {
        return gradX[check(k)];
    }

    /** The gradient (noise included) the update from row k used, y. */
    public double gradY(int k) {
        return gradY[check(k)];
    }

    /** The gradient norm at row k. */
    public double gradNorm(int k) {
        return Math.hypot(gradX(k), gradY(k));
    }

    /** The step taken from row k to row k + 1, x (NaN in the last row). */
    public double updateX(int k) {
        return updateX[check(k)];
    }

    /** The step taken from row k to row k + 1, y (NaN in the last row). */
    public double updateY(int k) {
        return updateY[check(k)];
    }

    /** The part of the step from row k carried over by momentum, x (0 without momentum). */
    public double velocityX(int k) {
        return velocityX[check(k)];
    }

    /** The part of the step from row k carried over by momentum, y (0 without momentum). */
    public double velocityY(int k) {
        return velocityY[check(k)];
    }

    /** The adaptive denominator of the step from row k, x (NaN for non-adaptive optimizers). */
    public double scaleX(int k) {
        return scaleX[check(k)];
    }

    /** The adaptive denominator of the step from row k, y (NaN for non-adaptive optimizers). */
    public double scaleY(int k) {
        return scaleY[check(k)];
    }

    /** Whether the run went through data in mini-batches (see {@link Batching}). */
    public boolean batched() {
        return batched;
    }

    /**
     * The loss of the batch of the step from row k, at row k's point: the noisy loss a training
     * loop sees. Without batches, the loss.
     */
    public double batchLoss(int k) {
        return batched ? batchLoss[check(k)] : loss(k);
    }

    /** The epoch of the step from row k (k without batches). */
    public int epoch(int k) {
        return batched ? epoch[check(k)] : check(k);
    }

    /** The index within its epoch of the batch of the step from row k (0 without batches). */
    public int batchIndex(int k) {
        check(k);
        return batched ? batch[k] : 0;
    }

    private int check(int k) {
        if (k < 0 || k >= rows) {
            throw new IndexOutOfBoundsException("row " + k + " of " + rows);
        }
        return k;
    }
}
