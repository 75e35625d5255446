package org.downhill.claim;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import org.downhill.param.NumberText;

/** Measured numbers as a caption prints them. */
public final class Numbers {
    /** The significant digits of a number that is not a whole number, unless a caption asks otherwise. */
    public static final int DEFAULT_DIGITS = 3;

    private Numbers() {
    }

    /**
     * A whole number exactly, with thousands separated by commas ({@code 2,300}); any other number
     * to {@link #DEFAULT_DIGITS} significant digits ({@code 0.182}, {@code 1.5e-5}, {@code 2.7e22}); infinity as
     * {@code ∞}, NaN as {@code n/a}.
     */
    public static String format(double v) {
        if (Double.isFinite(v) && v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return format(v, DEFAULT_DIGITS);
    }

    /** A number rounded to the given significant digits (1 to 15), then spelled as {@link #format(double)} does. */
    public static String format(double v, int digits) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        double magnitude = rounded.abs().doubleValue();
        if (rounded.stripTrailingZeros().scale() <= 0 && magnitude >= 1000 && magnitude < 1e15) {
            return String.format(Locale.ROOT, "%,d", rounded.longValueExact());
        }
        return NumberText.compactExponent(NumberText.of(rounded));
    }

    /** A share (0.83) as a whole percentage ({@code 83%}). */
    public static String percent(double share) {
        if (!Double.isFinite(share)) {
            return format(share);
        }
        return format(Math.rint(share * 100)) + "%";
    }
}
