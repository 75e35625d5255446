package org.downhill.param;

/**
 * An integer parameter, e.g. a step count. An optional one also allows "none" ({@code null}), as
 * PyTorch's {@code step_size_down=None}.
 *
 * @param name         the parameter's name
 * @param meaning      what it does, in one line
 * @param defaultValue its default ({@code null} only when optional)
 * @param min          the smallest allowed value
 * @param max          the largest allowed value
 * @param optional     whether "none" is allowed
 */
public record IntParam(String name, String meaning, Integer defaultValue, int min, int max, boolean optional)
        implements Param {

    /** Validates the descriptor itself. */
    public IntParam {
        if (defaultValue == null ? !optional : defaultValue < min || defaultValue > max) {
            throw new IllegalArgumentException(name + ": bad default " + defaultValue);
        }
    }

    /** A required integer in {@code [min, max]}. */
    public static IntParam of(String name, int defaultValue, int min, int max, String meaning) {
        return new IntParam(name, meaning, defaultValue, min, max, false);
    }

    /** An integer in {@code [min, max]} that may also be "none" (its default). */
    public static IntParam optional(String name, int min, int max, String meaning) {
        return new IntParam(name, meaning, null, min, max, true);
    }

    /** The same parameter with another default. */
    public IntParam withDefault(int newDefault) {
        return new IntParam(name, meaning, newDefault, min, max, optional);
    }

    @Override
    public Integer check(Object value) {
        if (value == null && optional) {
            return null;
        }
        if (!(value instanceof Number n)) {
            throw new InvalidParameterException(name + " must be an integer, not " + RealParam.describe(value));
        }
        double d = n.doubleValue();
        if (d != Math.rint(d) || Double.isInfinite(d)) {
            throw new InvalidParameterException(name + " must be an integer, not " + RealParam.describe(value));
        }
        if (d < min || d > max) {
            throw rejection((long) d);
        }
        return (int) d;
    }

    @Override
    public Integer parse(String text) {
        String t = text.trim();
        if (optional && (t.equalsIgnoreCase("none") || t.equalsIgnoreCase("null"))) {
            return null;
        }
        try {
            return check(NumberText.parse(t));
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name + " must be an integer, not " + RealParam.describe(text));
        }
    }

    @Override
    public String format(Object value) {
        return value == null ? "none" : value.toString();
    }

    @Override
    public String allowed() {
        String range = max == Integer.MAX_VALUE
                ? "an integer " + name + " >= " + min
                : "an integer " + min + " <= " + name + " <= " + max;
        return optional ? range + ", or none" : range;
    }
}
