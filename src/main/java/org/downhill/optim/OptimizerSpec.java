package org.downhill.optim;

import java.util.Map;
import java.util.Objects;
import org.downhill.param.ParamSet;

/**
 * An optimizer as a user sets it: its kind and validated hyper-parameters. Immutable.
 *
 * @param kind  which optimizer
 * @param hyper its hyper-parameters, validated against {@code kind.schema()}
 */
public record OptimizerSpec(OptimizerKind kind, ParamSet hyper) {

    /** Checks that the hyper-parameters belong to the kind. */
    public OptimizerSpec {
        Objects.requireNonNull(kind, "kind");
        if (!hyper.schema().owner().equals(kind.schema().owner())) {
            throw new IllegalArgumentException("hyper-parameters of " + hyper.schema().owner() + " given to " + kind);
        }
    }

    /** The kind with default hyper-parameters. */
    public static OptimizerSpec of(OptimizerKind kind) {
        return new OptimizerSpec(kind, kind.schema().defaults());
    }

    /**
     * The kind with the given hyper-parameters, the rest at their defaults.
     *
     * @throws org.downhill.param.InvalidParameterException if a value is unknown or not allowed
     */
    public static OptimizerSpec of(OptimizerKind kind, Map<String, ?> hyper) {
        return new OptimizerSpec(kind, kind.schema().bind(hyper));
    }

    /** The learning rate hyper-parameter (the base rate a schedule starts from). */
    public double lr() {
        return hyper.real("lr");
    }

    /** The same optimizer with one hyper-parameter changed (validated). */
    public OptimizerSpec with(String name, Object value) {
        return new OptimizerSpec(kind, hyper.with(name, value));
    }

    /** A fresh optimizer of this spec. */
    public Optimizer create() {
        return kind.create(hyper);
    }
}
