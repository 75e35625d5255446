package org.downhill.optim;

import org.downhill.param.ParamSet;

/**
 * What Adam and its variants (AdamW, Adamax, NAdam, RAdam) share: the hyperparameters
 * {@code betas = (b1, b2)}, {@code eps} and {@code weight_decay}, the update count t, and per
 * coordinate the first moment and a second statistic, moved as PyTorch 1.13 moves them:
 * <pre>
 * m = b1 * m + (1 - b1) * d               (computed as fma(1 - b1, d, b1 * m))
 * v = b2 * v + (1 - b2) * d * d           (computed as fma((1 - b2) * d, d, b2 * v); Adamax keeps a max instead)
 * </pre>
 * and the terms every one of them records in its {@link UpdateTrace}.
 */
abstract class AdamFamily extends BaseOptimizer {
    double beta1;
    double beta2;
    double eps;
    double weightDecay;
    /** The first moment m per coordinate. */
    final double[] m = new double[2];
    /** The second statistic per coordinate: v (the second moment), or Adamax's u. */
    final double[] second = new double[2];
    /** The number of updates made, counting the one being made. */
    long t;

    @Override
    public void configure(ParamSet hyper) {
        beta1 = hyper.real("betas", 0);
        beta2 = hyper.real("betas", 1);
        eps = hyper.real("eps");
        weightDecay = hyper.real("weight_decay");
    }

    /**
     * Moves coordinate i's first moment with gradient d and returns what it carried over,
     * {@code b1 * m} before the move (the momentum part of the step).
     */
    final double moveFirstMoment(int i, double b1, double d) {
        double carried = m[i] * b1;
        m[i] = Math.fma(1 - b1, d, carried);
        return carried;
    }

    /** Moves coordinate i's second moment v with gradient d. */
    final void moveSecondMoment(int i, double d) {
        second[i] = Math.fma((1 - beta2) * d, d, second[i] * beta2);
    }

    /** Starts the trace of an update: the optimizer, t, lr, b1 (as scheduled), b2, eps and weight_decay. */
    final void traceStart(UpdateTrace tr, OptimizerKind kind, double lr, double b1) {
        tr.start(kind);
        tr.put(Term.STEP_COUNT, t);
        tr.put(Term.LR, lr);
        tr.put(Term.BETA1, b1);
        tr.put(Term.BETA2, beta2);
        tr.put(Term.EPS, eps);
        tr.put(Term.WEIGHT_DECAY, weightDecay);
    }

    /**
     * Records coordinate i's inputs: the point, the gradient, and the moments before the move
     * ({@code secondBefore} names the second statistic's term).
     */
    final void traceInputs(UpdateTrace tr, int i, double p, double g, Term secondBefore) {
        tr.put(Term.POINT, i, p);
        tr.put(Term.GRADIENT, i, g);
        tr.put(Term.M_BEFORE, i, m[i]);
        tr.put(secondBefore, i, second[i]);
    }
}
