package org.downhill.landscape;

import org.downhill.param.ParamSet;

/**
 * Booth's function, a quadratic polynomial written as a sum of two squares:
 * <pre>
 *   f(x, y) = (x + 2*y - 7)^2 + (2*x + y - 5)^2
 *   grad f  = (2*(x + 2*y - 7) + 4*(2*x + y - 5),  4*(x + 2*y - 7) + 2*(2*x + y - 5))
 *   Hessian = [[10, 8], [8, 10]] everywhere (eigenvalues 18 and 2)
 * </pre>
 * The global minimum 0 is at (1, 3), where both squares vanish. Evaluated as written, so value
 * and gradient agree with PyTorch's to the last bit. Teaches a tilted bowl away from the origin
 * with a moderate condition number of 9: a clean first test of an optimizer.
 */
final class Booth extends AbstractLandscape {
    static final LandscapeFamily FAMILY = defineFamily("booth", "Booth",
            "A tilted bowl away from the origin with condition number 9: a clean first test of an optimizer.",
            Booth::new);
    private static final Formula FORMULA = new Formula("(x + 2*y - 7)^2 + (2*x + y - 5)^2",
            "(x + 2y - 7)^2 + (2x + y - 5)^2");
    private static final Window WINDOW = Window.centered(0, 0, 10);

    private Booth(ParamSet params) {
        super(FAMILY, params, FORMULA, WINDOW, ColorScaling.LOG);
    }

    @Override
    public double value(double x, double y) {
        double u = x + 2 * y - 7;
        double v = 2 * x + y - 5;
        return u * u + v * v;
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        double u = x + 2 * y - 7;
        double v = 2 * x + y - 5;
        out[0] = 2 * u + 2 * v * 2;
        out[1] = 2 * u * 2 + 2 * v;
    }

    @Override
    public void hessian(double x, double y, double[] out) {
        out[0] = 10;
        out[1] = 8;
        out[2] = 10;
    }

    @Override
    public boolean isQuadratic() {
        return true;
    }

    @Override
    double[] seeds() {
        return new double[] {1, 3};
    }
}
