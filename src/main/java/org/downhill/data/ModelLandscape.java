package org.downhill.data;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.downhill.landscape.ColorScaling;
import org.downhill.landscape.CriticalPoint;
import org.downhill.landscape.Formula;
import org.downhill.landscape.LandscapeFamily;
import org.downhill.landscape.RowLandscape;
import org.downhill.landscape.Window;
import org.downhill.param.FlagParam;
import org.downhill.param.Excerpt;
import org.downhill.param.InvalidParameterException;
import org.downhill.param.ParamSchema;
import org.downhill.param.ParamSet;

/**
 * A two-parameter {@link Model} on a data set, as a landscape: f(p1, p2) is the model's mean loss
 * over the chosen rows, with its exact gradient and Hessian (means of the per-row derivatives,
 * see the models' loss classes), and any mini-batch's mean loss and gradient for training.
 *
 * <p>The columns of the data set named by {@link #columns()} play the model's
 * {@link Model#roles() roles} in order ({@code x, y} or {@code x1, x2, label}). With
 * {@link #standardized()} the feature columns are scaled to mean 0 and standard deviation 1
 * ({@link Standardization}), which turns the long ravine of an unscaled feature into a rounder
 * bowl; the landscape is then over the parameters of the scaled model. Standardization is the
 * landscape's one parameter ({@code standardize}), so {@code family().create(params().with(
 * "standardize", true))} gives the scaled landscape of the same model and data.
 *
 * <p>The critical points are exact: the optimum is found with Commons Math (least squares for the
 * linear model, conjugate gradients for the logistic one, Levenberg-Marquardt for the neuron, see
 * {@link Optimum}) and polished with Newton's method on the exact Hessian. The default window is
 * centred on them and the origin. Immutable and thread-safe; equal when model, data, columns and
 * scaling are equal.
 */
public final class ModelLandscape implements RowLandscape {
    private static final FlagParam STANDARDIZE = FlagParam.of("standardize", false,
            "scale each feature to mean 0 and standard deviation 1");
    private static final double WINDOW_MARGIN = 1.3;
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private final Model model;
    private final DataSet data;
    private final List<String> columns;
    private final boolean standardized;
    private final double[][] cols;
    private final Standardization scaling;
    private final int[] all;
    private final LandscapeFamily family;
    private final ParamSet params;
    private volatile List<CriticalPoint> criticalPoints;

    private ModelLandscape(Model model, DataSet data, List<String> columns, boolean standardized) {
        this.model = model;
        this.data = data;
        this.columns = List.copyOf(columns);
        this.standardized = standardized;
        DataTable chosen = data.table().select(this.columns);
        double[][] raw = new double[chosen.columnCount()][];
        for (int c = 0; c < raw.length; c++) {
            raw[c] = chosen.column(c);
        }
        if (model == Model.LOGISTIC) {
            checkLabels(raw[2], this.columns.get(2));
        }
        this.scaling = standardized ? Standardization.of(raw, model.features(), this.columns) : null;
        this.cols = standardized ? scaling.apply(raw) : raw;
        this.all = new int[chosen.rows()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        ParamSchema schema = ParamSchema.of(model.id(), List.of(STANDARDIZE));
        this.params = schema.bind(Map.of(STANDARDIZE.name(), standardized));
        this.family = new LandscapeFamily(model.id(), model.displayName() + " on " + data.title(),
                model.displayName() + " fitted to " + data.title() + " (" + String.join(", ", this.columns) + ")",
                schema, p -> of(model, data, this.columns, p.flag(STANDARDIZE.name())));
    }

    /**
     * A model on the named columns of a data set.
     *
     * @param columns     one column name per role of the model, in the roles' order
     * @param standardize whether the feature columns are scaled to mean 0 and standard deviation 1
     * @throws InvalidParameterException if the columns do not fit the model, a label is outside
     *                                   [0, 1], or a feature to be standardized is constant
     */
    public static ModelLandscape of(Model model, DataSet data, List<String> columns, boolean standardize) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(data, "data");
        if (columns.size() != model.roles().size()) {
            throw new InvalidParameterException(model.displayName() + " needs " + model.roles().size() + " columns ("
                    + String.join(", ", model.roles()) + "), not " + columns.size());
        }
        return new ModelLandscape(model, data, columns, standardize);
    }

    private static void checkLabels(double[] labels, String column) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] > 1) {
                throw new InvalidParameterException("Column '" + Excerpt.of(column) + "', row " + (i + 1)
                        + ": a label must lie between 0 and 1, not " + labels[i]);
            }
        }
    }

    /** The model. */
    public Model model() {
        return model;
    }

    /** The data set. */
    public DataSet data() {
        return data;
    }

    /** The data set's columns that play the model's roles, in order. */
    public List<String> columns() {
        return columns;
    }

    /** Whether the features are standardized. */
    public boolean standardized() {
        return standardized;
    }

    /** The same model and data, with or without standardized features. */
    public ModelLandscape withStandardized(boolean standardize) {
        return standardize == standardized ? this : of(model, data, columns, standardize);
    }

    /** The chosen columns of the data, unscaled, in the model's role order: what a data view plots. */
    public DataTable samples() {
        return data.table().select(columns);
    }

    /**
     * The model's output at parameters (p1, p2) for raw (unscaled) feature values: the prediction
     * w*x + b or v*tanh(w*x) of the regression models, the logit w1*x1 + w2*x2 of the logistic one
     * (whose decision boundary is where it is 0). Standardization, if on, is applied to the
     * features first, so a data view can draw the current model over the raw points.
     *
     * @param features one value per feature column ({@link Model#features()} of them)
     */
    public double output(double p1, double p2, double... features) {
        double[] scaled = features.clone();
        if (scaling != null) {
            for (int c = 0; c < scaled.length; c++) {
                scaled[c] = scaling.scale(c, scaled[c]);
            }
        }
        return model.loss().output(p1, p2, scaled);
    }

    /**
     * The curvature at the (first) global minimum: L, mu, condition number, 1/L and 2/L; or
     * {@code null} when the loss has no finite minimum (e.g. two classes a line through the origin
     * separates, whose loss keeps falling as the weights grow).
     */
    public Conditioning conditioning() {
        List<CriticalPoint> points = criticalPoints();
        if (points.isEmpty() || !points.get(0).kind().isMinimum()) {
            return null;
        }
        double[] h = new double[3];
        hessian(points.get(0).x(), points.get(0).y(), h);
        return Conditioning.ofHessian(h[0], h[1], h[2]);
    }

    /** The feature columns in the model's layout (scaled when standardized), for the optimizers. */
    double[][] cols() {
        return cols;
    }

    @Override
    public int rows() {
        return all.length;
    }

    @Override
    public double batchValue(double x, double y, int[] order, int from, int to) {
        Scratch s = SCRATCH.get().ensure(to - from);
        model.loss().losses(x, y, cols, order, from, to, s.first);
        return s.sum.sum(s.first, to - from) / (to - from);
    }

    @Override
    public void batchGradient(double x, double y, int[] order, int from, int to, double[] out) {
        Scratch s = SCRATCH.get().ensure(to - from);
        model.loss().gradientTerms(x, y, cols, order, from, to, s.first, s.second);
        out[0] = s.sum.sum(s.first, to - from);
        out[1] = s.sum.sum(s.second, to - from);
    }

    @Override
    public LandscapeFamily family() {
        return family;
    }

    @Override
    public ParamSet params() {
        return params;
    }

    @Override
    public String displayName() {
        return model.displayName() + " on " + data.title() + (standardized ? " (standardized)" : "");
    }

    @Override
    public Formula formula() {
        return model.formula();
    }

    @Override
    public double value(double x, double y) {
        return batchValue(x, y, all, 0, all.length);
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        batchGradient(x, y, all, 0, all.length, out);
    }

    @Override
    public void hessian(double x, double y, double[] out) {
        model.loss().hessianSum(x, y, cols, all, 0, all.length, out);
        out[0] /= all.length;
        out[1] /= all.length;
        out[2] /= all.length;
    }

    /**
     * Centred on the box around the critical points and the origin (where training usually
     * starts), 1.3 times its larger side wide, and at least 2 wide; 10 wide around the origin
     * when there is no critical point.
     */
    @Override
    public Window defaultWindow() {
        double xMin = 0;
        double xMax = 0;
        double yMin = 0;
        double yMax = 0;
        for (CriticalPoint c : criticalPoints()) {
            xMin = Math.min(xMin, c.x());
            xMax = Math.max(xMax, c.x());
            yMin = Math.min(yMin, c.y());
            yMax = Math.max(yMax, c.y());
        }
        double side = Math.max(xMax - xMin, yMax - yMin);
        double half = criticalPoints().isEmpty() ? 5 : Math.max(1, WINDOW_MARGIN * side / 2);
        return Window.centered((xMin + xMax) / 2, (yMin + yMax) / 2, half);
    }

    /** The exact optimum (both mirrored minima and the saddle at the origin for the neuron). */
    @Override
    public List<CriticalPoint> criticalPoints() {
        List<CriticalPoint> points = criticalPoints;
        if (points == null) {
            points = Optimum.find(this);
            criticalPoints = points;
        }
        return points;
    }

    /** Logarithmic for the squared errors, whose walls dwarf the floor; linear for cross-entropy. */
    @Override
    public ColorScaling suggestedScaling() {
        return model == Model.LOGISTIC ? ColorScaling.LINEAR : ColorScaling.LOG;
    }

    /**
     * All-zero weights for the convex models, where training usually starts; the neuron's (0, 0)
     * is its saddle point (every gradient vanishes there), so it starts in the window's upper-left
     * corner like a formula landscape.
     */
    @Override
    public double[] suggestedStart() {
        return model == Model.NEURON ? RowLandscape.super.suggestedStart() : new double[] {0, 0};
    }

    @Override
    public boolean isQuadratic() {
        return model.isQuadratic();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelLandscape m && model == m.model && standardized == m.standardized
                && columns.equals(m.columns) && data.equals(m.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(model, data, columns, standardized);
    }

    /** Per-thread buffers for the per-row terms of a batch, so that evaluating allocates nothing once warm. */
    private static final class Scratch {
        private final TorchSum sum = new TorchSum();
        private double[] first = new double[0];
        private double[] second = new double[0];

        Scratch ensure(int size) {
            if (first.length < size) {
                first = new double[size];
                second = new double[size];
            }
            return this;
        }
    }

    @Override
    public String toString() {
        return model.id() + " on " + data.name() + " " + columns + (standardized ? " standardized" : "");
    }
}
