package org.downhill.param;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The ordered parameters of one thing (an optimizer, a schedule, a landscape), plus an optional
 * rule across them (e.g. "Nesterov momentum requires a momentum and zero dampening"). It turns raw
 * values into a validated {@link ParamSet}.
 */
public final class ParamSchema {
    private final String owner;
    private final List<Param> params;
    private final Function<ParamSet, String> rule;

    private ParamSchema(String owner, List<Param> params, Function<ParamSet, String> rule) {
        this.owner = owner;
        this.params = List.copyOf(params);
        this.rule = rule;
        long distinct = this.params.stream().map(Param::name).distinct().count();
        if (distinct != this.params.size()) {
            throw new IllegalArgumentException(owner + ": duplicate parameter names");
        }
    }

    /** A schema with no rule across parameters. */
    public static ParamSchema of(String owner, List<Param> params) {
        return new ParamSchema(owner, params, set -> null);
    }

    /**
     * The same schema with a rule across parameters.
     *
     * @param rule returns {@code null} when a set of (individually valid) values is fine, else a
     *             message naming the parameters involved and what is required
     */
    public ParamSchema withRule(Function<ParamSet, String> rule) {
        return new ParamSchema(owner, params, rule);
    }

    /** The name of what these parameters belong to, e.g. {@code SGD}. */
    public String owner() {
        return owner;
    }

    /** The parameters in display order. */
    public List<Param> params() {
        return params;
    }

    /** The parameter with this name, if any. */
    public Optional<Param> find(String name) {
        for (Param p : params) {
            if (p.name().equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * The parameter with this name.
     *
     * @throws InvalidParameterException naming the known parameters if there is none
     */
    public Param param(String name) {
        return find(name).orElseThrow(() -> new InvalidParameterException(owner + " has no parameter '"
                + Excerpt.of(name) + "'" + (params.isEmpty() ? "; it takes none" : "; its parameters are " + names())));
    }

    /** Every parameter at its default. */
    public ParamSet defaults() {
        return bind(Map.of());
    }

    /**
     * Validates values given by name; parameters not given take their defaults.
     *
     * @throws InvalidParameterException for an unknown name, a value out of range or a broken rule
     */
    public ParamSet bind(Map<String, ?> given) {
        for (String name : given.keySet()) {
            param(name);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Param p : params) {
            values.put(p.name(), given.containsKey(p.name()) ? p.check(given.get(p.name())) : p.defaultValue());
        }
        ParamSet set = new ParamSet(this, values);
        String broken = rule.apply(set);
        if (broken != null) {
            throw new InvalidParameterException(owner + ": " + broken);
        }
        return set;
    }

    /**
     * Validates values given as text (the command line's {@code name=value}).
     *
     * @throws InvalidParameterException as {@link #bind}, or for malformed text
     */
    public ParamSet parse(Map<String, String> texts) {
        Map<String, Object> values = new LinkedHashMap<>();
        texts.forEach((name, text) -> values.put(name, param(name).parse(text)));
        return bind(values);
    }

    private String names() {
        return String.join(", ", params.stream().map(Param::name).toList());
    }

    @Override
    public String toString() {
        return owner + "(" + names() + ")";
    }
}
