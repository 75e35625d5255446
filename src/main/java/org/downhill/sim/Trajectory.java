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
 * <p>Immutable: made only by {@link Simulator}, which hands over arrays nobody else holds, so a
 * trajectory can be read on any thread, kept in a figure or written to a file while the app
 * simulates the next one.
 */
public final class Trajectory {

    /** |x| or |y| above this ends a run (the reference's stop rule). */
    public static final double MAGNITUDE_LIMIT = 1e150;

    private final double[] x;
    private final double[] y;
    private final double[] loss;
    private final double[] lr;
    private final double[] gradX;
    private final double[] gradY;
    private final double[] updateX;
    private final double[] updateY;
    private final double[] velocityX;
    private final double[] velocityY;
    private final double[] scaleX;
    private final double[] scaleY;
    private final int rows;
    private final Termination termination;
    private final RunPlan plan;
    private final List<Edit> appliedEdits;

    /** The rows a simulation recorded, taken over (the recorder must not write them afterwards). */
    Trajectory(Recorder r, RunPlan plan) {
        this.rows = r.rows;
        this.x = r.x;
        this.y = r.y;
        this.loss = r.loss;
        this.lr = r.lr;
        this.gradX = r.gradX;
        this.gradY = r.gradY;
        this.updateX = r.updateX;
        this.updateY = r.updateY;
        this.velocityX = r.velocityX;
        this.velocityY = r.velocityY;
        this.scaleX = r.scaleX;
        this.scaleY = r.scaleY;
        this.termination = r.termination;
        this.plan = plan;
        this.appliedEdits = plan.edits().stream().filter(e -> e.step() < rows).toList();
    }

    /**
     * The columns of a simulation as it writes them, one array per column with room for every
     * step; {@link #trim} cuts them to the rows written when the run stopped early.
     */
    static final class Recorder {
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
        int rows;
        Termination termination = Termination.COMPLETED;

        Recorder(int capacity) {
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

        /** Cuts every column to the rows written, so that a run that blew up early holds no spare room. */
        void trim() {
            if (x.length == rows) {
                return;
            }
            x = Arrays.copyOf(x, rows);
            y = Arrays.copyOf(y, rows);
            loss = Arrays.copyOf(loss, rows);
            lr = Arrays.copyOf(lr, rows);
            gradX = Arrays.copyOf(gradX, rows);
            gradY = Arrays.copyOf(gradY, rows);
            updateX = Arrays.copyOf(updateX, rows);
            updateY = Arrays.copyOf(updateY, rows);
            velocityX = Arrays.copyOf(velocityX, rows);
            velocityY = Arrays.copyOf(velocityY, rows);
            scaleX = Arrays.copyOf(scaleX, rows);
            scaleY = Arrays.copyOf(scaleY, rows);
        }
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

    private int check(int k) {
        if (k < 0 || k >= rows) {
            throw new IndexOutOfBoundsException("row " + k + " of " + rows);
        }
        return k;
    }
}
