package org.downhill.optim;

/**
 * A quantity of one optimizer update, as an {@link UpdateTrace} records it: a number of the whole
 * update (a {@link #scalar()} such as the update count t or the bias correction 1 - b1^t) or a
 * pair, one value per coordinate (the gradient, the momentum buffer, Adam's m, v, m-hat, v-hat,
 * the effective per-coordinate rate). "Before" terms hold the optimizer's state as the update found
 * it, the others as the update left it. Each optimizer's Javadoc gives its rule; the terms name its
 * variables.
 */
public enum Term {
    /** t: the number of updates so far, this one included (Adagrad, the Adam family). */
    STEP_COUNT(true),
    /** The learning rate of this update, as the schedule set it. */
    LR(true),
    /** Adagrad's decayed rate lr / (1 + (t - 1) * lr_decay). */
    DECAYED_LR(true),
    /** The momentum mu of this update (SGD, RMSprop), as configured or as a cycling schedule set it. */
    MOMENTUM(true),
    /** SGD's dampening tau. */
    DAMPENING(true),
    /** The (coupled or, for AdamW, decoupled) weight decay lambda. */
    WEIGHT_DECAY(true),
    /** beta1 of this update (the Adam family), as configured or as a cycling schedule set it. */
    BETA1(true),
    /** beta2 (the Adam family). */
    BETA2(true),
    /** eps, added to the denominator. */
    EPS(true),
    /** The bias correction 1 - beta1^t. */
    BIAS1(true),
    /** The bias correction 1 - beta2^t. */
    BIAS2(true),
    /** The smoothing of a running mean of squares: RMSprop's alpha, Adadelta's rho. */
    SMOOTHING(true),
    /** RAdam's rho_inf = 2 / (1 - b2) - 1. */
    RHO_INF(true),
    /** RAdam's rho_t = rho_inf - 2 t b2^t / (1 - b2^t). */
    RHO_T(true),
    /** RAdam's rectification r (present only when rho_t > 5). */
    RECTIFICATION(true),
    /** NAdam's mu_t = b1 (1 - 0.5 * 0.96^(t psi)). */
    MU_T(true),
    /** NAdam's mu_{t+1}. */
    MU_NEXT(true),
    /** NAdam's product of mu_1 .. mu_t. */
    MU_PRODUCT(true),
    /** NAdam's product for the momentum term (PyTorch 1.13: prod * mu_t * mu_{t+1}). */
    MU_PRODUCT_NEXT(true),

    /** The point before the update. */
    POINT(false),
    /** The gradient the update was given (noise included). */
    GRADIENT(false),
    /** The gradient with coupled weight decay, g + lambda * p (the gradient itself without decay). */
    DECAYED_GRADIENT(false),
    /** The momentum buffer (SGD, RMSprop) before the update; absent on SGD's first update with momentum. */
    BUFFER_BEFORE(false),
    /** The momentum buffer after the update. */
    BUFFER(false),
    /** SGD's Nesterov direction d + mu * buf (present only with Nesterov momentum). */
    NESTEROV_DIRECTION(false),
    /** The first moment m before the update (the Adam family). */
    M_BEFORE(false),
    /** The first moment m after the update. */
    M(false),
    /** The running mean of squares before the update: v (the Adam family), square_avg (RMSprop, Adadelta). */
    V_BEFORE(false),
    /** The running mean of squares after the update. */
    V(false),
    /** AMSGrad's running maximum of v, after the update. */
    V_MAX(false),
    /** RMSprop's (centered) running mean of the gradient, after the update. */
    GRADIENT_MEAN(false),
    /** Adagrad's sum of squared gradients before the update. */
    SUM_BEFORE(false),
    /** Adagrad's sum of squared gradients after the update. */
    SUM(false),
    /** Adamax's infinity norm u before the update. */
    U_BEFORE(false),
    /** Adamax's infinity norm u after the update. */
    U(false),
    /** Adadelta's running mean of squared steps before the update. */
    ACC_BEFORE(false),
    /** Adadelta's running mean of squared steps after the update. */
    ACC(false),
    /** Adadelta's step before the learning rate, delta = sqrt(acc + eps) / sqrt(v + eps) * d. */
    DELTA(false),
    /** The bias-corrected first moment m / (1 - beta1^t). */
    M_HAT(false),
    /** The bias-corrected mean of squares v / (1 - beta2^t). */
    V_HAT(false),
    /** The denominator each coordinate's step is divided by (e.g. Adam's sqrt(v-hat) + eps). */
    DENOMINATOR(false),
    /**
     * The step size of each coordinate: the learning rate over the adaptive denominator (plain SGD:
     * lr for both coordinates; Adagrad: lr_t / (sqrt(sum) + eps); RMSprop: lr / (sqrt(v) + eps);
     * Adam, AdamW, NAdam: lr / (sqrt(v-hat) + eps); Adamax: lr / u; RAdam: r lr / (sqrt(v-hat) +
     * eps) once rectified, else lr; Adadelta: lr sqrt(acc + eps) / sqrt(v + eps)).
     */
    RATE(false),
    /** The point after the update. */
    NEW_POINT(false);

    private final boolean scalar;

    Term(boolean scalar) {
        this.scalar = scalar;
    }

    /** Whether the term is one number for the update (else one per coordinate). */
    public boolean scalar() {
        return scalar;
    }
}
