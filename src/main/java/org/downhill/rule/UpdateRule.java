package org.downhill.rule;

import static org.downhill.optim.Term.ACC;
import static org.downhill.optim.Term.ACC_BEFORE;
import static org.downhill.optim.Term.BETA1;
import static org.downhill.optim.Term.BETA2;
import static org.downhill.optim.Term.BIAS1;
import static org.downhill.optim.Term.BIAS2;
import static org.downhill.optim.Term.BUFFER;
import static org.downhill.optim.Term.BUFFER_BEFORE;
import static org.downhill.optim.Term.DAMPENING;
import static org.downhill.optim.Term.DECAYED_GRADIENT;
import static org.downhill.optim.Term.DECAYED_LR;
import static org.downhill.optim.Term.DELTA;
import static org.downhill.optim.Term.DENOMINATOR;
import static org.downhill.optim.Term.EPS;
import static org.downhill.optim.Term.GRADIENT;
import static org.downhill.optim.Term.GRADIENT_MEAN;
import static org.downhill.optim.Term.LR;
import static org.downhill.optim.Term.M;
import static org.downhill.optim.Term.MOMENTUM;
import static org.downhill.optim.Term.MU_NEXT;
import static org.downhill.optim.Term.MU_PRODUCT;
import static org.downhill.optim.Term.MU_PRODUCT_NEXT;
import static org.downhill.optim.Term.MU_T;
import static org.downhill.optim.Term.M_BEFORE;
import static org.downhill.optim.Term.M_HAT;
import static org.downhill.optim.Term.NESTEROV_DIRECTION;
import static org.downhill.optim.Term.NEW_POINT;
import static org.downhill.optim.Term.POINT;
import static org.downhill.optim.Term.RATE;
import static org.downhill.optim.Term.RECTIFICATION;
import static org.downhill.optim.Term.RHO_T;
import static org.downhill.optim.Term.SMOOTHING;
import static org.downhill.optim.Term.STEP_COUNT;
import static org.downhill.optim.Term.SUM;
import static org.downhill.optim.Term.SUM_BEFORE;
import static org.downhill.optim.Term.U;
import static org.downhill.optim.Term.U_BEFORE;
import static org.downhill.optim.Term.V;
import static org.downhill.optim.Term.V_BEFORE;
import static org.downhill.optim.Term.V_HAT;
import static org.downhill.optim.Term.V_MAX;
import static org.downhill.optim.Term.WEIGHT_DECAY;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.UpdateTrace;

/**
 * An optimizer's update rule written out line by line with the numbers of one update put in: the
 * gradient at the point, the optimizer's state as the update changed it (momentum buffer, m, v,
 * their bias corrections, the sums and running means), the step size each coordinate got (plain
 * SGD's one rate; an adaptive method's lr over its denominator, e.g. Adam's lr / (sqrt(v-hat) + eps))
 * and the new point. Every number is one the update computed ({@link UpdateTrace}); vectors are
 * written (x, y), products of two vectors are per coordinate (⊙), and squares and roots of vectors
 * are per coordinate too. The rules are those of PyTorch 1.13 in each optimizer's Javadoc.
 */
public final class UpdateRule {
    private final UpdateTrace trace;
    private final List<RuleLine> lines = new ArrayList<>();
    private final String g;

    private UpdateRule(UpdateTrace trace) {
        this.trace = trace;
        boolean coupledDecay = trace.has(WEIGHT_DECAY) && trace.value(WEIGHT_DECAY) != 0
                && trace.kind() != OptimizerKind.ADAMW;
        this.g = coupledDecay ? "d" : "g";
    }

    /**
     * The lines of the update a trace recorded, in the order the optimizer computes them; the last
     * line is the new point.
     *
     * @throws IllegalArgumentException if the trace holds no update
     */
    public static List<RuleLine> lines(UpdateTrace trace) {
        Objects.requireNonNull(trace, "trace");
        if (trace.kind() == null) {
            throw new IllegalArgumentException("The trace holds no update");
        }
        UpdateRule rule = new UpdateRule(trace);
        rule.write();
        return List.copyOf(rule.lines);
    }

    /** The plain SGD rule everyone learns first, in TeX: {@code w_{t+1} = w_t - \alpha \nabla L(w_t)}. */
    public static final String GRADIENT_DESCENT_TEX = "w_{t+1} = w_t - \\alpha\\,\\nabla L(w_t)";

    private void write() {
        gradient();
        switch (trace.kind()) {
            case SGD -> sgd();
            case ADAGRAD -> adagrad();
            case RMSPROP -> rmsprop();
            case ADAM, ADAMW -> adam();
            case ADAMAX -> adamax();
            case NADAM -> nadam();
            case RADAM -> radam();
            case ADADELTA -> adadelta();
        }
    }

    private void add(String meaning, String symbolTex, String symbolPlain, Written values) {
        lines.add(new RuleLine(meaning, symbolTex, symbolPlain, values.tex(), values.plain()));
    }

    private Written w() {
        return new Written();
    }

    /** The gradient at the point, and the gradient with coupled weight decay where there is one. */
    private void gradient() {
        add("gradient at the point", "g_t = \\nabla L(w_t)", "g = ∇L(w)", w().t("\\nabla L", "∇L").v(trace, POINT)
                .t(" = ").v(trace, GRADIENT));
        if (g.equals("d")) {
            add("gradient with weight decay", "d_t = g_t + \\lambda\\, w_t", "d = g + λ·w", w().v(trace, GRADIENT)
                    .t(" + ").n(trace.value(WEIGHT_DECAY)).t("\\cdot ", "·").v(trace, POINT).t(" = ")
                    .v(trace, DECAYED_GRADIENT));
        }
    }

    /** The step size of each coordinate, worked out from {@code values} (or shown alone, for null). */
    private void stepSizes(String symbolTex, String symbolPlain, Written values) {
        add("step size per coordinate", symbolTex, symbolPlain, (values == null ? w() : values.t(" = "))
                .v(trace, RATE));
    }

    /** w_{t+1} = w_t - rate ⊙ direction (the direction's symbol given), and the new point. */
    private void update(String symbolTex, String symbolPlain, Written values) {
        add("new point", symbolTex, symbolPlain, values.t(" = ").v(trace, NEW_POINT));
    }

    private void sgd() {
        double lr = trace.value(LR);
        String dir = g;
        if (trace.has(BUFFER)) {
            if (trace.has(BUFFER_BEFORE)) {
                double tau = trace.value(DAMPENING);
                Written values = w().n(trace.value(MOMENTUM)).t("\\cdot ", "·").v(trace, BUFFER_BEFORE).t(" + ");
                if (tau != 0) {
                    values.n(1 - tau).t("\\cdot ", "·");
                }
                add("momentum buffer", "b_t = \\mu\\, b_{t-1} + " + (tau != 0 ? "(1-\\tau)\\," : "") + g + "_t",
                        "b = μ·b + " + (tau != 0 ? "(1 − τ)·" : "") + g, values.v(trace, dir(g)).t(" = ")
                                .v(trace, BUFFER));
            } else {
                add("momentum buffer (first update)", "b_t = " + g + "_t", "b = " + g, w().v(trace, BUFFER));
            }
            dir = "b";
            if (trace.has(NESTEROV_DIRECTION)) {
                add("Nesterov look-ahead", "\\tilde b_t = " + g + "_t + \\mu\\, b_t", "b̃ = " + g + " + μ·b",
                        w().v(trace, dir(g)).t(" + ").n(trace.value(MOMENTUM)).t("\\cdot ", "·").v(trace, BUFFER)
                                .t(" = ").v(trace, NESTEROV_DIRECTION));
                dir = "b̃";
            }
        }
        stepSizes("(\\alpha,\\ \\alpha)", "(α, α)", null);
        String dirTex = dir.equals("b̃") ? "\\tilde b_t" : dir + "_t";
        Written values = w().v(trace, POINT).t(" - ").n(lr).t("\\cdot ", "·");
        values.v(trace, dir.equals("b̃") ? NESTEROV_DIRECTION : dir.equals("b") ? BUFFER : dir(g));
        update("w_{t+1} = w_t - \\alpha\\, " + dirTex, "w' = w − α·" + dir, values);
    }

    /** The term of the gradient symbol in use: the gradient itself, or the one with weight decay. */
    private org.downhill.optim.Term dir(String symbol) {
        return symbol.equals("d") ? DECAYED_GRADIENT : GRADIENT;
    }

    private void adagrad() {
        double t = trace.value(STEP_COUNT);
        String rate = "\\alpha";
        if (trace.value(DECAYED_LR) != trace.value(LR)) {
            add("decayed learning rate", "\\alpha_t = \\alpha / (1 + (t-1)\\,\\eta)", "αₜ = α / (1 + (t − 1)·η)",
                    w().n(trace.value(LR)).t(" / (1 + ").n(t - 1).t("\\cdot ", "·").t("\\eta", "η").t(")")
                            .t(" = ").n(trace.value(DECAYED_LR)));
            rate = "\\alpha_t";
        }
        add("sum of squared gradients", "s_t = s_{t-1} + " + g + "_t^2", "s = s + " + g + "²",
                w().v(trace, SUM_BEFORE).t(" + ").v(trace, dir(g)).t("^2", "²").t(" = ").v(trace, SUM));
        stepSizes(rate + " / (\\sqrt{s_t} + \\varepsilon)", "α / (√s + ε)", w().n(trace.value(DECAYED_LR))
                .t(" / ").v(trace, DENOMINATOR));
        update("w_{t+1} = w_t - \\frac{" + rate + "}{\\sqrt{s_t}+\\varepsilon} \\odot " + g + "_t",
                "w' = w − α/(√s + ε) ⊙ " + g, w().v(trace, POINT).t(" - ").v(trace, RATE).t(" \\odot ", " ⊙ ")
                        .v(trace, dir(g)));
    }

    private void rmsprop() {
        double rho = trace.value(SMOOTHING);
        add("running mean of squared gradients", "v_t = \\rho\\, v_{t-1} + (1-\\rho)\\, " + g + "_t^2",
                "v = ρ·v + (1 − ρ)·" + g + "²", w().n(rho).t("\\cdot ", "·").v(trace, V_BEFORE).t(" + ").n(1 - rho)
                        .t("\\cdot ", "·").v(trace, dir(g)).t("^2", "²").t(" = ").v(trace, V));
        String den = "\\sqrt{v_t} + \\varepsilon";
        String denPlain = "√v + ε";
        if (trace.has(GRADIENT_MEAN)) {
            add("running mean of gradients (centered)", "\\bar g_t = \\rho\\, \\bar g_{t-1} + (1-\\rho)\\, "
                    + g + "_t", "ḡ = ρ·ḡ + (1 − ρ)·" + g, w().v(trace, GRADIENT_MEAN));
            den = "\\sqrt{v_t - \\bar g_t^2} + \\varepsilon";
            denPlain = "√(v − ḡ²) + ε";
        }
        add("denominator", den, denPlain, w().v(trace, DENOMINATOR));
        stepSizes("\\alpha / (" + den + ")", "α / (" + denPlain + ")", w().n(trace.value(LR)).t(" / ")
                .v(trace, DENOMINATOR));
        if (trace.has(BUFFER)) {
            add("momentum buffer", "b_t = \\mu\\, b_{t-1} + " + g + "_t / (" + den + ")",
                    "b = μ·b + " + g + " / (" + denPlain + ")", w().n(trace.value(MOMENTUM)).t("\\cdot ", "·")
                            .v(trace, BUFFER_BEFORE).t(" + ").v(trace, dir(g)).t(" / ").v(trace, DENOMINATOR)
                            .t(" = ").v(trace, BUFFER));
            update("w_{t+1} = w_t - \\alpha\\, b_t", "w' = w − α·b", w().v(trace, POINT).t(" - ")
                    .n(trace.value(LR)).t("\\cdot ", "·").v(trace, BUFFER));
        } else {
            update("w_{t+1} = w_t - \\frac{\\alpha}{" + den + "} \\odot " + g + "_t", "w' = w − α/(" + denPlain
                    + ") ⊙ " + g, w().v(trace, POINT).t(" - ").v(trace, RATE).t(" \\odot ", " ⊙ ")
                    .v(trace, dir(g)));
        }
    }

    private void moments(boolean second) {
        double b1 = trace.value(BETA1);
        add("first moment (momentum)", "m_t = \\beta_1 m_{t-1} + (1-\\beta_1)\\, " + g + "_t",
                "m = β₁·m + (1 − β₁)·" + g, w().n(b1).t("\\cdot ", "·").v(trace, M_BEFORE).t(" + ").n(1 - b1)
                        .t("\\cdot ", "·").v(trace, dir(g)).t(" = ").v(trace, M));
        if (second) {
            double b2 = trace.value(BETA2);
            add("second moment", "v_t = \\beta_2 v_{t-1} + (1-\\beta_2)\\, " + g + "_t^2",
                    "v = β₂·v + (1 − β₂)·" + g + "²", w().n(b2).t("\\cdot ", "·").v(trace, V_BEFORE).t(" + ")
                            .n(1 - b2).t("\\cdot ", "·").v(trace, dir(g)).t("^2", "²").t(" = ").v(trace, V));
        }
    }

    private void mHat() {
        add("bias-corrected first moment", "\\hat m_t = m_t / (1-\\beta_1^t)", "m̂ = m / (1 − β₁ᵗ)",
                w().v(trace, M).t(" / ").n(trace.value(BIAS1)).t(" = ").v(trace, M_HAT));
    }

    private void adam() {
        moments(true);
        String v = "v_t";
        if (trace.has(V_MAX)) {
            add("largest second moment so far (AMSGrad)", "v^{\\max}_t = \\max(v^{\\max}_{t-1}, v_t)",
                    "vmax = max(vmax, v)", w().v(trace, V_MAX));
            v = "v^{\\max}_t";
        }
        mHat();
        add("bias-corrected second moment", "\\hat v_t = " + v + " / (1-\\beta_2^t)", "v̂ = v / (1 − β₂ᵗ)",
                w().v(trace, trace.has(V_MAX) ? V_MAX : V).t(" / ").n(trace.value(BIAS2)).t(" = ").v(trace, V_HAT));
        stepSizes("\\alpha / (\\sqrt{\\hat v_t} + \\varepsilon)", "α / (√v̂ + ε)", w().n(trace.value(LR))
                .t(" / ").v(trace, DENOMINATOR));
        Written values = w();
        String decay = "";
        String decayPlain = "";
        double wd = trace.value(WEIGHT_DECAY);
        if (trace.kind() == OptimizerKind.ADAMW && wd != 0) {
            values.n(1 - trace.value(LR) * wd).t("\\cdot ", "·");
            decay = "(1 - \\alpha\\lambda)\\, ";
            decayPlain = "(1 − αλ)·";
        }
        update("w_{t+1} = " + decay + "w_t - \\frac{\\alpha}{\\sqrt{\\hat v_t}+\\varepsilon} \\odot \\hat m_t",
                "w' = " + decayPlain + "w − α/(√v̂ + ε) ⊙ m̂", values.v(trace, POINT).t(" - ").v(trace, RATE)
                        .t(" \\odot ", " ⊙ ").v(trace, M_HAT));
    }

    private void adamax() {
        moments(false);
        add("infinity norm", "u_t = \\max(\\beta_2 u_{t-1},\\ |" + g + "_t| + \\varepsilon)",
                "u = max(β₂·u, |" + g + "| + ε)", w().t("\\max(").n(trace.value(BETA2)).t("\\cdot ", "·")
                        .v(trace, U_BEFORE).t(",\\ |", ", |").v(trace, dir(g)).t("| + ").n(trace.value(EPS)).t(")")
                        .t(" = ").v(trace, U));
        mHat();
        stepSizes("\\alpha / u_t", "α / u", w().n(trace.value(LR)).t(" / ").v(trace, U));
        update("w_{t+1} = w_t - \\frac{\\alpha}{u_t} \\odot \\hat m_t", "w' = w − α/u ⊙ m̂", w().v(trace, POINT)
                .t(" - ").v(trace, RATE).t(" \\odot ", " ⊙ ").v(trace, M_HAT));
    }

    private void nadam() {
        add("momentum schedule", "\\mu_t = \\beta_1 (1 - 0.5\\cdot 0.96^{t\\psi})", "μₜ = β₁·(1 − 0.5·0.96^(tψ))",
                w().n(trace.value(MU_T)).t(",\\quad \\mu_{t+1} = ", ", μₜ₊₁ = ").n(trace.value(MU_NEXT)));
        moments(true);
        add("bias-corrected second moment", "\\hat v_t = v_t / (1-\\beta_2^t)", "v̂ = v / (1 − β₂ᵗ)",
                w().v(trace, V).t(" / ").n(trace.value(BIAS2)).t(" = ").v(trace, V_HAT));
        stepSizes("\\alpha / (\\sqrt{\\hat v_t} + \\varepsilon)", "α / (√v̂ + ε)", w().n(trace.value(LR))
                .t(" / ").v(trace, DENOMINATOR));
        double c1 = (1 - trace.value(MU_T)) / (1 - trace.value(MU_PRODUCT));
        double c2 = trace.value(MU_NEXT) / (1 - trace.value(MU_PRODUCT_NEXT));
        update("w_{t+1} = w_t - \\frac{\\alpha}{\\sqrt{\\hat v_t}+\\varepsilon} \\odot \\left(\\frac{1-\\mu_t}{1-\\Pi_t}"
                        + g + "_t + \\frac{\\mu_{t+1}}{1-\\Pi'_{t+1}} m_t\\right)",
                "w' = w − α/(√v̂ + ε) ⊙ ((1 − μₜ)/(1 − Πₜ)·" + g + " + μₜ₊₁/(1 − Π'ₜ₊₁)·m)",
                w().v(trace, POINT).t(" - ").v(trace, RATE).t(" \\odot \\left(", " ⊙ (").n(c1).t("\\cdot ", "·")
                        .v(trace, dir(g)).t(" + ").n(c2).t("\\cdot ", "·").v(trace, M).t("\\right)", ")"));
    }

    private void radam() {
        moments(true);
        mHat();
        add("length of the variance estimate", "\\rho_t = \\rho_\\infty - 2t\\beta_2^t/(1-\\beta_2^t)",
                "ρₜ = ρ∞ − 2tβ₂ᵗ/(1 − β₂ᵗ)", w().n(trace.value(RHO_T)));
        if (trace.has(RECTIFICATION)) {
            add("rectification (rho_t > 5)", "r_t = \\sqrt{\\tfrac{(\\rho_t-4)(\\rho_t-2)\\rho_\\infty}"
                            + "{(\\rho_\\infty-4)(\\rho_\\infty-2)\\rho_t}}", "r = √(((ρₜ − 4)(ρₜ − 2)ρ∞) / ((ρ∞ − 4)(ρ∞ − 2)ρₜ))",
                    w().n(trace.value(RECTIFICATION)));
            stepSizes("r_t\\,\\alpha\\,\\sqrt{1-\\beta_2^t} / (\\sqrt{v_t} + \\varepsilon)", "r·α·√(1 − β₂ᵗ) / (√v + ε)",
                    w().n(trace.value(RECTIFICATION)).t("\\cdot ", "·").n(trace.value(LR)).t(" / ")
                            .v(trace, DENOMINATOR));
        } else {
            stepSizes("\\alpha\\ (\\rho_t \\le 5\\text{: not rectified yet})", "α (ρₜ ≤ 5: not rectified yet)",
                    w().n(trace.value(LR)));
        }
        update("w_{t+1} = w_t - \\mathrm{rate} \\odot \\hat m_t", "w' = w − rate ⊙ m̂", w().v(trace, POINT).t(" - ")
                .v(trace, RATE).t(" \\odot ", " ⊙ ").v(trace, M_HAT));
    }

    private void adadelta() {
        double rho = trace.value(SMOOTHING);
        add("running mean of squared gradients", "v_t = \\rho\\, v_{t-1} + (1-\\rho)\\, " + g + "_t^2",
                "v = ρ·v + (1 − ρ)·" + g + "²", w().n(rho).t("\\cdot ", "·").v(trace, V_BEFORE).t(" + ").n(1 - rho)
                        .t("\\cdot ", "·").v(trace, dir(g)).t("^2", "²").t(" = ").v(trace, V));
        stepSizes("\\alpha \\sqrt{u_{t-1} + \\varepsilon} / \\sqrt{v_t + \\varepsilon}", "α·√(u + ε) / √(v + ε)",
                w().n(trace.value(LR)).t(" / ").v(trace, DENOMINATOR));
        add("step before the learning rate", "\\Delta_t = \\frac{\\sqrt{u_{t-1} + \\varepsilon}}{\\sqrt{v_t + \\varepsilon}} \\odot "
                + g + "_t", "Δ = √(u + ε) / √(v + ε) ⊙ " + g, w().v(trace, DENOMINATOR).t("^{-1}", "⁻¹")
                .t(" \\odot ", " ⊙ ").v(trace, dir(g)).t(" = ").v(trace, DELTA));
        add("running mean of squared steps", "u_t = \\rho\\, u_{t-1} + (1-\\rho)\\, \\Delta_t^2",
                "u = ρ·u + (1 − ρ)·Δ²", w().n(rho).t("\\cdot ", "·").v(trace, ACC_BEFORE).t(" + ").n(1 - rho)
                        .t("\\cdot ", "·").v(trace, DELTA).t("^2", "²").t(" = ").v(trace, ACC));
        update("w_{t+1} = w_t - \\alpha\\, \\Delta_t", "w' = w − α·Δ", w().v(trace, POINT).t(" - ")
                .n(trace.value(LR)).t("\\cdot ", "·").v(trace, DELTA));
    }
}
