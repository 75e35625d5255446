package org.downhill.optim;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import org.downhill.param.Excerpt;
import org.downhill.param.InvalidParameterException;
import org.downhill.param.ParamSchema;
import org.downhill.param.ParamSet;

/**
 * The optimizers Downhill knows, with PyTorch's class names, their hyper-parameters and the
 * hyper-parameter a momentum-cycling schedule (OneCycleLR, CyclicLR) sets. Adding an optimizer is
 * one class and one line here; user interfaces build their controls from {@link #schema()}.
 */
public enum OptimizerKind {
    /** Gradient descent, with optional (Nesterov) momentum. */
    SGD("SGD", "SGD", "Plain gradient descent: step against the gradient, optionally with momentum.",
            Sgd.SCHEMA, Sgd::new, CycledMomentum.MOMENTUM),
    /** Per-coordinate steps shrinking with the sum of squared gradients. */
    ADAGRAD("Adagrad", "Adagrad", "Divides each coordinate's step by the root of all its past squared gradients.",
            Adagrad.SCHEMA, Adagrad::new, CycledMomentum.NONE),
    /** Per-coordinate steps scaled by a running RMS of gradients. */
    RMSPROP("RMSprop", "RMSprop", "Divides each coordinate's step by a running average of its squared gradients.",
            RmsProp.SCHEMA, RmsProp::new, CycledMomentum.MOMENTUM),
    /** Momentum plus RMS scaling, bias-corrected. */
    ADAM("Adam", "Adam", "Momentum and per-coordinate scaling together, corrected for their start at zero.",
            Adam.ADAM_SCHEMA, hyper -> new Adam(hyper, false), CycledMomentum.BETA1),
    /** Adam with decoupled weight decay. */
    ADAMW("AdamW", "AdamW", "Adam with weight decay applied directly to the parameters, not the gradient.",
            Adam.ADAMW_SCHEMA, hyper -> new Adam(hyper, true), CycledMomentum.BETA1),
    /** Adam with the infinity norm. */
    ADAMAX("Adamax", "Adamax", "Adam with the largest recent gradient size in place of the RMS.",
            Adamax.SCHEMA, Adamax::new, CycledMomentum.BETA1),
    /** Adam with Nesterov momentum. */
    NADAM("NAdam", "NAdam", "Adam with Nesterov's look-ahead momentum.",
            NAdam.SCHEMA, NAdam::new, CycledMomentum.BETA1),
    /** Adam with a rectified warm-up. */
    RADAM("RAdam", "RAdam", "Adam that behaves like momentum SGD until its variance estimate is reliable.",
            RAdam.SCHEMA, RAdam::new, CycledMomentum.BETA1),
    /** Steps from the ratio of update and gradient RMS. */
    ADADELTA("Adadelta", "Adadelta", "Scales steps by the ratio of recent update sizes to recent gradient sizes.",
            Adadelta.SCHEMA, Adadelta::new, CycledMomentum.NONE);

    /** Which hyper-parameter a momentum-cycling schedule sets on an optimizer. */
    public enum CycledMomentum {
        /** {@code momentum} (SGD, RMSprop). */
        MOMENTUM,
        /** beta1 of {@code betas} (the Adam family). */
        BETA1,
        /** None: the optimizer has neither, and momentum-cycling schedules cannot drive it. */
        NONE
    }

    private final String torchName;
    private final String displayName;
    private final String description;
    private final ParamSchema schema;
    private final Function<ParamSet, Optimizer> factory;
    private final CycledMomentum cycledMomentum;

    OptimizerKind(String torchName, String displayName, String description, ParamSchema schema,
                  Function<ParamSet, Optimizer> factory, CycledMomentum cycledMomentum) {
        this.torchName = torchName;
        this.displayName = displayName;
        this.description = description;
        this.schema = schema;
        this.factory = factory;
        this.cycledMomentum = cycledMomentum;
    }

    /** PyTorch's class name, e.g. {@code RMSprop}. */
    public String torchName() {
        return torchName;
    }

    /** The name for people. */
    public String displayName() {
        return displayName;
    }

    /** One sentence on what the optimizer does. */
    public String description() {
        return description;
    }

    /** The hyper-parameters with their defaults, ranges and meanings. */
    public ParamSchema schema() {
        return schema;
    }

    /** What a momentum-cycling schedule sets on this optimizer. */
    public CycledMomentum cycledMomentum() {
        return cycledMomentum;
    }

    /** Whether this optimizer uses momentum with the given hyper-parameters (a buffer or beta1 > 0). */
    public boolean hasMomentum(ParamSet hyper) {
        return switch (cycledMomentum) {
            case MOMENTUM -> hyper.real("momentum") > 0;
            case BETA1 -> hyper.real("betas", 0) > 0;
            case NONE -> false;
        };
    }

    /** A fresh optimizer with validated hyper-parameters of this kind. */
    public Optimizer create(ParamSet hyper) {
        if (!hyper.schema().owner().equals(schema.owner())) {
            throw new IllegalArgumentException("hyper-parameters of " + hyper.schema().owner() + " given to " + this);
        }
        return factory.apply(hyper);
    }

    /**
     * The optimizer with this PyTorch class name, case-insensitively.
     *
     * @throws InvalidParameterException listing the known names
     */
    public static OptimizerKind byName(String name) {
        return Arrays.stream(values()).filter(k -> k.torchName.equalsIgnoreCase(name.trim())).findFirst()
                .orElseThrow(() -> new InvalidParameterException("Unknown optimizer '" + Excerpt.of(name)
                        + "'; known: " + String.join(", ", Arrays.stream(values()).map(OptimizerKind::torchName).toList())));
    }

    @Override
    public String toString() {
        return torchName;
    }

    /** Lower-case id for files, e.g. {@code rmsprop}. */
    public String id() {
        return torchName.toLowerCase(Locale.ROOT);
    }
}
