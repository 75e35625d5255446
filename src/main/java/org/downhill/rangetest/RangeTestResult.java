package org.downhill.rangetest;

import java.util.Arrays;
import java.util.Objects;
import org.downhill.sim.Trajectory;

/**
 * The rows of a range test, {@code iter, x, y, lr, loss, smoothed_loss}, and how it ended.
 * Immutable. Its {@link #path()} is the run it made, one row per iteration, for drawing.
 */
public final class RangeTestResult {
    private final RangeTestConfig config;
    private final Trajectory path;
    private final double[] smoothed;
    private final RangeTermination termination;
    private final double floor;

    RangeTestResult(RangeTestConfig config, Trajectory path, double[] smoothed, RangeTermination termination,
                    double floor) {
        this.config = config;
        this.path = path;
        this.smoothed = Arrays.copyOf(smoothed, path.rows());
        this.termination = termination;
        this.floor = floor;
    }

    /** The settings of the test. */
    public RangeTestConfig config() {
        return config;
    }

    /** The number of rows (iterations written). */
    public int rows() {
        return path.rows();
    }

    /** x at iteration i. */
    public double x(int i) {
        return path.x(i);
    }

    /** y at iteration i. */
    public double y(int i) {
        return path.y(i);
    }

    /** The learning rate of iteration i. */
    public double lr(int i) {
        return path.lr(i);
    }

    /**
     * The loss the test records at iteration i: the loss at its point, or on data in batches the
     * loss of its batch there ({@link org.downhill.sim.Trajectory#batchLoss}).
     */
    public double loss(int i) {
        return path.batchLoss(i);
    }

    /** The loss of the whole landscape (on data: of all rows) at iteration i's point. */
    public double fullLoss(int i) {
        return path.loss(i);
    }

    /** The smoothed loss of iteration i (NaN in a last row that is not finite). */
    public double smoothed(int i) {
        return smoothed[Objects.checkIndex(i, smoothed.length)];
    }

    /** How the test ended. */
    public RangeTermination termination() {
        return termination;
    }

    /**
     * The level the divergence rule measured losses from: 0, or the landscape's lowest known value
     * when the config asked for {@link RangeTestConfig#aboveLowest()}.
     */
    public double floor() {
        return floor;
    }

    /**
     * The path of the test, one row per iteration; its lr column holds the test's rates (not its
     * plan's schedule), and its termination is the stop rule's (completed when the test stopped
     * because the smoothed loss rose).
     */
    public Trajectory path() {
        return path;
    }

    /** The four suggestions drawn from the rows. */
    public Suggestions suggestions() {
        return Suggestions.of(this);
    }
}
