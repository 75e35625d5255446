package org.downhill.landscape;

import org.downhill.param.ParamSet;

/**
 * The monkey saddle:
 * <pre>
 *   f(x, y) = x^3 - 3*x*y^2
 *   grad f  = (3*x^2 - 3*y^2, -6*x*y)
 *   Hessian = [[6*x, -6*y], [-6*y, -6*x]]
 * </pre>
 * Its only critical point, the origin, is degenerate: the Hessian vanishes there, so the
 * second-derivative test says nothing; f goes down in three directions and up in three, and the
 * point is listed as a {@link CriticalPoint.Kind#SADDLE saddle}. f is unbounded below. Teaches that
 * a flat point need not be a bowl or an ordinary saddle, and how slowly gradient descent leaves a
 * point where even the curvature vanishes.
 */
final class MonkeySaddle extends AbstractLandscape {
    static final LandscapeFamily FAMILY = defineFamily("monkey_saddle", "Monkey saddle",
            "A flat point with three ways down: the gradient and the curvature both vanish at the centre.",
            MonkeySaddle::new);
    private static final Formula FORMULA = new Formula("x^3 - 3*x*y^2", "x^3 - 3xy^2");
    private static final Window WINDOW = Window.centered(0, 0, 2);

    private MonkeySaddle(ParamSet params) {
        super(FAMILY, params, FORMULA, WINDOW, ColorScaling.LINEAR);
    }

    @Override
    public double value(double x, double y) {
        return x * x * x - 3 * x * (y * y);
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        out[0] = 3 * (x * x) - 3 * (y * y);
        out[1] = -6 * x * y;
    }

    @Override
    public void hessian(double x, double y, double[] out) {
        out[0] = 6 * x;
        out[1] = -6 * y;
        out[2] = -6 * x;
    }

    @Override
    double[] seeds() {
        return new double[] {0, 0};
    }
}
