package org.downhill.rangetest;

import java.util.Arrays;
import org.downhill.param.Excerpt;
import org.downhill.param.InvalidParameterException;

/**
 * How a range test raises the learning rate from one iteration to the next (torch-lr-finder's
 * step modes, plus the seed text's procedure), for iteration i of n:
 * <pre>
 * exp:       lr_i = start * (end / start)^(i / n)
 * linear:    lr_i = start + (i / n) * (end - start)
 * stepwise:  lr_i = start * factor^floor(i / steps_per_lr)
 * </pre>
 */
public enum StepMode {
    /** Log-spaced from start towards end: the same factor every iteration. */
    EXP("exp"),
    /** Evenly spaced from start towards end. */
    LINEAR("linear"),
    /** Multiplied by {@code factor} every {@code steps_per_lr} iterations: a few steps at each value. */
    STEPWISE("stepwise");

    private final String id;

    StepMode(String id) {
        this.id = id;
    }

    /** The name on the command line and in the reference files, e.g. {@code exp}. */
    public String id() {
        return id;
    }

    /**
     * The mode with this name.
     *
     * @throws InvalidParameterException if there is none
     */
    public static StepMode byId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst().orElseThrow(
                () -> new InvalidParameterException("Unknown step mode '" + Excerpt.of(id)
                        + "' (allowed: exp, linear, stepwise)"));
    }
}
