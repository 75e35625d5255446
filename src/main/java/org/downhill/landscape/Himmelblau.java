package org.downhill.landscape;

import org.downhill.param.ParamSet;

/**
 * Himmelblau's function:
 * <pre>
 *   f(x, y) = (x^2 + y - 11)^2 + (x + y^2 - 7)^2
 *   grad f  = (4*x*(x^2 + y - 11) + 2*(x + y^2 - 7),  2*(x^2 + y - 11) + 4*y*(x + y^2 - 7))
 *   Hessian = [[12*x^2 + 4*y - 42, 4*x + 4*y], [4*x + 4*y, 12*y^2 + 4*x - 26]]
 * </pre>
 * Four global minima of value 0, at (3, 2), (-2.805118, 3.131312), (-3.779310, -3.283186) and
 * (3.584428, -1.848126), four saddle points between them and a maximum near (-0.270845,
 * -0.923039). Teaches that with several equally good minima the start decides which one is found.
 */
final class Himmelblau extends AbstractLandscape {
    static final LandscapeFamily FAMILY = defineFamily("himmelblau", "Himmelblau",
            "Four equally deep minima: where a run ends depends on where it starts.", Himmelblau::new);
    private static final Formula FORMULA = new Formula("(x^2 + y - 11)^2 + (x + y^2 - 7)^2",
            "(x^2 + y - 11)^2 + (x + y^2 - 7)^2");
    private static final Window WINDOW = Window.centered(0, 0, 5);

    private Himmelblau(ParamSet params) {
        super(FAMILY, params, FORMULA, WINDOW, ColorScaling.LOG);
    }

    @Override
    public double value(double x, double y) {
        double u = x * x + y - 11;
        double v = x + y * y - 7;
        return u * u + v * v;
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        double u = x * x + y - 11;
        double v = x + y * y - 7;
        out[0] = 4 * x * u + 2 * v;
        out[1] = 2 * u + 4 * y * v;
    }

    @Override
    public void hessian(double x, double y, double[] out) {
        out[0] = 12 * x * x + 4 * y - 42;
        out[1] = 4 * x + 4 * y;
        out[2] = 12 * y * y + 4 * x - 26;
    }

    @Override
    double[] seeds() {
        return new double[] {
            3, 2,
            -2.805118, 3.131312,
            -3.779310, -3.283186,
            3.584428, -1.848126,
            -0.270845, -0.923039,
            3.385154, 0.073852,
            0.086678, 2.884255,
            -3.073026, -0.081353,
            -0.127961, -1.953715,
        };
    }
}
