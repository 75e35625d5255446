package org.downhill.data;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.downhill.landscape.Formula;
import org.downhill.param.Excerpt;
import org.downhill.param.InvalidParameterException;

/**
 * The two-parameter models a data set can be trained with, their parameters (the two coordinates
 * of the landscape, in this order), the columns each row holds, and the loss, exactly as the
 * training reference defines them (PyTorch's losses with reduction 'mean'):
 * <table>
 *   <caption>Models</caption>
 *   <tr><th>id</th><th>parameters</th><th>row</th><th>per-row loss</th></tr>
 *   <tr><td>linear</td><td>w, b</td><td>x, y</td><td>(w*x + b - y)^2 (MSELoss, no factor 1/2)</td></tr>
 *   <tr><td>logistic</td><td>w1, w2</td><td>x1, x2, label</td><td>max(z, 0) - z*label + log(1 + exp(-|z|)),
 *       z = w1*x1 + w2*x2, no bias (BCEWithLogitsLoss)</td></tr>
 *   <tr><td>neuron</td><td>w, v</td><td>x, y</td><td>(v*tanh(w*x) - y)^2</td></tr>
 * </table>
 * The landscape of a model on a data set is the mean of the per-row loss over the rows
 * ({@link ModelLandscape}).
 */
public enum Model {
    /** Linear regression with mean squared error: a quadratic bowl in (w, b). */
    LINEAR("linear", "Linear regression", List.of("w", "b"), List.of("x", "y"),
            new Formula("mean of (w*x + b - y)^2", "\\frac{1}{n}\\sum_i (w x_i + b - y_i)^2"), new LinearMse()),
    /** Logistic regression on two features without bias, with binary cross-entropy: convex. */
    LOGISTIC("logistic", "Logistic regression", List.of("w1", "w2"), List.of("x1", "x2", "label"),
            new Formula("mean of log(1 + exp(z)) - z*label, z = w1*x1 + w2*x2",
                    "\\frac{1}{n}\\sum_i \\log(1 + e^{z_i}) - z_i t_i,\\ z_i = w_1 x_{1i} + w_2 x_{2i}"),
            new LogisticBce()),
    /** One tanh neuron with mean squared error: not convex (two mirrored minima and a saddle). */
    NEURON("neuron", "Tanh neuron", List.of("w", "v"), List.of("x", "y"),
            new Formula("mean of (v*tanh(w*x) - y)^2", "\\frac{1}{n}\\sum_i (v \\tanh(w x_i) - y_i)^2"),
            new TanhNeuronMse());

    private final String id;
    private final String displayName;
    private final List<String> params;
    private final List<String> roles;
    private final Formula formula;
    private final RowLoss loss;

    Model(String id, String displayName, List<String> params, List<String> roles, Formula formula, RowLoss loss) {
        this.id = id;
        this.displayName = displayName;
        this.params = params;
        this.roles = roles;
        this.formula = formula;
        this.loss = loss;
    }

    /** The name used in files and on the command line, e.g. {@code linear}. */
    public String id() {
        return id;
    }

    /** A name for people, e.g. {@code Linear regression}. */
    public String displayName() {
        return displayName;
    }

    /** The names of the two parameters, p1 then p2, e.g. {@code w, b}. */
    public List<String> params() {
        return params;
    }

    /** What each column of a row is, e.g. {@code x, y} or {@code x1, x2, label}. */
    public List<String> roles() {
        return roles;
    }

    /** The number of feature columns (those standardization rescales): all roles but the last. */
    public int features() {
        return roles.size() - 1;
    }

    /** The loss as a formula. */
    public Formula formula() {
        return formula;
    }

    /** Whether the loss is a quadratic polynomial of the parameters (linear regression). */
    public boolean isQuadratic() {
        return this == LINEAR;
    }

    RowLoss loss() {
        return loss;
    }

    /**
     * The model with this id.
     *
     * @throws InvalidParameterException naming the known ids if there is none
     */
    public static Model byId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new InvalidParameterException("Unknown model '" + Excerpt.of(id) + "'; known: "
                        + Arrays.stream(values()).map(Model::id).collect(Collectors.joining(", "))));
    }
}
