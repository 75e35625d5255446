package org.downhill.optim;

import static org.downhill.optim.Hyperparameters.decayed;
import static org.downhill.optim.Hyperparameters.orConfigured;

import java.util.List;
import org.downhill.param.ParamSchema;
import org.downhill.param.ParamSet;

/**
 * NAdam (Adam with Nesterov momentum), as PyTorch 1.13's {@code torch.optim.NAdam}. With
 * {@code d = g + weight_decay * p}, update count t and psi = {@code momentum_decay}:
 * <pre>
 * mu_t      = b1 * (1 - 0.5 * 0.96^(t * psi))
 * mu_next   = b1 * (1 - 0.5 * 0.96^((t + 1) * psi))
 * prod      = prod * mu_t                       (prod starts at 1)
 * prod_next = prod * mu_t * mu_next             (sic: PyTorch 1.13 multiplies by mu_t twice)
 * m = b1 * m + (1 - b1) * d;   v = b2 * v + (1 - b2) * d * d
 * denom = sqrt(v / (1 - b2^t)) + eps
 * p = p - lr * (1 - mu_t) / (1 - prod) * d / denom - lr * mu_next / (1 - prod_next) * m / denom
 * </pre>
 * Later PyTorch versions and the paper use {@code prod_next = prod * mu_next}; Downhill follows
 * 1.13, whose trajectories it is checked against.
 */
final class NAdam extends AdamFamily {

    static final ParamSchema SCHEMA = ParamSchema.of("NAdam", List.of(Hyperparameters.lr(0.002),
            Hyperparameters.betas(0.9, 0.999), Hyperparameters.eps(1e-8), Hyperparameters.WEIGHT_DECAY,
            Hyperparameters.MOMENTUM_DECAY));

    private double momentumDecay;
    private double muProduct = 1;
    private final Powers beta2Powers = new Powers();

    NAdam(ParamSet hyper) {
        configure(hyper);
    }

    @Override
    public void configure(ParamSet hyper) {
        super.configure(hyper);
        momentumDecay = hyper.real("momentum_decay");
    }

    @Override
    public void step(double[] p, double[] g, double lr, double scheduledBeta1, double[] probe) {
        t++;
        double b1 = orConfigured(scheduledBeta1, beta1);
        double bc2 = 1 - beta2Powers.of(beta2, t);
        double mu = b1 * (1 - 0.5 * Math.pow(0.96, t * momentumDecay));
        double muNext = b1 * (1 - 0.5 * Math.pow(0.96, (t + 1) * momentumDecay));
        muProduct *= mu;
        double muProductNext = muProduct * mu * muNext;
        double gradientStep = -lr * (1 - mu) / (1 - muProduct);
        double momentumStep = -lr * muNext / (1 - muProductNext);
        UpdateTrace tr = trace;
        if (tr != null) {
            traceStart(tr, OptimizerKind.NADAM, lr, b1);
            tr.put(Term.BIAS2, bc2);
            tr.put(Term.MU_T, mu);
            tr.put(Term.MU_NEXT, muNext);
            tr.put(Term.MU_PRODUCT, muProduct);
            tr.put(Term.MU_PRODUCT_NEXT, muProductNext);
        }
        for (int i = 0; i < 2; i++) {
            double d = decayed(g[i], p[i], weightDecay);
            if (tr != null) {
                traceInputs(tr, i, p[i], g[i], Term.V_BEFORE);
                tr.put(Term.DECAYED_GRADIENT, i, d);
            }
            double carried = moveFirstMoment(i, b1, d);
            moveSecondMoment(i, d);
            double denom = Math.sqrt(second[i] / bc2) + eps;
            p[i] = p[i] + (gradientStep * d) / denom;
            p[i] = p[i] + (momentumStep * m[i]) / denom;
            probe[VELOCITY_X + i] = (momentumStep * carried) / denom;
            probe[SCALE_X + i] = denom;
            if (tr != null) {
                tr.put(Term.M, i, m[i]);
                tr.put(Term.V, i, second[i]);
                tr.put(Term.V_HAT, i, second[i] / bc2);
                tr.put(Term.DENOMINATOR, i, denom);
                tr.put(Term.RATE, i, lr / denom);
                tr.put(Term.NEW_POINT, i, p[i]);
            }
        }
    }
}
