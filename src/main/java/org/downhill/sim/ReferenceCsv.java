package org.downhill.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes a trajectory in the reference CSV format: the header {@code step,x,y,loss,lr}, one row per
 * step, numbers as C's {@code %.17g} (17 significant digits, trailing zeros dropped, exponent with
 * at least two digits, so {@code 0.10000000000000001} and {@code -2.5000000000000001e-05}) and
 * non-finite values as {@code inf}, {@code -inf}, {@code nan}; {@code \n} line endings.
 */
public final class ReferenceCsv {
    /** The header line, without its newline. */
    public static final String HEADER = "step,x,y,loss,lr";

    private static final int DIGITS = 17;
    private static final MathContext SIGNIFICANT = new MathContext(DIGITS, RoundingMode.HALF_EVEN);

    private ReferenceCsv() {
    }

    /** Appends the header and every row of the trajectory. */
    public static void write(Trajectory t, Appendable out) {
        try {
            out.append(HEADER).append('\n');
            for (int k = 0; k < t.rows(); k++) {
                out.append(Integer.toString(k)).append(',').append(format(t.x(k))).append(',')
                        .append(format(t.y(k))).append(',').append(format(t.loss(k))).append(',')
                        .append(format(t.lr(k))).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The trajectory as CSV text. */
    public static String toCsv(Trajectory t) {
        StringBuilder sb = new StringBuilder(64 * t.rows() + 32);
        write(t, sb);
        return sb.toString();
    }

    /** A number as C's {@code printf("%.17g", v)} spells it, with inf, -inf and nan. */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return 1 / v < 0 ? "-0" : "0";
        }
        BigDecimal rounded = new BigDecimal(v).round(SIGNIFICANT);
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent >= -4 && exponent < DIGITS) {
            return stripZeros(rounded.setScale(DIGITS - 1 - exponent, RoundingMode.UNNECESSARY).toPlainString());
        }
        String mantissa = stripZeros(rounded.movePointLeft(exponent).setScale(DIGITS - 1, RoundingMode.UNNECESSARY)
                .toPlainString());
        int e = Math.abs(exponent);
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + (e < 10 ? "0" : "") + e;
    }

    /**
     * Parses a number as the reference files spell it, {@code inf}, {@code -inf} and {@code nan}
     * included.
     *
     * @throws NumberFormatException if it is not a number
     */
    public static double parse(String text) {
        return switch (text) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan", "-nan" -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }

    private static String stripZeros(String plain) {
        if (plain.indexOf('.') < 0) {
            return plain;
        }
        int end = plain.length();
        while (plain.charAt(end - 1) == '0') {
            end--;
        }
        if (plain.charAt(end - 1) == '.') {
            end--;
        }
        return plain.substring(0, end);
    }
}
