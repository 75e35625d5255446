package org.downhill.landscape;

import org.downhill.param.Interval;
import org.downhill.param.ParamSet;
import org.downhill.param.RealParam;

/**
 * Rastrigin's function, a bowl covered in ripples of amplitude A:
 * <pre>
 *   f(x, y) = 2*A + (x^2 - A*cos(2*pi*x)) + (y^2 - A*cos(2*pi*y))
 *   grad f  = (2*x + 2*pi*A*sin(2*pi*x),  2*y + 2*pi*A*sin(2*pi*y))
 *   Hessian = diag(2 + 4*pi^2*A*cos(2*pi*x), 2 + 4*pi^2*A*cos(2*pi*y))
 * </pre>
 * The global minimum 0 is at the origin; near every integer point (i, j) lies a local minimum,
 * listed here for {@code |i|, |j| <= 3} (for a small A some of them merge away). Teaches how local minima
 * trap gradient descent, and how a large learning rate or noise can hop over them.
 */
final class Rastrigin extends AbstractLandscape {
    static final LandscapeFamily FAMILY = defineFamily("rastrigin", "Rastrigin",
            "A bowl covered in regular ripples: a local minimum near every integer point traps gradient descent.",
            Rastrigin::new,
            RealParam.linear("A", 10, Interval.atLeast(0), 0, 20, "amplitude of the ripples"));
    private static final Formula FORMULA = new Formula("2*A + (x^2 - A*cos(2*pi*x)) + (y^2 - A*cos(2*pi*y))",
            "2A + \\left(x^2 - A\\cos 2\\pi x\\right) + \\left(y^2 - A\\cos 2\\pi y\\right)");
    private static final Window WINDOW = Window.centered(0, 0, 5.12);
    private static final double TWO_PI = 2 * Math.PI;
    private static final int SEED_RANGE = 3;

    private final double amplitude;

    private Rastrigin(ParamSet params) {
        super(FAMILY, params, FORMULA, WINDOW, ColorScaling.LINEAR);
        this.amplitude = params.real("A");
    }

    @Override
    public double value(double x, double y) {
        return 2 * amplitude + (x * x - amplitude * Math.cos(TWO_PI * x)) + (y * y - amplitude * Math.cos(TWO_PI * y));
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        out[0] = 2 * x + amplitude * Math.sin(TWO_PI * x) * TWO_PI;
        out[1] = 2 * y + amplitude * Math.sin(TWO_PI * y) * TWO_PI;
    }

    @Override
    public void hessian(double x, double y, double[] out) {
        out[0] = 2 + amplitude * Math.cos(TWO_PI * x) * (TWO_PI * TWO_PI);
        out[1] = 0;
        out[2] = 2 + amplitude * Math.cos(TWO_PI * y) * (TWO_PI * TWO_PI);
    }

    @Override
    double[] seeds() {
        return CriticalPoints.integerLattice(SEED_RANGE);
    }
}
