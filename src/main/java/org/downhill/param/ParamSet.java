package org.downhill.param;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Validated values for every parameter of a {@link ParamSchema}; immutable. Two sets are equal
 * when they belong to schemas of the same owner and hold equal values.
 */
public final class ParamSet {
    private final ParamSchema schema;
    private final Map<String, Object> values;

    ParamSet(ParamSchema schema, Map<String, Object> values) {
        this.schema = schema;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The schema these values were checked against. */
    public ParamSchema schema() {
        return schema;
    }

    /** All values by name, in the schema's order. */
    public Map<String, Object> values() {
        return values;
    }

    /** The value of a parameter, in its canonical type (see {@link Param}). */
    public Object get(String name) {
        schema.param(name);
        return values.get(name);
    }

    /** A real parameter's value. */
    public double real(String name) {
        return (Double) get(name);
    }

    /** An integer parameter's value (an optional one must not be "none" here). */
    public int integer(String name) {
        return (Integer) get(name);
    }

    /** A long integer parameter's value. */
    public long longInteger(String name) {
        return (Long) get(name);
    }

    /** An optional integer parameter's value, {@code null} for "none". */
    public Integer optionalInteger(String name) {
        return (Integer) get(name);
    }

    /** A flag's value. */
    public boolean flag(String name) {
        return (Boolean) get(name);
    }

    /** A choice's value. */
    public String choice(String name) {
        return (String) get(name);
    }

    /** A real tuple's values. */
    @SuppressWarnings("unchecked")
    public List<Double> reals(String name) {
        return (List<Double>) get(name);
    }

    /** One element of a real tuple, e.g. {@code real("betas", 0)} for beta1. */
    public double real(String name, int index) {
        return reals(name).get(index);
    }

    /** An integer list's values. */
    @SuppressWarnings("unchecked")
    public List<Integer> integers(String name) {
        return (List<Integer>) get(name);
    }

    /**
     * The same values with one changed, validated again.
     *
     * @throws InvalidParameterException if the new value or the new combination is not allowed
     */
    public ParamSet with(String name, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(values);
        changed.put(name, value);
        return schema.bind(changed);
    }

    /** The same values with several changed, validated again. */
    public ParamSet with(Map<String, ?> changes) {
        Map<String, Object> changed = new LinkedHashMap<>(values);
        changed.putAll(changes);
        return schema.bind(changed);
    }

    /** The values as {@code name=text} pairs in the command line's spelling. */
    public List<String> asText() {
        List<String> out = new ArrayList<>();
        for (Param p : schema.params()) {
            out.add(p.name() + "=" + p.format(values.get(p.name())));
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParamSet other && schema.owner().equals(other.schema.owner())
                && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(schema.owner(), values);
    }

    @Override
    public String toString() {
        return schema.owner() + "(" + String.join(", ", asText()) + ")";
    }
}
