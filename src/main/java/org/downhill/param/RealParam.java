package org.downhill.param;

/**
 * A real-valued parameter.
 *
 * @param name         the parameter's name
 * @param meaning      what it does, in one line
 * @param defaultValue its default
 * @param range        the values allowed
 * @param sliderMin    the low end of the range a slider covers (a typical, not a hard limit)
 * @param sliderMax    the high end of the range a slider covers
 * @param scale        whether a slider moves linearly or logarithmically
 */
public record RealParam(String name, String meaning, Double defaultValue, Interval range,
                        double sliderMin, double sliderMax, Scale scale) implements Param {

    /** Validates the descriptor itself: the default is allowed and the slider range is sane. */
    public RealParam {
        if (defaultValue == null || !range.contains(defaultValue)) {
            throw new IllegalArgumentException(name + ": default " + defaultValue + " outside " + range);
        }
        if (!(sliderMin < sliderMax) || (scale == Scale.LOG && sliderMin <= 0)) {
            throw new IllegalArgumentException(name + ": bad slider range " + sliderMin + ".." + sliderMax);
        }
    }

    /** A real parameter allowed anywhere in {@code range}, with a linear slider over the given span. */
    public static RealParam linear(String name, double defaultValue, Interval range,
                                   double sliderMin, double sliderMax, String meaning) {
        return new RealParam(name, meaning, defaultValue, range, sliderMin, sliderMax, Scale.LINEAR);
    }

    /** A real parameter allowed anywhere in {@code range}, with a logarithmic slider over the given span. */
    public static RealParam log(String name, double defaultValue, Interval range,
                                double sliderMin, double sliderMax, String meaning) {
        return new RealParam(name, meaning, defaultValue, range, sliderMin, sliderMax, Scale.LOG);
    }

    /** The same parameter with another default (e.g. each optimizer's own default {@code lr}). */
    public RealParam withDefault(double newDefault) {
        return new RealParam(name, meaning, newDefault, range, sliderMin, sliderMax, scale);
    }

    @Override
    public Double check(Object value) {
        if (!(value instanceof Number n)) {
            throw new InvalidParameterException(name + " must be a number, not " + describe(value));
        }
        double v = n.doubleValue();
        if (!range.contains(v)) {
            throw rejection(v);
        }
        return v;
    }

    @Override
    public Double parse(String text) {
        try {
            return check(NumberText.parse(text));
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name + " must be a number, not " + describe(text));
        }
    }

    @Override
    public String format(Object value) {
        return NumberText.of(((Number) value).doubleValue());
    }

    @Override
    public String allowed() {
        return range.describe(name);
    }

    /** A value as a message quotes it: null in words, text in quotes, every value cut to an {@link Excerpt}. */
    static String describe(Object value) {
        if (value == null) {
            return "nothing (null)";
        }
        if (value instanceof String s) {
            return "'" + Excerpt.of(s) + "'";
        }
        return Excerpt.of(value.toString());
    }
}
