package org.downhill.landscape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.downhill.landscape.formula.Expression;
import org.downhill.landscape.formula.Program;
import org.downhill.param.Interval;
import org.downhill.param.Param;
import org.downhill.param.ParamSchema;
import org.downhill.param.ParamSet;
import org.downhill.param.RealParam;

/**
 * A landscape typed as a formula f(x, y) (see {@link Expression} for the language), evaluated by
 * its compiled {@link Program}: value, gradient and Hessian exact up to rounding, so that the
 * optimizers, the diagnosis and the critical points work as on a built-in landscape. Where the
 * formula is undefined (log of a negative number, say) the value is NaN, and a run that gets
 * there stops, as at a blow-up.
 *
 * <p>Each formula is a {@link LandscapeFamily} of its own, with id {@value #ID}, whose
 * parameters are the formula's named parameters: real numbers, any finite value, each with a
 * starting value (1 unless given) and a linear slider over [-s, s], s the smallest of 5, 10,
 * 20, 50, 100, ... that is at least twice the starting value's size. Its default window is the
 * one given ({@link #DEFAULT_WINDOW}, [-3, 3] x [-3, 3], unless the formula comes with one),
 * and its critical points are those Newton's method reaches from the centres of a
 * {@value #SEEDS_PER_SIDE} x {@value #SEEDS_PER_SIDE} grid over that window and that lie in it;
 * "global" means the lowest minimum found there, and only if no point of the grid is lower.
 * Finding them takes milliseconds, so a view asks for them off its UI thread. Immutable.
 */
public final class FormulaLandscape extends AbstractLandscape {
    /** The family id of every formula landscape, in files. */
    public static final String ID = "formula";
    /** The window of a formula that comes without one: [-3, 3] x [-3, 3]. */
    public static final Window DEFAULT_WINDOW = Window.centered(0, 0, 3);
    /** Seeds per side of the grid the critical points are searched from. */
    static final int SEEDS_PER_SIDE = 49;
    private static final double SMALLEST_SLIDER = 5;
    /** Cells per side of the grid searched for a start where f is defined. */
    private static final int START_CELLS = 16;
    private static final String MEANING = "a parameter of the formula";

    private final Expression expression;
    private final Program program;

    private FormulaLandscape(FormulaFamily family, ParamSet params) {
        super(family.family, params, new Formula(family.expression.text(), tex(family.expression.text())),
                family.window, family.scaling);
        this.expression = family.expression;
        Map<String, Double> values = new HashMap<>();
        params.values().forEach((name, value) -> values.put(name, (Double) value));
        this.program = expression.compile(values);
    }

    /**
     * The family of one formula.
     *
     * @param expression the formula
     * @param start      starting values of parameters by name; a parameter not named starts at 1
     * @param window     the default window
     * @param scaling    how colours are best spread over its values
     * @throws org.downhill.param.InvalidParameterException if a starting value is not finite
     */
    public static LandscapeFamily family(Expression expression, Map<String, Double> start, Window window,
                                         ColorScaling scaling) {
        return new FormulaFamily(expression, start, window, scaling).family;
    }

    /**
     * The landscape of a formula with these parameter values (the others at 1), the default window
     * and linear colours; its family starts at these values.
     *
     * @throws org.downhill.param.InvalidParameterException for a value that is not finite or a name
     *                                                       the formula does not have
     */
    public static Landscape of(Expression expression, Map<String, Double> values) {
        return of(expression, values, DEFAULT_WINDOW, ColorScaling.LINEAR);
    }

    /**
     * The landscape of a formula with these parameter values (the others at 1), window and colours;
     * its family starts at these values.
     *
     * @throws org.downhill.param.InvalidParameterException for a value that is not finite or a name
     *                                                       the formula does not have
     */
    public static Landscape of(Expression expression, Map<String, Double> values, Window window,
                               ColorScaling scaling) {
        return family(expression, values, window, scaling).create(values);
    }

    /** The formula as read. */
    public Expression expression() {
        return expression;
    }

    @Override
    public double value(double x, double y) {
        return program.value(x, y);
    }

    @Override
    public void values(double[] xs, double y, double[] out, int offset) {
        program.values(xs, y, out, offset);
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        program.gradient(x, y, out);
    }

    @Override
    public void hessian(double x, double y, double[] out) {
        program.hessian(x, y, out);
    }

    @Override
    public boolean isQuadratic() {
        return program.isQuadratic();
    }

    /**
     * The usual start near the upper-left corner of the window if f is defined there; else the
     * nearest centre of a cell of a 16 x 16 grid over the window where f is (the usual start if
     * there is none).
     */
    @Override
    public double[] suggestedStart() {
        double[] usual = super.suggestedStart();
        if (Double.isFinite(value(usual[0], usual[1]))) {
            return usual;
        }
        double[] best = usual;
        double bestDistance = Double.POSITIVE_INFINITY;
        double[] cells = CriticalPoints.grid(defaultWindow(), START_CELLS);
        for (int i = 0; i < cells.length; i += 2) {
            double distance = Math.hypot(cells[i] - usual[0], cells[i + 1] - usual[1]);
            if (distance < bestDistance && Double.isFinite(value(cells[i], cells[i + 1]))) {
                best = new double[] {cells[i], cells[i + 1]};
                bestDistance = distance;
            }
        }
        return best;
    }

    @Override
    double[] seeds() {
        return CriticalPoints.grid(defaultWindow(), SEEDS_PER_SIDE);
    }

    /**
     * The stationary points in the window, where a minimum counts as global only if no seed of the
     * grid has a lower value: a lower one means a lower place the search could not reach (a kink,
     * as at the tip of {@code sqrt(x^2 + y^2)}, or the window's edge of a function falling
     * without bound), and then no minimum is called global.
     */
    @Override
    List<CriticalPoint> findCriticalPoints() {
        double[] seeds = seeds();
        List<CriticalPoint> points = CriticalPoints.find(this, seeds, defaultWindow());
        double lowestSeed = Double.POSITIVE_INFINITY;
        for (int i = 0; i < seeds.length; i += 2) {
            double v = value(seeds[i], seeds[i + 1]);
            lowestSeed = v < lowestSeed ? v : lowestSeed;
        }
        double lowestMinimum = points.stream().filter(p -> p.kind() == CriticalPoint.Kind.GLOBAL_MIN)
                .mapToDouble(CriticalPoint::value).min().orElse(Double.NEGATIVE_INFINITY);
        if (lowestSeed >= lowestMinimum) {
            return points;
        }
        return points.stream().map(p -> p.kind() == CriticalPoint.Kind.GLOBAL_MIN
                ? new CriticalPoint(p.x(), p.y(), p.value(), CriticalPoint.Kind.LOCAL_MIN) : p).toList();
    }

    /** The formula in TeX's typewriter font, each character as typed. */
    private static String tex(String plain) {
        StringBuilder tex = new StringBuilder("\\texttt{");
        for (char c : plain.toCharArray()) {
            switch (c) {
                case '\\' -> tex.append("\\textbackslash{}");
                case '^' -> tex.append("\\^{}");
                case '~' -> tex.append("\\~{}");
                case '_', '{', '}', '$', '&', '#', '%' -> tex.append('\\').append(c);
                default -> tex.append(c);
            }
        }
        return tex.append('}').toString();
    }

    /** The slider half-width for a starting value: the smallest of 5, 10, 20, 50, 100, ... at least 2|v|. */
    static double sliderReach(double start) {
        double reach = SMALLEST_SLIDER;
        int step = 0;
        while (reach < 2 * Math.abs(start) && Double.isFinite(reach)) {
            reach *= step++ % 3 == 2 ? 2.5 : 2;
        }
        return reach;
    }

    /** What the landscapes of one formula share; makes them from validated parameter values. */
    private static final class FormulaFamily {
        final Expression expression;
        final Window window;
        final ColorScaling scaling;
        final LandscapeFamily family;

        FormulaFamily(Expression expression, Map<String, Double> start, Window window, ColorScaling scaling) {
            this.expression = expression;
            this.window = window;
            this.scaling = scaling;
            List<Param> params = new ArrayList<>();
            for (String name : expression.parameters()) {
                RealParam unit = RealParam.linear(name, 1, Interval.ALL, -SMALLEST_SLIDER, SMALLEST_SLIDER, MEANING);
                double value = start.containsKey(name) ? unit.check(start.get(name)) : 1;
                double reach = sliderReach(value);
                params.add(RealParam.linear(name, value, Interval.ALL, -reach, reach, MEANING));
            }
            this.family = new LandscapeFamily(ID, "Formula",
                    "Your own formula: its gradient and curvature are computed exactly, as for the built-in ones.",
                    ParamSchema.of("formula " + expression.text(), params), this::create);
        }

        Landscape create(ParamSet params) {
            return new FormulaLandscape(this, params);
        }
    }
}
