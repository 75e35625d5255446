package org.downhill.landscape;

import java.util.Map;
import java.util.function.Function;
import org.downhill.param.ParamSchema;
import org.downhill.param.ParamSet;

/**
 * A kind of landscape with its parameters: {@code rosenbrock} with {@code a} and {@code b}, say.
 *
 * @param id          the name used in files and on the command line, e.g. {@code six_hump_camel}
 * @param displayName the name for people, e.g. {@code Six-hump camel}
 * @param description one sentence on what it teaches
 * @param schema      its parameters
 * @param factory     makes a landscape from validated parameters
 */
public record LandscapeFamily(String id, String displayName, String description, ParamSchema schema,
                              Function<ParamSet, Landscape> factory) {

    /** The landscape with every parameter at its default. */
    public Landscape create() {
        return factory.apply(schema.defaults());
    }

    /**
     * The landscape with the given parameters.
     *
     * @throws org.downhill.param.InvalidParameterException if the values are not allowed
     */
    public Landscape create(ParamSet params) {
        if (!params.schema().owner().equals(schema.owner())) {
            throw new IllegalArgumentException("parameters of " + params.schema().owner() + " given to " + id);
        }
        return factory.apply(params);
    }

    /**
     * The landscape with the given parameter values, the rest at their defaults.
     *
     * @throws org.downhill.param.InvalidParameterException if the values are not allowed
     */
    public Landscape create(Map<String, ?> values) {
        return factory.apply(schema.bind(values));
    }

    @Override
    public String toString() {
        return id;
    }
}
