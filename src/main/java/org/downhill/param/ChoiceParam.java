package org.downhill.param;

import java.util.List;

/**
 * A parameter that takes one of a few names, e.g. {@code anneal_strategy} ({@code cos} or
 * {@code linear}).
 *
 * @param name         the parameter's name
 * @param meaning      what it does, in one line
 * @param defaultValue its default, one of the choices
 * @param choices      the allowed names
 */
public record ChoiceParam(String name, String meaning, String defaultValue, List<String> choices) implements Param {

    /** Validates the descriptor itself. */
    public ChoiceParam {
        choices = List.copyOf(choices);
        if (!choices.contains(defaultValue)) {
            throw new IllegalArgumentException(name + ": default " + defaultValue + " not a choice");
        }
    }

    /** A choice among {@code choices}, defaulting to the given one. */
    public static ChoiceParam of(String name, String defaultValue, List<String> choices, String meaning) {
        return new ChoiceParam(name, meaning, defaultValue, choices);
    }

    @Override
    public String check(Object value) {
        if (value instanceof String s && choices.contains(s)) {
            return s;
        }
        throw new InvalidParameterException("Invalid value for " + name + ": " + RealParam.describe(value)
                + " (allowed: " + allowed() + ")");
    }

    @Override
    public String parse(String text) {
        return check(text.trim());
    }

    @Override
    public String format(Object value) {
        return (String) value;
    }

    @Override
    public String allowed() {
        return "one of " + String.join(", ", choices);
    }
}
