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
final class Adamax extends BaseOptimizer {

    static final ParamSchema SCHEMA = ParamSchema.of("Adamax", List.of(Hyperparameters.lr(0.002),
            Hyperparameters.betas(0.9, 0.999), Hyperparameters.eps(1e-8), Hyperparameters.WEIGHT_DECAY));

    private double beta1;
    private double beta2;
    private double eps;
    private double weightDecay;
    private final double[] m = new double[2];
    private final double[] u = new double[2];
    private final Powers beta1Powers = new Powers();
    private long t;

    Adamax(ParamSet hyper) {
        configure(hyper);
    }

    @Override
    public void configure(ParamSet hyper) {
        beta1 = hyper.real("betas", 0);
        beta2 = hyper.real("betas", 1);
        eps = hyper.real("eps");
        weightDecay = hyper.real("weight_decay");
    }

    @Override
    public void step(double[] p, double[] g, double lr, double scheduledBeta1, double[] probe) {
        t++;
        double b1 = orConfigured(scheduledBeta1, beta1);
        double bc1 = 1 - beta1Powers.of(b1, t);
        double stepSize = -(lr / bc1);
        UpdateTrace tr = trace;
        if (tr != null) {
            tr.start(OptimizerKind.ADAMAX);
            tr.put(Term.STEP_COUNT, t);
            tr.put(Term.LR, lr);
            tr.put(Term.BETA1, b1);
            tr.put(Term.BETA2, beta2);
            tr.put(Term.EPS, eps);
            tr.put(Term.WEIGHT_DECAY, weightDecay);
            tr.put(Term.BIAS1, bc1);
        }
        for (int i = 0; i < 2; i++) {
            double d = decayed(g[i], p[i], weightDecay);
            if (tr != null) {
                tr.put(Term.POINT, i, p[i]);
                tr.put(Term.GRADIENT, i, g[i]);
                tr.put(Term.DECAYED_GRADIENT, i, d);
                tr.put(Term.M_BEFORE, i, m[i]);
                tr.put(Term.U_BEFORE, i, u[i]);
            }
            double carried = m[i] * b1;
            m[i] = Math.fma(1 - b1, d, carried);
            u[i] = Math.max(u[i] * beta2, Math.abs(d) + eps);
            p[i] = p[i] + (stepSize * m[i]) / u[i];
            probe[VELOCITY_X + i] = (stepSize * carried) / u[i];
            probe[SCALE_X + i] = u[i];
            if (tr != null) {
                tr.put(Term.M, i, m[i]);
                tr.put(Term.U, i, u[i]);
                tr.put(Term.M_HAT, i, m[i] / bc1);
                tr.put(Term.DENOMINATOR, i, u[i]);
                tr.put(Term.RATE, i, lr / u[i]);
                tr.put(Term.NEW_POINT, i, p[i]);
            }
        }
    }
}
