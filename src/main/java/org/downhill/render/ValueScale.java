package org.downhill.render;

import org.downhill.landscape.ColorScaling;

/**
 * Maps landscape values f to [0, 1] for colouring, and back (for colour bar ticks). Immutable.
 * <pre>
 *   LINEAR:  u(f) = (f - lo) / (hi - lo)
 *   LOG:     u(f) = log((max(f - lo, 0) + offset) / offset) / log((hi - lo + offset) / offset)
 *            offset = max(1e-4 * (hi - lo), Double.MIN_NORMAL)
 * </pre>
 * Both give u(lo) = 0 and u(hi) = 1. LOG is log(f - lo + offset) stretched to [0, 1], values
 * below lo counting as lo: each decade of f - lo above the offset gets an equal share of the
 * colours, about four decades in all, and half the colours go to the lowest 1% of the range. That
 * shows the shape of a valley floor and walls thousands of times higher in one picture (with a
 * fraction of 1e-6 half the colours would go to the lowest thousandth, crowding the contours round
 * the minimum; with 1e-3 a valley floor like Rosenbrock's gets only the darkest few colours).
 * {@link #toUnit} does not clamp (the colour map does), keeps NaN as NaN and takes
 * infinities to +-infinity (LOG: -infinity to 0). A scale knows whether the values it was fit to
 * (or {@linkplain #seeing seen} with) go above hi, where colours and heights saturate: a colour
 * bar says so ({@link #clipsAbove}).
 */
public final class ValueScale {
    /** The quantile of the finite values that {@link #fit} takes for hi. */
    public static final double ROBUST_QUANTILE = 0.99;
    /** The LOG offset as a fraction of hi - lo. */
    public static final double LOG_OFFSET_FRACTION = 1e-4;

    private final ColorScaling scaling;
    private final double lo;
    private final double hi;
    private final double offset;
    private final double offsetFraction;
    /** LINEAR: 1/(hi - lo); LOG: 1/log((hi - lo + offset)/offset). */
    private final double unitsPerScaled;
    private final boolean clipsAbove;

    private ValueScale(ColorScaling scaling, double lo, double hi) {
        this(scaling, lo, hi, LOG_OFFSET_FRACTION, false);
    }

    private ValueScale(ColorScaling scaling, double lo, double hi, double offsetFraction, boolean clipsAbove) {
        if (!(Double.isFinite(lo) && Double.isFinite(hi) && lo < hi && Double.isFinite(hi - lo))) {
            throw new IllegalArgumentException("a value scale needs finite lo < hi, not " + lo + " .. " + hi);
        }
        this.scaling = scaling;
        this.lo = lo;
        this.hi = hi;
        this.offsetFraction = offsetFraction;
        this.clipsAbove = clipsAbove;
        if (scaling == ColorScaling.LOG) {
            this.offset = Math.max(offsetFraction * (hi - lo), Double.MIN_NORMAL);
            this.unitsPerScaled = 1 / Math.log((hi - lo + offset) / offset);
        } else {
            this.offset = 0;
            this.unitsPerScaled = 1 / (hi - lo);
        }
    }

    /**
     * The scale of the given kind from lo to hi.
     *
     * @throws IllegalArgumentException unless lo &lt; hi, both finite with a finite difference
     */
    public static ValueScale of(ColorScaling scaling, double lo, double hi) {
        return new ValueScale(scaling, lo, hi);
    }

    /**
     * The scale of the given kind that suits a sampled grid, robust to a few huge values:
     * <ul>
     *   <li>lo is the smallest finite value;</li>
     *   <li>hi is the {@value #ROBUST_QUANTILE} quantile of the finite values (see
     *       {@link SampledGrid#finiteQuantile}), so that a wall covering less than 1% of the window
     *       takes the top colour instead of squeezing the rest into the bottom ones; if that equals
     *       lo, the largest finite value; if that too equals lo (a flat grid), lo + max(1, |lo|), which
     *       colours the grid with the bottom colour.</li>
     * </ul>
     * A grid with no finite value gets LINEAR from 0 to 1: it is drawn as "no data" anyway, apart
     * from its infinities.
     */
    public static ValueScale fit(SampledGrid grid, ColorScaling scaling) {
        double lo = grid.finiteMin();
        if (Double.isNaN(lo)) {
            return new ValueScale(ColorScaling.LINEAR, 0, 1);
        }
        double hi = grid.finiteQuantile(ROBUST_QUANTILE);
        if (!(hi > lo)) {
            hi = grid.finiteMax();
        }
        if (!(hi > lo) || !Double.isFinite(hi - lo)) {
            hi = lo + Math.max(1, Math.abs(lo));
        }
        return new ValueScale(scaling, lo, hi, LOG_OFFSET_FRACTION, grid.finiteMax() > hi);
    }

    /** The same scale, knowing whether a grid's values go above hi ({@link #clipsAbove}). */
    public ValueScale seeing(SampledGrid grid) {
        boolean above = grid.finiteMax() > hi;
        return above == clipsAbove ? this : new ValueScale(scaling, lo, hi, offsetFraction, above);
    }

    /** Whether some of the values shown go above hi, so that they take the top colour (and height). */
    public boolean clipsAbove() {
        return clipsAbove;
    }

    /**
     * The same scale with LOG's offset at another fraction of hi - lo: a larger fraction gives
     * fewer decades, so less of the range goes to the values just above lo (a gentler log). A
     * LINEAR scale is returned as it is.
     *
     * @throws IllegalArgumentException unless 0 &lt; fraction &lt;= 1
     */
    public ValueScale withLogOffset(double fraction) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("the log offset fraction must be in (0, 1], not " + fraction);
        }
        return scaling == ColorScaling.LOG && fraction != offsetFraction ? new ValueScale(scaling, lo, hi, fraction,
                clipsAbove) : this;
    }

    /** LINEAR or LOG. */
    public ColorScaling scaling() {
        return scaling;
    }

    /** The value mapped to 0. */
    public double lo() {
        return lo;
    }

    /** The value mapped to 1. */
    public double hi() {
        return hi;
    }

    /** LOG's offset, max(1e-4 (hi - lo), Double.MIN_NORMAL); 0 for LINEAR. */
    public double offset() {
        return offset;
    }

    /** u(f), see the class comment; not clamped. */
    public double toUnit(double f) {
        if (scaling == ColorScaling.LOG) {
            return Math.log((Math.max(f - lo, 0) + offset) / offset) * unitsPerScaled;
        }
        return (f - lo) * unitsPerScaled;
    }

    /**
     * The inverse of {@link #toUnit}: the value f with u(f) = u, for ticks on a colour bar.
     * LINEAR: lo + u (hi - lo); LOG: lo + offset ((hi - lo + offset)/offset)^u - offset.
     */
    public double fromUnit(double u) {
        if (scaling == ColorScaling.LOG) {
            return lo + (offset * Math.exp(u / unitsPerScaled) - offset);
        }
        return lo + u * (hi - lo);
    }
}
