package org.downhill.optim;

import static org.downhill.optim.Hyperparameters.decayed;
import static org.downhill.optim.Hyperparameters.orConfigured;

import java.util.List;
import org.downhill.param.ParamSchema;
import org.downhill.param.ParamSet;

/**
 * Adamax, as PyTorch 1.13's {@code torch.optim.Adamax}: Adam with the infinity norm in place of
 * the root mean square. With {@code d = g + weight_decay * p} and update count t:
 * <pre>
 * m = b1 * m + (1 - b1) * d
 * u = max(b2 * u, |d| + eps)          (eps inside the max)
 * p = p - (lr / (1 - b1^t)) * m / u
 * </pre>
 */
final class Adamax extends AdamFamily {

    static final ParamSchema SCHEMA = ParamSchema.of("Adamax", List.of(Hyperparameters.lr(0.002),
            Hyperparameters.betas(0.9, 0.999), Hyperparameters.eps(1e-8), Hyperparameters.WEIGHT_DECAY));

    private final Powers beta1Powers = new Powers();

    Adamax(ParamSet hyper) {
        configure(hyper);
    }

    @Override
    public void step(double[] p, double[] g, double lr, double scheduledBeta1, double[] probe) {
        t++;
        double b1 = orConfigured(scheduledBeta1, beta1);
        double bc1 = 1 - beta1Powers.of(b1, t);
        double stepSize = -(lr / bc1);
        UpdateTrace tr = trace;
        if (tr != null) {
            traceStart(tr, OptimizerKind.ADAMAX, lr, b1);
            tr.put(Term.BIAS1, bc1);
        }
        for (int i = 0; i < 2; i++) {
            double d = decayed(g[i], p[i], weightDecay);
            if (tr != null) {
                traceInputs(tr, i, p[i], g[i], Term.U_BEFORE);
                tr.put(Term.DECAYED_GRADIENT, i, d);
            }
            double carried = moveFirstMoment(i, b1, d);
            second[i] = Math.max(second[i] * beta2, Math.abs(d) + eps);
            double u = second[i];
            p[i] = p[i] + (stepSize * m[i]) / u;
            probe[VELOCITY_X + i] = (stepSize * carried) / u;
            probe[SCALE_X + i] = u;
            if (tr != null) {
                tr.put(Term.M, i, m[i]);
                tr.put(Term.U, i, u);
                tr.put(Term.M_HAT, i, m[i] / bc1);
                tr.put(Term.DENOMINATOR, i, u);
                tr.put(Term.RATE, i, lr / u);
                tr.put(Term.NEW_POINT, i, p[i]);
            }
        }
    }
}
