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
final class Sgd implements Optimizer {

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
        for (int i = 0; i < 2; i++) {
            double d = decayed(g[i], p[i], weightDecay);
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
        }
        hasBuffer = mu != 0;
    }
}
