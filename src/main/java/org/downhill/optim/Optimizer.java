package org.downhill.optim;

import org.downhill.param.ParamSet;

/**
 * One run of an optimizer on the two parameters (x, y): a small mutable object holding the
 * optimizer's state (momentum buffers, moment estimates, step count), created by
 * {@link OptimizerKind#create} from validated hyper-parameters. The update rules are those of
 * PyTorch 1.13's {@code torch.optim}, evaluated in the documented order and rounding (see each
 * implementation), so that trajectories agree with PyTorch's to about 1e-11.
 *
 * <p>Hyper-parameters are read at every update, as PyTorch reads its parameter group, so
 * {@link #configure} may change them between updates while the state is kept: this is how a
 * slider moved in the middle of a run takes effect. Single-threaded; {@link #step} allocates
 * nothing.
 */
public interface Optimizer {

    /** Index into the probe array of the momentum part of the update, x. */
    int VELOCITY_X = 0;
    /** Index into the probe array of the momentum part of the update, y. */
    int VELOCITY_Y = 1;
    /** Index into the probe array of the adaptive denominator, x. */
    int SCALE_X = 2;
    /** Index into the probe array of the adaptive denominator, y. */
    int SCALE_Y = 3;
    /** The length of the probe array. */
    int PROBE_SIZE = 4;

    /**
     * Replaces the hyper-parameters, keeping the state.
     *
     * @param hyper values validated against this optimizer's {@link OptimizerKind#schema()}
     */
    void configure(ParamSet hyper);

    /**
     * Applies one update in place.
     *
     * @param p        the point (x, y), overwritten with the new point
     * @param g        the gradient at {@code p} (possibly with noise); not modified
     * @param lr       the learning rate for this update (the schedule's value)
     * @param momentum the momentum (SGD, RMSprop) or beta1 (Adam family) set by a momentum-cycling
     *                 schedule for this update, or NaN to use the configured value
     * @param probe    receives what a teacher may draw, {@link #PROBE_SIZE} values: at
     *                 {@link #VELOCITY_X}, {@link #VELOCITY_Y} the part of this update carried
     *                 over by momentum from earlier steps (0 for optimizers without momentum); at
     *                 {@link #SCALE_X}, {@link #SCALE_Y} the per-coordinate denominator the
     *                 update divided the gradient by (NaN for optimizers that do not adapt)
     */
    void step(double[] p, double[] g, double lr, double momentum, double[] probe);

    /**
     * Attaches a trace that every following {@link #step} fills with the terms of its update (the
     * state before and after, the bias corrections, the effective per-coordinate rate, ...), or
     * detaches it (null). The updates compute the same numbers either way.
     */
    void trace(UpdateTrace into);
}
