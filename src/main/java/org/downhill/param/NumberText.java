package org.downhill.param;

import java.math.BigDecimal;
import java.math.MathContext;

/** Short, exact-enough spellings of numbers for messages, labels and the command line. */
public final class NumberText {
    private NumberText() {
    }

    /**
     * The shortest decimal that reads back as the same double, in plain notation between 1e-4 and
     * 1e7 and in scientific notation ({@code 1e-05} style, as Python prints) outside.
     * Non-finite values are spelled {@code inf}, {@code -inf} and {@code nan}.
     */
    public static String of(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return "0";
        }
        return of(shortest(v));
    }

    /**
     * v rounded to {@code digits} significant digits for a label: plain between 1e-4 and 1e7, else
     * with a compact exponent, e.g. {@code 0.0123}, {@code 2.7e22}, {@code 2.5e-7}; zero and
     * non-finite values as {@link #of(double)}.
     *
     * @throws IllegalArgumentException if digits is below 1
     */
    public static String significant(double v, int digits) {
        if (digits < 1) {
            throw new IllegalArgumentException("digits must be at least 1, not " + digits);
        }
        if (!Double.isFinite(v) || v == 0) {
            return of(v);
        }
        return compactExponent(of(round(v, digits)));
    }

    /**
     * A decimal without trailing zeros, in plain notation between 1e-4 and 1e7 and in scientific
     * notation ({@code 1e-05} style) outside; e.g. a number already rounded to some digits.
     */
    public static String of(BigDecimal v) {
        if (v.signum() == 0) {
            return "0";
        }
        BigDecimal exact = v.stripTrailingZeros();
        BigDecimal magnitude = exact.abs();
        if (magnitude.compareTo(new BigDecimal("1e-4")) >= 0 && magnitude.compareTo(new BigDecimal("1e7")) < 0) {
            return exact.toPlainString();
        }
        int exponent = exact.precision() - exact.scale() - 1;
        BigDecimal mantissa = exact.movePointLeft(exponent).stripTrailingZeros();
        String sign = exponent < 0 ? "-" : "+";
        int e = Math.abs(exponent);
        return mantissa.toPlainString() + "e" + sign + (e < 10 ? "0" : "") + e;
    }

    /**
     * The decimal with the fewest significant digits that reads back as v. (JDK 17's
     * {@code Double.toString} is not always the shortest: it spells 2.7e22 as
     * 2.7000000000000002E22.) The fewest digits are found by bisection, since rounding to more
     * digits (a finer grid that contains the coarser one) never moves further from the spelling;
     * whatever it finds reads back as v.
     */
    private static BigDecimal shortest(double v) {
        BigDecimal spelled = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        int low = 1;
        int high = spelled.precision();
        while (low < high) {
            int mid = (low + high) / 2;
            if (spelled.round(new MathContext(mid)).doubleValue() == v) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return spelled.round(new MathContext(high)).stripTrailingZeros();
    }

    /** {@code v} rounded to {@code digits} significant digits (half up); 0 and non-finite values unchanged. */
    public static double round(double v, int digits) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        return new BigDecimal(v).round(new MathContext(digits)).doubleValue();
    }

    /** A number's text with the exponent written as labels write it: {@code 2.7e+22} → {@code 2.7e22}, {@code 1.5e-05} → {@code 1.5e-5}. */
    public static String compactExponent(String text) {
        return text.replace("e+", "e").replaceFirst("e(-?)0+(?=\\d)", "e$1");
    }

    /** {@code v} to three significant digits, the window's precision: {@link #significant significant(v, 3)}. */
    public static String short3(double v) {
        return significant(v, 3);
    }

    /**
     * Parses a number as a user types it; also accepts {@code inf}, {@code -inf}, {@code nan} in
     * any case.
     *
     * @throws NumberFormatException if the text is not a number
     */
    public static double parse(String text) {
        String t = text.trim();
        switch (t.toLowerCase(java.util.Locale.ROOT)) {
            case "inf": case "+inf": case "infinity": case "+infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf": case "-infinity":
                return Double.NEGATIVE_INFINITY;
            case "nan":
                return Double.NaN;
            default:
                if (t.isEmpty() || !t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                    throw new NumberFormatException("not a number: '" + text + "'");
                }
                return Double.parseDouble(t);
        }
    }
}
