package org.downhill.param;

/**
 * An on/off parameter, e.g. {@code nesterov}.
 *
 * @param name         the parameter's name
 * @param meaning      what it does, in one line
 * @param defaultValue its default
 */
public record FlagParam(String name, String meaning, Boolean defaultValue) implements Param {

    /** Validates the descriptor itself. */
    public FlagParam {
        java.util.Objects.requireNonNull(defaultValue, "defaultValue");
    }

    /** A flag with the given default. */
    public static FlagParam of(String name, boolean defaultValue, String meaning) {
        return new FlagParam(name, meaning, defaultValue);
    }

    @Override
    public Boolean check(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        throw new InvalidParameterException(name + " must be true or false, not " + RealParam.describe(value));
    }

    @Override
    public Boolean parse(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (t.equals("true")) {
            return true;
        }
        if (t.equals("false")) {
            return false;
        }
        throw new InvalidParameterException(name + " must be true or false, not " + RealParam.describe(text));
    }

    @Override
    public String format(Object value) {
        return value.toString();
    }

    @Override
    public String allowed() {
        return "true or false";
    }
}
