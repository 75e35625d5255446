package org.downhill.param;

import java.math.BigDecimal;

/**
 * A whole number too large for an {@code int}, e.g. a random seed. Every value of a {@code long}
 * in {@code [min, max]} is kept exactly: text is read digit by digit, not through a double.
 *
 * @param name         the parameter's name
 * @param meaning      what it does, in one line
 * @param defaultValue its default
 * @param min          the smallest allowed value
 * @param max          the largest allowed value
 */
public record LongParam(String name, String meaning, Long defaultValue, long min, long max) implements Param {

    /** Validates the descriptor itself. */
    public LongParam {
        if (defaultValue == null || defaultValue < min || defaultValue > max) {
            throw new IllegalArgumentException(name + ": bad default " + defaultValue);
        }
    }

    /** A whole number in {@code [min, max]}. */
    public static LongParam of(String name, long defaultValue, long min, long max, String meaning) {
        return new LongParam(name, meaning, defaultValue, min, max);
    }

    /**
     * Accepts any {@link Number} holding a whole value in range: a {@link Long} or {@link Integer}
     * exactly, a {@link Double} when it is whole (and so exact only up to 2^53).
     */
    @Override
    public Long check(Object value) {
        if (!(value instanceof Number n)) {
            throw new InvalidParameterException(name + " must be an integer, not " + RealParam.describe(value));
        }
        BigDecimal exact;
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            exact = BigDecimal.valueOf(n.longValue());
        } else {
            double d = n.doubleValue();
            if (d != Math.rint(d) || Double.isInfinite(d)) {
                throw new InvalidParameterException(name + " must be an integer, not " + RealParam.describe(value));
            }
            exact = new BigDecimal(d);
        }
        if (exact.compareTo(BigDecimal.valueOf(min)) < 0 || exact.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw rejection(exact.toPlainString());
        }
        return exact.longValueExact();
    }

    @Override
    public Long parse(String text) {
        String t = text.trim();
        if (t.matches("[+-]?\\d{1,30}")) {
            BigDecimal exact = new BigDecimal(t);
            if (exact.compareTo(BigDecimal.valueOf(min)) < 0 || exact.compareTo(BigDecimal.valueOf(max)) > 0) {
                throw rejection(exact.toPlainString());
            }
            return exact.longValueExact();
        }
        try {
            return check(NumberText.parse(t));
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name + " must be an integer, not " + RealParam.describe(text));
        }
    }

    @Override
    public String format(Object value) {
        return value.toString();
    }

    @Override
    public String allowed() {
        if (min == Long.MIN_VALUE && max == Long.MAX_VALUE) {
            return "an integer " + name + " from " + min + " to " + max;
        }
        return max == Long.MAX_VALUE ? "an integer " + name + " >= " + min
                : "an integer " + min + " <= " + name + " <= " + max;
    }
}
