package org.downhill.optim;

import static org.downhill.optim.Hyperparameters.decayed;
import static org.downhill.optim.Hyperparameters.orConfigured;

import java.util.List;
import org.downhill.param.ParamSchema;
import org.downhill.param.ParamSet;

/**
 * Stochastic gradient descent with optional momentum, as PyTorch 1.13's {@code torch.optim.SGD}.
 * With {@code d = g + weight_decay * p}, momentum mu and dampening tau:
 * <pre>
 * if mu != 0:
 *     buf = d                          on the first update with momentum (no (1 - tau) factor)
 *     buf = mu * buf + (1 - tau) * d   afterwards
 *     d   = d + mu * buf               with nesterov, else d = buf
 * p = p - lr * d
 * </pre>
 * This is the "velocity as accumulated gradient" form; the other common form,
 * {@code v = mu * v - lr * g; p = p + v}, differs when lr changes during a run. As in PyTorch,
 * setting momentum to 0 drops the buffer, so switching momentum back on starts a new one.
 */
final class Sgd extends BaseOptimizer {

    static final ParamSchema SCHEMA = ParamSchema.of("SGD", List.of(Hyperparameters.lr(0.01),
                    Hyperparameters.MOMENTUM, Hyperparameters.DAMPENING, Hyperparameters.WEIGHT_DECAY,
                    Hyperparameters.NESTEROV))
            .withRule(hp -> hp.flag("nesterov") && (hp.real("momentum") <= 0 || hp.real("dampening") != 0)
                    ? "Nesterov momentum requires a momentum and zero dampening" : null);

    private double momentum;
    private double dampening;
    private double weightDecay;
    private boolean nesterov;
    private final double[] buf = new double[2];
    private boolean hasBuffer;

    Sgd(ParamSet hyper) {
        configure(hyper);
    }

    @Override
    public void configure(ParamSet hyper) {
        momentum = hyper.real("momentum");
        dampening = hyper.real("dampening");
        weightDecay = hyper.real("weight_decay");
        nesterov = hyper.flag("nesterov");
    }

    @Override
    public void step(double[] p, double[] g, double lr, double scheduledMomentum, double[] probe) {
        double mu = orConfigured(scheduledMomentum, momentum);
        UpdateTrace tr = trace;
        if (tr != null) {
            tr.start(OptimizerKind.SGD);
            tr.put(Term.LR, lr);
            tr.put(Term.MOMENTUM, mu);
            tr.put(Term.DAMPENING, dampening);
            tr.put(Term.WEIGHT_DECAY, weightDecay);
        }
        for (int i = 0; i < 2; i++) {
            double d = decayed(g[i], p[i], weightDecay);
            if (tr != null) {
                tr.putInputs(i, p[i], g[i], d);
                if (mu != 0 && hasBuffer) {
                    tr.put(Term.BUFFER_BEFORE, i, buf[i]);
                }
            }
            double carried = 0;
            if (mu != 0) {
                if (hasBuffer) {
                    carried = -lr * mu * buf[i];
                    buf[i] = Math.fma(1 - dampening, d, buf[i] * mu);
                } else {
                    buf[i] = d;
                }
                if (nesterov) {
                    carried = -lr * mu * buf[i];
                    d = Math.fma(mu, buf[i], d);
                } else {
                    d = buf[i];
                }
            }
            p[i] = Math.fma(-lr, d, p[i]);
            probe[VELOCITY_X + i] = carried;
            probe[SCALE_X + i] = Double.NaN;
            if (tr != null) {
                if (mu != 0) {
                    tr.put(Term.BUFFER, i, buf[i]);
                    if (nesterov) {
                        tr.put(Term.NESTEROV_DIRECTION, i, d);
                    }
                }
                tr.put(Term.RATE, i, lr);
                tr.put(Term.NEW_POINT, i, p[i]);
            }
        }
        hasBuffer = mu != 0;
    }
}
