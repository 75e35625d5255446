package org.downhill.optim;

import static org.downhill.optim.Hyperparameters.decayed;

import java.util.List;
import org.downhill.param.ParamSchema;
import org.downhill.param.ParamSet;

/**
 * Adadelta, as PyTorch 1.13's {@code torch.optim.Adadelta}: the step is the gradient scaled by
 * the ratio of the running RMS of past updates to the running RMS of gradients, so it needs no
 * learning rate in theory ({@code lr} defaults to 1 and scales the result). With
 * {@code d = g + weight_decay * p}:
 * <pre>
 * sq    = rho * sq + (1 - rho) * d * d
 * delta = sqrt(acc + eps) / sqrt(sq + eps) * d        (acc from before this update)
 * acc   = rho * acc + (1 - rho) * delta * delta
 * p     = p - lr * delta
 * </pre>
 */
final class Adadelta extends BaseOptimizer {

    static final ParamSchema SCHEMA = ParamSchema.of("Adadelta", List.of(Hyperparameters.lr(1.0),
            Hyperparameters.RHO, Hyperparameters.eps(1e-6), Hyperparameters.WEIGHT_DECAY));

    private double rho;
    private double eps;
    private double weightDecay;
    private final double[] sq = new double[2];
    private final double[] acc = new double[2];

    Adadelta(ParamSet hyper) {
        configure(hyper);
    }

    @Override
    public void configure(ParamSet hyper) {
        rho = hyper.real("rho");
        eps = hyper.real("eps");
        weightDecay = hyper.real("weight_decay");
    }

    @Override
    public void step(double[] p, double[] g, double lr, double scheduledMomentum, double[] probe) {
        UpdateTrace tr = trace;
        if (tr != null) {
            tr.start(OptimizerKind.ADADELTA);
            tr.put(Term.LR, lr);
            tr.put(Term.SMOOTHING, rho);
            tr.put(Term.EPS, eps);
            tr.put(Term.WEIGHT_DECAY, weightDecay);
        }
        for (int i = 0; i < 2; i++) {
            double d = decayed(g[i], p[i], weightDecay);
            if (tr != null) {
                tr.putInputs(i, p[i], g[i], d);
                tr.put(Term.V_BEFORE, i, sq[i]);
                tr.put(Term.ACC_BEFORE, i, acc[i]);
            }
            sq[i] = Math.fma((1 - rho) * d, d, sq[i] * rho);
            double std = Math.sqrt(sq[i] + eps);
            double accRoot = Math.sqrt(acc[i] + eps);
            double delta = (accRoot / std) * d;
            acc[i] = Math.fma((1 - rho) * delta, delta, acc[i] * rho);
            p[i] = Math.fma(-lr, delta, p[i]);
            probe[VELOCITY_X + i] = 0;
            probe[SCALE_X + i] = std / accRoot;
            if (tr != null) {
                tr.put(Term.V, i, sq[i]);
                tr.put(Term.ACC, i, acc[i]);
                tr.put(Term.DELTA, i, delta);
                tr.put(Term.DENOMINATOR, i, std / accRoot);
                tr.put(Term.RATE, i, lr * (accRoot / std));
                tr.put(Term.NEW_POINT, i, p[i]);
            }
        }
    }
}
