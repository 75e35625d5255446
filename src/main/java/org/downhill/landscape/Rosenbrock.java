package org.downhill.landscape;

import org.downhill.param.Interval;
import org.downhill.param.ParamSet;
import org.downhill.param.RealParam;

/**
 * Rosenbrock's banana valley:
 * <pre>
 *   f(x, y) = (a - x)^2 + b*(y - x^2)^2
 *   grad f  = (-2*(a - x) - 4*b*x*(y - x^2),  2*b*(y - x^2))
 *   Hessian = [[2 - 4*b*(y - x^2) + 8*b*x^2, -4*b*x], [-4*b*x, 2*b]]
 * </pre>
 * The global minimum 0 lies at (a, a^2) at the end of a long curved valley whose walls are b
 * times steeper than its floor. Teaches why gradient descent finds the valley at once and then
 * crawls along it, and how momentum and adaptive methods help. The default window is
 * [-2, 2] x [-1, 3], widened to keep (a, a^2) a unit inside it; |a| is at most 1000, so that the
 * window stays one a view can draw (see {@link Window}).
 */
final class Rosenbrock extends AbstractLandscape {
    static final LandscapeFamily FAMILY = defineFamily("rosenbrock", "Rosenbrock",
            "A long curved valley: finding it is easy, following it to the minimum is slow.", Rosenbrock::new,
            RealParam.linear("a", 1, Interval.closed(-1000, 1000), -2, 2, "position of the minimum, at (a, a^2)"),
            RealParam.log("b", 100, Interval.atLeast(0), 0.1, 1000, "steepness of the valley walls"));
    private static final Formula FORMULA = new Formula("(a - x)^2 + b*(y - x^2)^2", "(a - x)^2 + b\\,(y - x^2)^2");

    private final double a;
    private final double b;

    private Rosenbrock(ParamSet params) {
        super(FAMILY, params, FORMULA, window(params.real("a")), ColorScaling.LOG);
        this.a = params.real("a");
        this.b = params.real("b");
    }

    @Override
    public double value(double x, double y) {
        double u = a - x;
        double v = y - x * x;
        return u * u + b * (v * v);
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        // Rounded and summed in the order of PyTorch's autograd, so that it agrees to the last bit.
        double v = y - x * x;
        out[0] = -(b * (2 * v)) * (2 * x) - 2 * (a - x);
        out[1] = b * (2 * v);
    }

    @Override
    public void hessian(double x, double y, double[] out) {
        out[0] = 2 - 4 * b * (y - x * x) + 8 * b * x * x;
        out[1] = -4 * b * x;
        out[2] = 2 * b;
    }

    /** The default window, which depends on a (see above). */
    private static Window window(double a) {
        return new Window(Math.min(-2, a - 1), Math.max(2, a + 1), Math.min(-1, a * a - 1), Math.max(3, a * a + 1));
    }

    @Override
    double[] seeds() {
        return new double[] {a, a * a};
    }
}
