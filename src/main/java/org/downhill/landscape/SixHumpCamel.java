package org.downhill.landscape;

import org.downhill.param.ParamSet;

/**
 * The six-hump camel function:
 * <pre>
 *   f(x, y) = (4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (-4 + 4*y^2)*y^2
 *   grad f  = (8*x - 8.4*x^3 + 2*x^5 + y,  x - 8*y + 16*y^3)
 *   Hessian = [[8 - 25.2*x^2 + 10*x^4, 1], [1, -8 + 48*y^2]]
 * </pre>
 * Two global minima -1.0316285 at (0.0898420, -0.7126564) and (-0.0898420, 0.7126564), four local
 * minima (value -0.2154638 near (+-1.703607, -+0.796084) and 2.1042503 near (+-1.607105,
 * +-0.568651)), seven saddle points (one at the origin) and two maxima. Teaches a landscape with
 * minima of different quality side by side, where the start and the step size pick the outcome.
 * Colours are spread logarithmically: the minima lie between -1.03 and 2.2, the window's corners
 * reach 160.
 */
final class SixHumpCamel extends AbstractLandscape {
    static final LandscapeFamily FAMILY = defineFamily("six_hump_camel", "Six-hump camel",
            "Two global and four local minima side by side: the start and the step size pick the outcome.",
            SixHumpCamel::new);
    private static final Formula FORMULA = new Formula("(4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (-4 + 4*y^2)*y^2",
            "\\left(4 - 2.1x^2 + \\tfrac{x^4}{3}\\right)x^2 + xy + \\left(-4 + 4y^2\\right)y^2");
    private static final Window WINDOW = new Window(-3, 3, -2, 2);

    private SixHumpCamel(ParamSet params) {
        super(FAMILY, params, FORMULA, WINDOW, ColorScaling.LOG);
    }

    @Override
    public double value(double x, double y) {
        double x2 = x * x;
        double y2 = y * y;
        // x^4 as a power, not as x2 * x2, as PyTorch evaluates it, so the values agree to the last bit.
        return (4 - 2.1 * x2 + Math.pow(x, 4) / 3) * x2 + x * y + (-4 + 4 * y2) * y2;
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        // The product rule's terms, each rounded and summed in the order PyTorch's autograd does,
        // so that the gradient agrees with PyTorch's to the last bit.
        double x2 = x * x;
        double y2 = y * y;
        double hump = 4 - 2.1 * x2 + Math.pow(x, 4) / 3;
        out[0] = y + hump * (2 * x) + x2 / 3 * (4 * (x * x * x)) - x2 * 2.1 * (2 * x);
        out[1] = (-4 + 4 * y2) * (2 * y) + y2 * 4 * (2 * y) + x;
    }

    @Override
    public void hessian(double x, double y, double[] out) {
        double x2 = x * x;
        out[0] = 8 - 25.2 * x2 + 10 * (x2 * x2);
        out[1] = 1;
        out[2] = -8 + 48 * (y * y);
    }

    @Override
    double[] seeds() {
        return new double[] {
            0.0898420, -0.7126564,
            -0.0898420, 0.7126564,
            -1.7036067, 0.7960836,
            1.7036067, -0.7960836,
            -1.6071048, -0.5686515,
            1.6071048, 0.5686515,
            0, 0,
            1.1092053, -0.7682681,
            -1.1092053, 0.7682681,
            -1.6380680, -0.2286741,
            1.6380680, 0.2286741,
            1.2960703, 0.6050844,
            -1.2960703, -0.6050844,
            -1.2302299, -0.1623346,
            1.2302299, 0.1623346,
        };
    }
}
