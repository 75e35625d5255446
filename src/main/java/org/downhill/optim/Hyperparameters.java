package org.downhill.optim;

import java.util.List;
import org.downhill.param.FlagParam;
import org.downhill.param.Interval;
import org.downhill.param.RealParam;
import org.downhill.param.RealTupleParam;
import org.downhill.param.Scale;

/**
 * The hyper-parameters shared by the optimizers, each described once with PyTorch's name. Where
 * optimizers differ only in the default (e.g. {@code lr}, {@code eps}), they call the factory with
 * their own default.
 */
final class Hyperparameters {
    private Hyperparameters() {
    }

    /** {@code lr}: the step size. PyTorch's SGD has no default; Downhill uses 0.01. */
    static RealParam lr(double defaultValue) {
        return RealParam.log("lr", defaultValue, Interval.atLeast(0), 1e-5, 10,
                "learning rate: how far each update moves");
    }

    static final RealParam MOMENTUM = RealParam.linear("momentum", 0, Interval.closed(0, 1), 0, 0.99,
            "fraction of the previous step carried into the next (heavy ball)");

    static final RealParam DAMPENING = RealParam.linear("dampening", 0, Interval.closed(0, 1), 0, 1,
            "fraction of the new gradient held back from the momentum buffer");

    static final FlagParam NESTEROV = FlagParam.of("nesterov", false,
            "look ahead: apply the momentum step before taking the gradient (needs momentum, no dampening)");

    static final RealParam WEIGHT_DECAY = RealParam.linear("weight_decay", 0, Interval.atLeast(0), 0, 1,
            "L2 penalty: pulls the parameters towards the origin (adds weight_decay * p to the gradient)");

    /** {@code weight_decay} of AdamW, which is decoupled from the gradient and defaults to 0.01. */
    static final RealParam DECOUPLED_WEIGHT_DECAY = RealParam.linear("weight_decay", 0.01, Interval.atLeast(0), 0, 1,
            "decoupled decay: shrinks the parameters by lr * weight_decay before each update");

    /** {@code eps}: added to a denominator so that it never divides by zero. */
    static RealParam eps(double defaultValue) {
        return RealParam.log("eps", defaultValue, Interval.atLeast(0), 1e-12, 1,
                "added to the denominator to avoid dividing by zero");
    }

    /** {@code betas}: the decay rates of the first and second moment estimates. */
    static RealTupleParam betas(double beta1, double beta2) {
        return new RealTupleParam("betas", "decay rates of the running averages of the gradient (beta1) "
                + "and of its square (beta2)", List.of(beta1, beta2), List.of("beta1", "beta2"),
                Interval.closedOpen(0, 1), 0, 0.9999, Scale.LINEAR);
    }

    static final FlagParam AMSGRAD = FlagParam.of("amsgrad", false,
            "use the largest second moment seen so far, so the step size never grows");

    static final RealParam LR_DECAY = RealParam.linear("lr_decay", 0, Interval.atLeast(0), 0, 0.1,
            "shrinks the learning rate as lr / (1 + (t - 1) * lr_decay)");

    static final RealParam INITIAL_ACCUMULATOR_VALUE = RealParam.linear("initial_accumulator_value", 0,
            Interval.atLeast(0), 0, 1, "starting value of the sum of squared gradients");

    static final RealParam ALPHA = RealParam.linear("alpha", 0.99, Interval.closed(0, 1), 0.5, 0.999,
            "smoothing constant of the running average of squared gradients");

    static final FlagParam CENTERED = FlagParam.of("centered", false,
            "divide by the estimated variance of the gradient instead of its second moment");

    static final RealParam MOMENTUM_DECAY = RealParam.linear("momentum_decay", 0.004, Interval.atLeast(0), 0, 0.02,
            "how fast NAdam's momentum schedule warms up");

    static final RealParam RHO = RealParam.linear("rho", 0.9, Interval.closed(0, 1), 0, 0.999,
            "smoothing constant of the running averages of squared gradients and squared updates");

    /** The gradient with L2 weight decay: {@code d = g + wd * p}, as {@code fma(wd, p, g)}. */
    static double decayed(double g, double p, double weightDecay) {
        return weightDecay != 0 ? Math.fma(weightDecay, p, g) : g;
    }

    /** The schedule's momentum or beta1 when it sets one, else the configured value. */
    static double orConfigured(double scheduled, double configured) {
        return Double.isNaN(scheduled) ? configured : scheduled;
    }
}
