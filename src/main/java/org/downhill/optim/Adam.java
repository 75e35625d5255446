package org.downhill.optim;

import static org.downhill.optim.Hyperparameters.decayed;
import static org.downhill.optim.Hyperparameters.orConfigured;

import java.util.List;
import org.downhill.param.ParamSchema;
import org.downhill.param.ParamSet;

/**
 * Adam and AdamW, as PyTorch 1.13's {@code torch.optim.Adam} and {@code torch.optim.AdamW}. With
 * update count t and betas (b1, b2):
 * <pre>
 * Adam:  d = g + weight_decay * p
 * AdamW: p = p * (1 - lr * weight_decay);  d = g          (decoupled decay)
 * m   = b1 * m + (1 - b1) * d
 * v   = b2 * v + (1 - b2) * d * d
 * v   = max(vmax, v)  (kept as vmax)                      with amsgrad
 * p   = p - (lr / (1 - b1^t)) * m / (sqrt(v) / sqrt(1 - b2^t) + eps)
 * </pre>
 * eps is added after the bias correction of sqrt(v) (some texts add it before). A
 * momentum-cycling schedule sets b1, and the bias correction uses the current b1.
 */
final class Adam extends AdamFamily {

    static final ParamSchema ADAM_SCHEMA = ParamSchema.of("Adam", List.of(Hyperparameters.lr(0.001),
            Hyperparameters.betas(0.9, 0.999), Hyperparameters.eps(1e-8), Hyperparameters.WEIGHT_DECAY,
            Hyperparameters.AMSGRAD));

    static final ParamSchema ADAMW_SCHEMA = ParamSchema.of("AdamW", List.of(Hyperparameters.lr(0.001),
            Hyperparameters.betas(0.9, 0.999), Hyperparameters.eps(1e-8), Hyperparameters.DECOUPLED_WEIGHT_DECAY,
            Hyperparameters.AMSGRAD));

    private final boolean decoupled;
    private boolean amsgrad;
    private final double[] vMax = new double[2];
    private final Powers beta1Powers = new Powers();
    private final Powers beta2Powers = new Powers();

    /** @param decoupled true for AdamW's decoupled weight decay */
    Adam(ParamSet hyper, boolean decoupled) {
        this.decoupled = decoupled;
        configure(hyper);
    }

    @Override
    public void configure(ParamSet hyper) {
        super.configure(hyper);
        amsgrad = hyper.flag("amsgrad");
    }

    @Override
    public void step(double[] p, double[] g, double lr, double scheduledBeta1, double[] probe) {
        t++;
        double b1 = orConfigured(scheduledBeta1, beta1);
        double bc1 = 1 - beta1Powers.of(b1, t);
        double bc2 = 1 - beta2Powers.of(beta2, t);
        double bc2Sqrt = Math.sqrt(bc2);
        double stepSize = -(lr / bc1);
        UpdateTrace tr = trace;
        if (tr != null) {
            traceStart(tr, decoupled ? OptimizerKind.ADAMW : OptimizerKind.ADAM, lr, b1);
            tr.put(Term.BIAS1, bc1);
            tr.put(Term.BIAS2, bc2);
        }
        for (int i = 0; i < 2; i++) {
            double d = g[i];
            if (tr != null) {
                traceInputs(tr, i, p[i], g[i], Term.V_BEFORE);
            }
            if (decoupled) {
                p[i] = p[i] * (1 - lr * weightDecay);
            } else {
                d = decayed(d, p[i], weightDecay);
            }
            double carried = moveFirstMoment(i, b1, d);
            moveSecondMoment(i, d);
            double v = second[i];
            double used = v;
            if (amsgrad) {
                vMax[i] = Math.max(vMax[i], v);
                used = vMax[i];
            }
            double denom = Math.sqrt(used) / bc2Sqrt + eps;
            p[i] = p[i] + (stepSize * m[i]) / denom;
            probe[VELOCITY_X + i] = (stepSize * carried) / denom;
            probe[SCALE_X + i] = denom;
            if (tr != null) {
                tr.put(Term.DECAYED_GRADIENT, i, d);
                tr.put(Term.M, i, m[i]);
                tr.put(Term.V, i, v);
                if (amsgrad) {
                    tr.put(Term.V_MAX, i, vMax[i]);
                }
                tr.put(Term.M_HAT, i, m[i] / bc1);
                tr.put(Term.V_HAT, i, used / bc2);
                tr.put(Term.DENOMINATOR, i, denom);
                tr.put(Term.RATE, i, lr / denom);
                tr.put(Term.NEW_POINT, i, p[i]);
            }
        }
    }
}
