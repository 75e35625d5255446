package org.downhill.sim;

import java.util.Arrays;
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
 * <p>Immutable: made only by {@link Simulator}, which hands over arrays nobody else writes, so a
 * trajectory can be kept in a view or a figure and read on any thread while the app simulates the
 * next one; its rows never change. Code that simulates many runs and keeps none of them (a sweep)
 * may hand a spent trajectory back to the simulator to reuse its arrays
 * ({@link Simulator#run(RunPlan, Trajectory)}); it then cannot be read any more (every row access
 * throws), so a trajectory never shows another run's rows.
 */
public final class Trajectory {

    /** |x| or |y| above this ends a run (the reference's stop rule). */
    public static final double MAGNITUDE_LIMIT = 1e150;

    private final int rows;
    private final Termination termination;
    private final RunPlan plan;
    private final boolean batched;
    private final List<Edit> appliedEdits;
    /** The rows' columns; null once handed back for reuse. */
    private Columns columns;

    /** The rows a simulation wrote into {@code columns} (which the trajectory now owns). */
    Trajectory(Columns columns, int rows, Termination termination, RunPlan plan, boolean batched) {
        this.columns = columns;
        this.rows = rows;
        this.termination = termination;
        this.plan = plan;
        this.batched = batched;
        this.appliedEdits = plan.edits().stream().filter(e -> e.step() < rows).toList();
    }

    /**
     * The arrays a simulation writes, one per column, with room for at least the rows it writes
     * (the batch columns only for runs on data in batches).
     */
    static final class Columns {
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

        /** Columns for {@code capacity} rows. */
        Columns(int capacity) {
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

        /** These columns if they hold {@code capacity} rows (and the batch columns if asked), else new ones. */
        Columns reuseFor(int capacity, boolean batched) {
            Columns c = x.length >= capacity ? this : new Columns(capacity);
            if (batched) {
                c.ensureBatchCapacity(capacity);
            }
            return c;
        }

        /** Makes room for the batch columns of {@code capacity} rows, reusing the arrays when large enough. */
        void ensureBatchCapacity(int capacity) {
            if (batchLoss == null || batchLoss.length < capacity) {
                batchLoss = new double[capacity];
                epoch = new int[capacity];
                batch = new int[capacity];
            }
        }

        /** The columns cut to {@code rows} (these if they fit exactly), so that a run that blew up early holds no spare room. */
        Columns trimmed(int rows, boolean batched) {
            if (x.length == rows) {
                return this;
            }
            Columns c = new Columns(0);
            c.x = Arrays.copyOf(x, rows);
            c.y = Arrays.copyOf(y, rows);
            c.loss = Arrays.copyOf(loss, rows);
            c.lr = Arrays.copyOf(lr, rows);
            c.gradX = Arrays.copyOf(gradX, rows);
            c.gradY = Arrays.copyOf(gradY, rows);
            c.updateX = Arrays.copyOf(updateX, rows);
            c.updateY = Arrays.copyOf(updateY, rows);
            c.velocityX = Arrays.copyOf(velocityX, rows);
            c.velocityY = Arrays.copyOf(velocityY, rows);
            c.scaleX = Arrays.copyOf(scaleX, rows);
            c.scaleY = Arrays.copyOf(scaleY, rows);
            if (batched) {
                c.batchLoss = Arrays.copyOf(batchLoss, rows);
                c.epoch = Arrays.copyOf(epoch, rows);
                c.batch = Arrays.copyOf(batch, rows);
            }
            return c;
        }
    }

    /**
     * Takes the columns for a new run: this trajectory cannot be read afterwards.
     *
     * @throws IllegalStateException if they were taken already
     */
    Columns handBack() {
        Columns c = columns();
        columns = null;
        return c;
    }

    private Columns columns() {
        Columns c = columns;
        if (c == null) {
            throw new IllegalStateException("this trajectory was handed back to the simulator for reuse");
        }
        return c;
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

    /** The edits that took effect (those before the last row), unmodifiable. */
    public List<Edit> appliedEdits() {
        return appliedEdits;
    }

    /** x after k updates. */
    public double x(int k) {
        return columns().x[check(k)];
    }

    /** y after k updates. */
    public double y(int k) {
        return columns().y[check(k)];
    }

    /** f(x, y) after k updates. */
    public double loss(int k) {
        return columns().loss[check(k)];
    }

    /** The learning rate of the update from row k. */
    public double lr(int k) {
        return columns().lr[check(k)];
    }

    /** The gradient (noise included) the update from row k used, x. */
    public double gradX(int k) {
        return columns().gradX[check(k)];
    }

    /** The gradient (noise included) the update from row k used, y. */
    public double gradY(int k) {
        return columns().gradY[check(k)];
    }

    /** The gradient norm at row k. */
    public double gradNorm(int k) {
        return Math.hypot(gradX(k), gradY(k));
    }

    /** The step taken from row k to row k + 1, x (NaN in the last row). */
    public double updateX(int k) {
        return columns().updateX[check(k)];
    }

    /** The step taken from row k to row k + 1, y (NaN in the last row). */
    public double updateY(int k) {
        return columns().updateY[check(k)];
    }

    /** The part of the step from row k carried over by momentum, x (0 without momentum). */
    public double velocityX(int k) {
        return columns().velocityX[check(k)];
    }

    /** The part of the step from row k carried over by momentum, y (0 without momentum). */
    public double velocityY(int k) {
        return columns().velocityY[check(k)];
    }

    /** The adaptive denominator of the step from row k, x (NaN for non-adaptive optimizers). */
    public double scaleX(int k) {
        return columns().scaleX[check(k)];
    }

    /** The adaptive denominator of the step from row k, y (NaN for non-adaptive optimizers). */
    public double scaleY(int k) {
        return columns().scaleY[check(k)];
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
        return batched ? columns().batchLoss[check(k)] : loss(k);
    }

    /** The epoch of the step from row k (k without batches). */
    public int epoch(int k) {
        return batched ? columns().epoch[check(k)] : check(k);
    }

    /** The index within its epoch of the batch of the step from row k (0 without batches). */
    public int batchIndex(int k) {
        check(k);
        return batched ? columns().batch[k] : 0;
    }

    private int check(int k) {
        if (k < 0 || k >= rows) {
            throw new IndexOutOfBoundsException("row " + k + " of " + rows);
        }
        return k;
    }
}
