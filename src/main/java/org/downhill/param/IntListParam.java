package org.downhill.param;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of integers of any length, e.g. {@code milestones} of a multi-step schedule.
 *
 * @param name         the parameter's name
 * @param meaning      what it does, in one line
 * @param defaultValue its default
 * @param min          the smallest value an element may take
 */
public record IntListParam(String name, String meaning, List<Integer> defaultValue, int min) implements Param {

    /** Validates the descriptor itself. */
    public IntListParam {
        defaultValue = List.copyOf(defaultValue);
    }

    /** Accepts a list or array of integers, each at least {@link #min()}. */
    @Override
    public List<Integer> check(Object value) {
        List<?> items = ListValues.asList(value);
        if (items == null) {
            throw new InvalidParameterException(name + " must be a list of integers, not " + RealParam.describe(value));
        }
        List<Integer> out = new ArrayList<>(items.size());
        for (Object item : items) {
            if (!(item instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())
                    || Double.isInfinite(n.doubleValue())) {
                throw new InvalidParameterException(name + " must be a list of integers, not " + RealParam.describe(value));
            }
            if (n.doubleValue() < min || n.doubleValue() > Integer.MAX_VALUE) {
                throw new InvalidParameterException("Invalid value for " + name + ": " + RealParam.describe(value)
                        + " (allowed: " + allowed() + ")");
            }
            out.add(n.intValue());
        }
        return List.copyOf(out);
    }

    @Override
    public List<Integer> parse(String text) {
        List<Object> values = new ArrayList<>();
        for (String part : ListValues.split(text)) {
            try {
                values.add(NumberText.parse(part));
            } catch (NumberFormatException e) {
                throw new InvalidParameterException(name + " must be comma-separated integers, not "
                        + RealParam.describe(text));
            }
        }
        return check(values);
    }

    @Override
    public String format(Object value) {
        return ListValues.join((List<?>) value);
    }

    @Override
    public String allowed() {
        return "integers >= " + min;
    }
}
