package org.downhill.optim;

import static org.downhill.optim.Hyperparameters.decayed;
import static org.downhill.optim.Hyperparameters.orConfigured;

import java.util.List;
import org.downhill.param.ParamSchema;
import org.downhill.param.ParamSet;

/**
 * RAdam (rectified Adam), as PyTorch 1.13's {@code torch.optim.RAdam}: plain momentum SGD while
 * the variance estimate is unreliable, then Adam with a rectification factor r. With
 * {@code d = g + weight_decay * p} and update count t:
 * <pre>
 * m = b1 * m + (1 - b1) * d;   v = b2 * v + (1 - b2) * d * d
 * mhat    = m / (1 - b1^t)
 * rho_inf = 2 / (1 - b2) - 1
 * rho_t   = rho_inf - 2 * t * b2^t / (1 - b2^t)
 * if rho_t > 5:
 *     r = sqrt((rho_t - 4)(rho_t - 2) rho_inf / ((rho_inf - 4)(rho_inf - 2) rho_t))
 *     p = p - mhat * lr * sqrt(1 - b2^t) / (sqrt(v) + eps) * r
 * else:
 *     p = p - mhat * lr
 * </pre>
 * Here eps is added to sqrt(v) before the bias correction (unlike Adam).
 */
final class RAdam extends AdamFamily {

    static final ParamSchema SCHEMA = ParamSchema.of("RAdam", List.of(Hyperparameters.lr(0.001),
            Hyperparameters.betas(0.9, 0.999), Hyperparameters.eps(1e-8), Hyperparameters.WEIGHT_DECAY));

    private final Powers beta1Powers = new Powers();
    private final Powers beta2Powers = new Powers();

    RAdam(ParamSet hyper) {
        configure(hyper);
    }

    @Override
    public void step(double[] p, double[] g, double lr, double scheduledBeta1, double[] probe) {
        t++;
        double b1 = orConfigured(scheduledBeta1, beta1);
        double beta2Power = beta2Powers.of(beta2, t);
        double bc1 = 1 - beta1Powers.of(b1, t);
        double bc2 = 1 - beta2Power;
        double rhoInf = 2 / (1 - beta2) - 1;
        double rhoT = rhoInf - 2 * t * beta2Power / bc2;
        boolean rectified = rhoT > 5;
        double rect = rectified
                ? Math.sqrt((rhoT - 4) * (rhoT - 2) * rhoInf / ((rhoInf - 4) * (rhoInf - 2) * rhoT)) : 1;
        double bc2Sqrt = Math.sqrt(bc2);
        UpdateTrace tr = trace;
        if (tr != null) {
            traceStart(tr, OptimizerKind.RADAM, lr, b1);
            tr.put(Term.BIAS1, bc1);
            tr.put(Term.BIAS2, bc2);
            tr.put(Term.RHO_INF, rhoInf);
            tr.put(Term.RHO_T, rhoT);
            if (rectified) {
                tr.put(Term.RECTIFICATION, rect);
            }
        }
        for (int i = 0; i < 2; i++) {
            double d = decayed(g[i], p[i], weightDecay);
            if (tr != null) {
                traceInputs(tr, i, p[i], g[i], Term.V_BEFORE);
                tr.put(Term.DECAYED_GRADIENT, i, d);
            }
            double carried = moveFirstMoment(i, b1, d);
            moveSecondMoment(i, d);
            double mHat = m[i] / bc1;
            double carriedHat = carried / bc1;
            if (rectified) {
                double root = Math.sqrt(second[i]) + eps;
                double adaptive = (1 / root) * bc2Sqrt;
                p[i] = p[i] - ((mHat * lr) * adaptive) * rect;
                probe[VELOCITY_X + i] = -(((carriedHat * lr) * adaptive) * rect);
                probe[SCALE_X + i] = root / bc2Sqrt;
            } else {
                p[i] = p[i] - mHat * lr;
                probe[VELOCITY_X + i] = -(carriedHat * lr);
                probe[SCALE_X + i] = Double.NaN;
            }
            if (tr != null) {
                tr.put(Term.M, i, m[i]);
                tr.put(Term.V, i, second[i]);
                tr.put(Term.M_HAT, i, mHat);
                if (rectified) {
                    double root = Math.sqrt(second[i]) + eps;
                    tr.put(Term.DENOMINATOR, i, root / bc2Sqrt);
                    tr.put(Term.RATE, i, ((lr * (1 / root)) * bc2Sqrt) * rect);
                } else {
                    tr.put(Term.RATE, i, lr);
                }
                tr.put(Term.NEW_POINT, i, p[i]);
            }
        }
    }
}
