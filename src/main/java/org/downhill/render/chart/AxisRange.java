package org.downhill.render.chart;

/**
 * The value range of a chart's y axis, gathered from the plotted values. Reused from redraw to
 * redraw: {@link #reset}, {@link #add} every value, then read {@link #lo} and {@link #hi}.
 *
 * <p>Log axes take the finite positive values only and span at most {@link #MAX_DECADES} decades
 * below the top, so that a run converging to 1e-300 does not flatten the others; their top is at
 * most {@link #MAX_RISE} times the largest first value, so that a diverging run (which climbs to
 * 1e150) does not either. Values outside are drawn at the edge. Linear axes include 0 and get 5 %
 * of head room. An axis with no values, or one value, gets a range around it.
 */
public final class AxisRange {
    /** The most decades a log axis spans. */
    public static final double MAX_DECADES = 16;
    /** How far above the largest first value a log axis may reach. */
    public static final double MAX_RISE = 1e8;

    private final boolean log;
    private double min;
    private double max;
    private double firstMax;

    /** A range for a log or a linear axis. */
    public AxisRange(boolean log) {
        this.log = log;
        reset();
    }

    /** Forgets every value. */
    public void reset() {
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
        firstMax = Double.NEGATIVE_INFINITY;
    }

    /**
     * Takes a value into the range; unusable ones (non-finite, or not positive on a log axis) are
     * ignored.
     *
     * @param first whether it is the first value of a series
     */
    public void add(double value, boolean first) {
        if (!Double.isFinite(value) || (log && value <= 0)) {
            return;
        }
        min = Math.min(min, value);
        max = Math.max(max, value);
        if (first) {
            firstMax = Math.max(firstMax, value);
        }
    }

    /** The bottom of the axis. */
    public double lo() {
        if (min > max) {
            return log ? 1e-3 : 0;
        }
        if (log) {
            return min < cappedMax() ? Math.max(min, hi() * Math.pow(10, -MAX_DECADES)) : min / 10;
        }
        return Math.min(0, min) < max ? Math.min(0, min) : max - Math.max(1, Math.abs(max));
    }

    /** The top of the axis. */
    public double hi() {
        if (min > max) {
            return 1;
        }
        if (log) {
            double capped = cappedMax();
            return capped > min ? capped : capped * 10;
        }
        double bottom = Math.min(0, min);
        return max > bottom ? max + 0.05 * (max - bottom) : bottom + Math.max(1, Math.abs(bottom));
    }

    private double cappedMax() {
        return firstMax > 0 ? Math.min(max, firstMax * MAX_RISE) : max;
    }

    /**
     * How many decades the values taken span, log10(largest / smallest); 0 with fewer than two
     * distinct values, infinity when a linear range holds a value at or below 0 and one above.
     */
    public double decades() {
        if (!(min < max)) {
            return 0;
        }
        return min > 0 ? Math.log10(max / min) : max > 0 ? Double.POSITIVE_INFINITY : 0;
    }

    /** Whether this is a log axis. */
    public boolean isLog() {
        return log;
    }

    /** Where {@code value} falls on the axis from 0 (bottom) to 1 (top), clamped to [0, 1]. */
    public double toUnit(double value, double lo, double hi) {
        double t;
        if (log) {
            t = value > 0 ? (Math.log(value) - Math.log(lo)) / (Math.log(hi) - Math.log(lo)) : 0;
        } else {
            t = (value - lo) / (hi - lo);
        }
        return t > 1 ? 1 : t < 0 || Double.isNaN(t) ? 0 : t;
    }
}
