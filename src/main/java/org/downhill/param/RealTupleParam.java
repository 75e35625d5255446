package org.downhill.param;

import java.util.ArrayList;
import java.util.List;

/**
 * A fixed-size tuple of reals sharing one range, e.g. Adam's {@code betas = (beta1, beta2)}.
 * A user interface shows one slider per element, labelled with {@link #elementNames()}.
 *
 * @param name         the parameter's name
 * @param meaning      what it does, in one line
 * @param defaultValue its default
 * @param elementNames a name for each element, e.g. {@code beta1, beta2}
 * @param range        the values each element allows
 * @param sliderMin    the low end of each element's slider
 * @param sliderMax    the high end of each element's slider
 * @param scale        how each slider moves
 */
public record RealTupleParam(String name, String meaning, List<Double> defaultValue, List<String> elementNames,
                             Interval range, double sliderMin, double sliderMax, Scale scale) implements Param {

    /** Validates the descriptor itself. */
    public RealTupleParam {
        defaultValue = List.copyOf(defaultValue);
        elementNames = List.copyOf(elementNames);
        if (defaultValue.size() != elementNames.size() || !defaultValue.stream().allMatch(range::contains)) {
            throw new IllegalArgumentException(name + ": bad default " + defaultValue);
        }
    }

    /** The number of elements. */
    public int size() {
        return elementNames.size();
    }

    /** The same parameter with another default. */
    public RealTupleParam withDefault(List<Double> newDefault) {
        return new RealTupleParam(name, meaning, newDefault, elementNames, range, sliderMin, sliderMax, scale);
    }

    /** Accepts a list or array of {@link #size()} numbers. */
    @Override
    public List<Double> check(Object value) {
        List<?> items = ListValues.asList(value);
        if (items == null || items.size() != size()) {
            throw new InvalidParameterException(name + " must be " + size() + " numbers ("
                    + String.join(", ", elementNames) + "), not " + RealParam.describe(value));
        }
        List<Double> out = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            Object item = items.get(i);
            if (!(item instanceof Number n)) {
                throw new InvalidParameterException(name + " must be " + size() + " numbers, not "
                        + RealParam.describe(value));
            }
            double v = n.doubleValue();
            if (!range.contains(v)) {
                throw new InvalidParameterException("Invalid value for " + name + ": " + elementNames.get(i)
                        + " = " + NumberText.of(v) + " (allowed: " + range.describe(elementNames.get(i)) + ")");
            }
            out.add(v);
        }
        return List.copyOf(out);
    }

    @Override
    public List<Double> parse(String text) {
        List<Double> values = new ArrayList<>();
        for (String part : ListValues.split(text)) {
            try {
                values.add(NumberText.parse(part));
            } catch (NumberFormatException e) {
                throw new InvalidParameterException(name + " must be " + size() + " comma-separated numbers, not "
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
        return size() + " numbers, each " + range.describe("value");
    }
}
