package org.downhill.render.chart;

import java.util.ArrayList;
import java.util.List;
import org.downhill.render.NiceTicks;

/**
 * The value range and scale of a chart's y axis, gathered from the plotted values. Reused from
 * redraw to redraw: {@link #reset}, {@link #add} every value, then read {@link #lo}, {@link #hi}
 * and map values with {@link #toUnit}.
 *
 * <p>Three scales. A linear axis includes 0 and gets 5 % of head room. A log axis grows to the
 * largest value (a diverging run's 1e22 or, up to the stop rule, 1e300), so that a blow-up reads
 * as one, and spans at most {@link #MAX_DECADES} decades below its top, so that a run converging
 * to 1e-300 does not flatten the others; values below are off the scale ({@link #offScale}) and
 * the chart marks them. A log axis that meets a negative value (a run on a landscape that falls
 * without bound) turns into a symmetric log axis, which shows sign and size:
 * {@code s(v) = sign(v) log10(1 + |v|/c)} with the linear threshold c a power of ten
 * {@link #SYMLOG_DECADES} decades below the largest magnitude. Zero is ignored by a log axis (drawn
 * at its bottom), as are non-finite values by every axis. An axis with no values, or one value,
 * gets a range around it.
 */
public final class AxisRange {
    /** The most decades a log axis spans. */
    public static final double MAX_DECADES = 30;
    /** How many decades of magnitude a symmetric log axis shows on either side of its linear part. */
    public static final int SYMLOG_DECADES = 3;

    /** How the values are mapped to the axis. */
    public enum Scale {
        /** Proportional. */
        LINEAR,
        /** Logarithmic, positive values only. */
        LOG,
        /** Symmetric log: logarithmic in the magnitude on either side of a linear part around 0. */
        SYMLOG
    }

    private final boolean log;
    private double min;
    private double max;
    private double minPositive;
    private boolean negative;

    /** A range for a log (symmetric log once a negative value comes) or a linear axis. */
    public AxisRange(boolean log) {
        this.log = log;
        reset();
    }

    /** Forgets every value. */
    public void reset() {
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
        minPositive = Double.POSITIVE_INFINITY;
        negative = false;
    }

    /** Takes a value into the range; non-finite ones are ignored. */
    public void add(double value) {
        if (!Double.isFinite(value)) {
            return;
        }
        min = Math.min(min, value);
        max = Math.max(max, value);
        if (value > 0) {
            minPositive = Math.min(minPositive, value);
        }
        negative |= value < 0;
    }

    /** The axis' scale given the values so far. */
    public Scale scale() {
        return !log ? Scale.LINEAR : negative ? Scale.SYMLOG : Scale.LOG;
    }

    /** The bottom of the axis. */
    public double lo() {
        return switch (scale()) {
            case LINEAR -> min > max ? 0 : Math.min(0, min) < max ? Math.min(0, min) : max - Math.max(1, Math.abs(max));
            case LOG -> minPositive > max ? 1e-3
                    : minPositive < max ? Math.max(minPositive, max * Math.pow(10, -MAX_DECADES)) : minPositive / 10;
            case SYMLOG -> min;
        };
    }

    /** The top of the axis. */
    public double hi() {
        return switch (scale()) {
            case LINEAR -> {
                if (min > max) {
                    yield 1;
                }
                double bottom = Math.min(0, min);
                yield max > bottom ? max + 0.05 * (max - bottom) : bottom + Math.max(1, Math.abs(bottom));
            }
            case LOG -> minPositive > max ? 1 : minPositive < max ? max : max * 10;
            case SYMLOG -> Math.max(max, threshold());
        };
    }

    /** The linear threshold c of a symmetric log axis: a power of ten SYMLOG_DECADES below the largest magnitude. */
    public double threshold() {
        double largest = Math.max(Math.abs(min), Math.abs(max));
        return Math.pow(10, Math.floor(Math.log10(largest)) - SYMLOG_DECADES);
    }

    /**
     * How many decades the positive values taken span, log10(largest / smallest positive); 0 with
     * fewer than two distinct positive values; on a linear axis, infinity when it holds a value at or
     * below 0 and one above.
     */
    public double decades() {
        if (!log && min <= 0 && max > 0) {
            return Double.POSITIVE_INFINITY;
        }
        return minPositive < max ? Math.log10(max / minPositive) : 0;
    }

    /** Whether this axis was made for log values (it may be a symmetric log one). */
    public boolean isLog() {
        return log;
    }

    /** -1 if a finite value lies below the axis from lo to hi, 1 above, else 0 (non-finite values too). */
    public int offScale(double value, double lo, double hi) {
        if (!Double.isFinite(value)) {
            return 0;
        }
        if (scale() == Scale.LOG && value <= 0) {
            return 0;
        }
        return value < lo ? -1 : value > hi ? 1 : 0;
    }

    /** Where {@code value} falls on the axis from 0 (bottom) to 1 (top), clamped to [0, 1]. */
    public double toUnit(double value, double lo, double hi) {
        double t = switch (scale()) {
            case LOG -> value > 0 ? (Math.log(value) - Math.log(lo)) / (Math.log(hi) - Math.log(lo)) : 0;
            case SYMLOG -> {
                double c = threshold();
                yield (symlog(value, c) - symlog(lo, c)) / (symlog(hi, c) - symlog(lo, c));
            }
            case LINEAR -> (value - lo) / (hi - lo);
        };
        return t > 1 ? 1 : t < 0 || Double.isNaN(t) ? 0 : t;
    }

    private static double symlog(double v, double c) {
        return Math.signum(v) * Math.log10(1 + Math.abs(v) / c);
    }

    /**
     * Ticks for the axis from lo to hi, about {@code target} of them: {@link NiceTicks} for linear
     * and log axes; for a symmetric log axis 0 and the powers of ten at least the threshold on each
     * side (major, labelled with their sign), every one, second, fifth, ... decade so that about
     * target fit.
     */
    public List<NiceTicks.Tick> ticks(double lo, double hi, int target) {
        return switch (scale()) {
            case LINEAR -> NiceTicks.linear(lo, hi, target);
            case LOG -> NiceTicks.log(lo, hi, target);
            case SYMLOG -> symlogTicks(lo, hi, target);
        };
    }

    private List<NiceTicks.Tick> symlogTicks(double lo, double hi, int target) {
        int first = (int) Math.round(Math.log10(threshold()));
        int top = hi > 0 ? (int) Math.floor(Math.log10(hi)) : first - 1;
        int bottom = lo < 0 ? (int) Math.floor(Math.log10(-lo)) : first - 1;
        int decades = Math.max(0, top - first + 1) + Math.max(0, bottom - first + 1);
        int every = Math.max(1, (int) Math.ceil(decades / (double) Math.max(1, target - 1)));
        List<NiceTicks.Tick> ticks = new ArrayList<>();
        for (int e = bottom - Math.floorMod(bottom - first, every); e >= first; e -= every) {
            ticks.add(power(-1, e));
        }
        ticks.add(new NiceTicks.Tick(0, "0", true));
        for (int e = top - Math.floorMod(top - first, every); e >= first; e -= every) {
            ticks.add(power(1, e));
        }
        ticks.sort((a, b) -> Double.compare(a.value(), b.value()));
        return ticks;
    }

    private static NiceTicks.Tick power(int sign, int e) {
        String magnitude = e >= 0 && e < 6 ? String.valueOf((long) Math.pow(10, e)) : "1e" + e;
        return new NiceTicks.Tick(Double.parseDouble((sign < 0 ? "-" : "") + "1e" + e),
                (sign < 0 ? "\u2212" : "") + magnitude, true);
    }
}
