package org.downhill.optim;

import static org.downhill.optim.Hyperparameters.decayed;
import static org.downhill.optim.Hyperparameters.orConfigured;

import java.util.List;
import org.downhill.param.ParamSchema;
import org.downhill.param.ParamSet;

/**
 * RMSprop, as PyTorch 1.13's {@code torch.optim.RMSprop}: each coordinate's step is divided by a
 * running root-mean-square of its gradients. With {@code d = g + weight_decay * p}:
 * <pre>
 * sq  = alpha * sq + (1 - alpha) * d * d
 * avg = sqrt(sq - ga * ga) + eps,  ga = alpha * ga + (1 - alpha) * d     if centered
 * avg = sqrt(sq) + eps                                                   otherwise
 * buf = mu * buf + d / avg;  p = p - lr * buf                            if momentum mu > 0
 * p   = p - lr * d / avg                                                 otherwise
 * </pre>
 * Unlike SGD, the momentum buffer starts at 0. TensorFlow's RMSprop puts eps inside the root.
 */
final class RmsProp extends BaseOptimizer {

    static final ParamSchema SCHEMA = ParamSchema.of("RMSprop", List.of(Hyperparameters.lr(0.01),
            Hyperparameters.ALPHA, Hyperparameters.eps(1e-8), Hyperparameters.WEIGHT_DECAY,
            Hyperparameters.MOMENTUM, Hyperparameters.CENTERED));

    private double alpha;
    private double eps;
    private double weightDecay;
    private double momentum;
    private boolean centered;
    private final double[] sq = new double[2];
    private final double[] gradAvg = new double[2];
    private final double[] buf = new double[2];

    RmsProp(ParamSet hyper) {
        configure(hyper);
    }

    @Override
    public void configure(ParamSet hyper) {
        alpha = hyper.real("alpha");
        eps = hyper.real("eps");
        weightDecay = hyper.real("weight_decay");
        momentum = hyper.real("momentum");
        centered = hyper.flag("centered");
    }

    @Override
    public void step(double[] p, double[] g, double lr, double scheduledMomentum, double[] probe) {
        double mu = orConfigured(scheduledMomentum, momentum);
        UpdateTrace tr = trace;
        if (tr != null) {
            tr.start(OptimizerKind.RMSPROP);
            tr.put(Term.LR, lr);
            tr.put(Term.SMOOTHING, alpha);
            tr.put(Term.EPS, eps);
            tr.put(Term.WEIGHT_DECAY, weightDecay);
            tr.put(Term.MOMENTUM, mu);
        }
        for (int i = 0; i < 2; i++) {
            double d = decayed(g[i], p[i], weightDecay);
            if (tr != null) {
                tr.putInputs(i, p[i], g[i], d);
                tr.put(Term.V_BEFORE, i, sq[i]);
                if (mu > 0) {
                    tr.put(Term.BUFFER_BEFORE, i, buf[i]);
                }
            }
            sq[i] = Math.fma((1 - alpha) * d, d, sq[i] * alpha);
            double avg;
            if (centered) {
                gradAvg[i] = Math.fma(1 - alpha, d, gradAvg[i] * alpha);
                avg = Math.sqrt(Math.fma(-gradAvg[i], gradAvg[i], sq[i])) + eps;
            } else {
                avg = Math.sqrt(sq[i]) + eps;
            }
            if (mu > 0) {
                probe[VELOCITY_X + i] = -lr * mu * buf[i];
                buf[i] = buf[i] * mu + d / avg;
                p[i] = Math.fma(-lr, buf[i], p[i]);
            } else {
                probe[VELOCITY_X + i] = 0;
                p[i] = p[i] + (-lr * d) / avg;
            }
            probe[SCALE_X + i] = avg;
            if (tr != null) {
                tr.put(Term.V, i, sq[i]);
                if (centered) {
                    tr.put(Term.GRADIENT_MEAN, i, gradAvg[i]);
                }
                tr.put(Term.DENOMINATOR, i, avg);
                if (mu > 0) {
                    tr.put(Term.BUFFER, i, buf[i]);
                }
                tr.put(Term.RATE, i, lr / avg);
                tr.put(Term.NEW_POINT, i, p[i]);
            }
        }
    }
}
