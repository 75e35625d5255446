package org.downhill.optim;

import static org.downhill.optim.Hyperparameters.decayed;

import java.util.List;
import org.downhill.param.ParamSchema;
import org.downhill.param.ParamSet;

/**
 * Adagrad, as PyTorch 1.13's {@code torch.optim.Adagrad}: each coordinate's step is divided by the
 * root of the sum of all its squared gradients, so steep directions slow down for good. With
 * {@code d = g + weight_decay * p}, update count t and the sum starting at
 * {@code initial_accumulator_value}:
 * <pre>
 * clr = lr / (1 + (t - 1) * lr_decay)
 * sum = sum + d * d
 * p   = p - clr * d / (sqrt(sum) + eps)
 * </pre>
 */
final class Adagrad extends BaseOptimizer {

    static final ParamSchema SCHEMA = ParamSchema.of("Adagrad", List.of(Hyperparameters.lr(0.01),
            Hyperparameters.LR_DECAY, Hyperparameters.WEIGHT_DECAY, Hyperparameters.INITIAL_ACCUMULATOR_VALUE,
            Hyperparameters.eps(1e-10)));

    private double lrDecay;
    private double weightDecay;
    private double eps;
    private final double[] sum = new double[2];
    private long t;

    Adagrad(ParamSet hyper) {
        configure(hyper);
        double initial = hyper.real("initial_accumulator_value");
        sum[0] = initial;
        sum[1] = initial;
    }

    @Override
    public void configure(ParamSet hyper) {
        lrDecay = hyper.real("lr_decay");
        weightDecay = hyper.real("weight_decay");
        eps = hyper.real("eps");
    }

    @Override
    public void step(double[] p, double[] g, double lr, double scheduledMomentum, double[] probe) {
        t++;
        double clr = lr / (1 + (t - 1) * lrDecay);
        UpdateTrace tr = trace;
        if (tr != null) {
            tr.start(OptimizerKind.ADAGRAD);
            tr.put(Term.STEP_COUNT, t);
            tr.put(Term.LR, lr);
            tr.put(Term.DECAYED_LR, clr);
            tr.put(Term.WEIGHT_DECAY, weightDecay);
            tr.put(Term.EPS, eps);
        }
        for (int i = 0; i < 2; i++) {
            double d = decayed(g[i], p[i], weightDecay);
            if (tr != null) {
                tr.putInputs(i, p[i], g[i], d);
                tr.put(Term.SUM_BEFORE, i, sum[i]);
            }
            sum[i] = Math.fma(d, d, sum[i]);
            double std = Math.sqrt(sum[i]) + eps;
            p[i] = p[i] + (-clr * d) / std;
            probe[VELOCITY_X + i] = 0;
            probe[SCALE_X + i] = std;
            if (tr != null) {
                tr.put(Term.SUM, i, sum[i]);
                tr.put(Term.DENOMINATOR, i, std);
                tr.put(Term.RATE, i, clr / std);
                tr.put(Term.NEW_POINT, i, p[i]);
            }
        }
    }
}
