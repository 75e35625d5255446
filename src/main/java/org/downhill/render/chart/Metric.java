package org.downhill.render.chart;

import org.downhill.landscape.CriticalPoint;
import org.downhill.landscape.Landscape;
import org.downhill.param.NumberText;
import org.downhill.sim.Trajectory;

/**
 * A quantity of a run plotted against the step: the loss, the learning rate (the schedule made
 * visible) or the gradient norm.
 *
 * <p>The loss is plotted on a log axis as f - f*, where f* is the lowest known minimum when it is
 * negative and 0 otherwise, so that a landscape with negative values still has a log chart of how
 * far above its floor the run is (values below f* by no more than its rounding, 1e-9 |f*|, count as
 * 0); a run that goes below f* (on a landscape that falls without bound, where f* is 0) turns the
 * axis into a symmetric log one ({@link AxisRange}). The gradient norm sqrt(g_x^2 + g_y^2) is on a
 * log axis too. The learning rate is on a log axis when its positive values span more than
 * {@link #LOG_DECADES} decade (a decay by 10 or more, a warm-up from a tenth: on a linear axis the
 * end of the schedule would lie flat on the bottom), else on a linear one (a constant rate, a step
 * or two of decay).
 */
public enum Metric {
    /** The loss above the landscape's floor. */
    LOSS("loss", true),
    /** The learning rate of the update from each step. */
    LEARNING_RATE("learning rate", false),
    /** The length of the gradient used by the update from each step. */
    GRADIENT_NORM("gradient norm", true);

    /** The span in decades of the learning rates above which their axis is logarithmic. */
    public static final double LOG_DECADES = 1;

    private final String title;
    private final boolean logAxis;

    Metric(String title, boolean logAxis) {
        this.title = title;
        this.logAxis = logAxis;
    }

    /**
     * Whether the values are plotted on a logarithmic axis.
     *
     * @param decades how many decades the positive values to plot span, log10(largest / smallest)
     */
    public boolean logAxis(double decades) {
        return logAxis || (this == LEARNING_RATE && decades > LOG_DECADES);
    }

    /** The chart's title for this landscape, e.g. {@code loss} or {@code f − f*, f* = −78.3}, the offset named. */
    public String title(Landscape landscape) {
        double floor = floor(landscape);
        return this == LOSS && floor != 0
                ? "f \u2212 f*,  f* = " + NumberText.significant(floor, 3).replace('-', '\u2212') : title;
    }

    /**
     * The plotted value at row {@code k}: NaN where there is none (the learning rate and gradient
     * of the last row after a divergence may be NaN).
     *
     * @param floor {@link #floor(Landscape)} of the run's landscape (used by {@link #LOSS})
     */
    public double value(Trajectory t, int k, double floor) {
        return switch (this) {
            case LOSS -> aboveFloor(t.loss(k), floor);
            case LEARNING_RATE -> t.lr(k);
            case GRADIENT_NORM -> t.gradNorm(k);
        };
    }

    /**
     * Whether a run has a second, noisy series on this chart: on the loss chart, a run on data in
     * mini-batches has the loss of each step's batch ({@link Trajectory#batchLoss}) beside its
     * full-data loss ({@link Trajectory#loss}, what {@link #value} plots and the diagnosis judges).
     */
    public boolean hasBatchSeries(Trajectory t) {
        return this == LOSS && t.batched();
    }

    /**
     * The noisy series' value at row {@code k}: the loss of the batch of the step from row k,
     * above the floor, as {@link #value} is; NaN where {@link #hasBatchSeries} is false.
     */
    public double batchValue(Trajectory t, int k, double floor) {
        return hasBatchSeries(t) ? aboveFloor(t.batchLoss(k), floor) : Double.NaN;
    }

    /** f - f*, or 0 where f lies below f* by no more than f*'s rounding (1e-9 |f*|). */
    static double aboveFloor(double f, double floor) {
        double v = f - floor;
        return v < 0 && v >= -1e-9 * Math.abs(floor) ? 0 : v;
    }

    /** f*: the lowest known critical value when it is negative, else 0. */
    public static double floor(Landscape landscape) {
        double lowest = 0;
        for (CriticalPoint p : landscape.criticalPoints()) {
            if (p.kind().isMinimum()) {
                lowest = Math.min(lowest, p.value());
            }
        }
        return lowest;
    }
}
