package org.downhill.ui.lr;

/**
 * A logarithmic learning-rate axis: the decades {@code lo .. hi} (log10 of the learning rate)
 * spread over a track. A learning rate {@code lr} sits at the fraction
 * {@code (log10(lr) - lo) / (hi - lo)} of the track. Immutable.
 *
 * @param lo log10 of the learning rate at the left end
 * @param hi log10 of the learning rate at the right end, {@code > lo}
 */
public record LrAxis(double lo, double hi) {
    /**
     * The fewest pixels per decade: 100 px of drag span at most a factor of 10, so a track of w
     * pixels shows at most {@code w / 100} decades.
     */
    public static final double MIN_PX_PER_DECADE = 100;
    /** The narrowest span, in decades (a factor of about 1.26 across the track). */
    public static final double MIN_SPAN = 0.1;

    /** Checks the ends. */
    public LrAxis {
        if (!(hi > lo) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            throw new IllegalArgumentException("An lr axis needs finite lo < hi, not " + lo + " to " + hi);
        }
    }

    /** The decades across the track, {@code hi - lo}. */
    public double span() {
        return hi - lo;
    }

    /** Where {@code lr} sits: 0 at the left end, 1 at the right (outside for rates off the axis). */
    public double fraction(double lr) {
        return (Math.log10(lr) - lo) / span();
    }

    /** The learning rate at a fraction of the track: {@code 10^(lo + fraction * span)}. */
    public double lrAt(double fraction) {
        return Math.pow(10, lo + fraction * span());
    }

    /** Whether {@code lr} lies on the axis (ends included). */
    public boolean contains(double lr) {
        double f = fraction(lr);
        return f >= 0 && f <= 1;
    }

    /** The most decades a track of {@code widthPx} pixels may show, at least {@link #MIN_SPAN}. */
    public static double maxSpan(double widthPx) {
        return Math.max(MIN_SPAN, widthPx / MIN_PX_PER_DECADE);
    }

    /**
     * This axis with its span scaled by {@code factor} around the decade {@code centre} (which keeps
     * its place on the track), the span kept within {@link #MIN_SPAN} .. {@code maxSpan}, then
     * shifted to lie inside {@code outer} where it fits.
     */
    public LrAxis zoom(double factor, double centre, double maxSpan, LrAxis outer) {
        double span = Math.max(MIN_SPAN, Math.min(maxSpan, Math.min(outer.span(), span() * factor)));
        double at = (centre - lo) / span();
        double from = centre - at * span;
        return new LrAxis(from, from + span).inside(outer);
    }

    /** This axis shifted (span kept) so that it lies inside {@code outer}; clipped if it is wider. */
    public LrAxis inside(LrAxis outer) {
        double span = Math.min(span(), outer.span());
        double from = Math.max(outer.lo(), Math.min(outer.hi() - span, lo));
        return new LrAxis(from, from + span);
    }

    /** This axis moved (span kept, then kept inside {@code outer}) so that {@code lr} sits at {@code fraction}. */
    public LrAxis centredOn(double lr, double fraction, LrAxis outer) {
        double from = Math.log10(lr) - fraction * span();
        return new LrAxis(from, from + span()).inside(outer);
    }
}
