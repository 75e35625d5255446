package org.downhill.landscape;

import org.downhill.param.ParamSet;

/**
 * Beale's function, a sum of three squares:
 * <pre>
 *   f(x, y) = t1^2 + t2^2 + t3^2,  t1 = 1.5 - x + x*y,  t2 = 2.25 - x + x*y^2,  t3 = 2.625 - x + x*y^3
 *   grad f  = (2*t1*(y - 1) + 2*t2*(y^2 - 1) + 2*t3*(y^3 - 1),  2*t1*x + 4*t2*x*y + 6*t3*x*y^2)
 *   Hessian = [[2*(y - 1)^2 + 2*(y^2 - 1)^2 + 2*(y^3 - 1)^2,
 *               2*(x*(y - 1) + t1) + 4*(x*y*(y^2 - 1) + t2*y) + 6*(x*y^2*(y^3 - 1) + t3*y^2)],
 *              [.., 2*x^2 + 2*(4*x^2*y^2 + 2*t2*x) + 2*(9*x^2*y^4 + 6*t3*x*y)]]
 * </pre>
 * The global minimum 0 is at (3, 0.5), in a narrow flat-bottomed valley; the walls grow like
 * x^2*y^6, so the values span many orders of magnitude. Saddle points lie at (0, 1) and near
 * (0.100538, -2.644514). Teaches how a few huge gradients on the walls throw plain gradient descent
 * off, while adaptive methods stay in control.
 */
final class Beale extends AbstractLandscape {
    static final LandscapeFamily FAMILY = defineFamily("beale", "Beale",
            "A narrow valley between very steep walls: huge gradients upset plain gradient descent.", Beale::new);
    private static final Formula FORMULA = new Formula(
            "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2",
            "(1.5 - x + xy)^2 + (2.25 - x + xy^2)^2 + (2.625 - x + xy^3)^2");
    private static final Window WINDOW = Window.centered(0, 0, 4.5);

    private Beale(ParamSet params) {
        super(FAMILY, params, FORMULA, WINDOW, ColorScaling.LOG);
    }

    @Override
    public double value(double x, double y) {
        double y2 = y * y;
        double t1 = 1.5 - x + x * y;
        double t2 = 2.25 - x + x * y2;
        double t3 = 2.625 - x + x * (y2 * y);
        return t1 * t1 + t2 * t2 + t3 * t3;
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        double y2 = y * y;
        double y3 = y2 * y;
        double t1 = 1.5 - x + x * y;
        double t2 = 2.25 - x + x * y2;
        double t3 = 2.625 - x + x * y3;
        out[0] = 2 * t1 * (y - 1) + 2 * t2 * (y2 - 1) + 2 * t3 * (y3 - 1);
        out[1] = 2 * t1 * x + 2 * t2 * (2 * x * y) + 2 * t3 * (3 * x * y2);
    }

    @Override
    public void hessian(double x, double y, double[] out) {
        double y2 = y * y;
        double y3 = y2 * y;
        double t1 = 1.5 - x + x * y;
        double t2 = 2.25 - x + x * y2;
        double t3 = 2.625 - x + x * y3;
        double d1 = y - 1;
        double d2 = y2 - 1;
        double d3 = y3 - 1;
        double e2 = 2 * x * y;
        double e3 = 3 * x * y2;
        out[0] = 2 * (d1 * d1 + d2 * d2 + d3 * d3);
        out[1] = 2 * (x * d1 + t1) + 2 * (e2 * d2 + 2 * y * t2) + 2 * (e3 * d3 + 3 * y2 * t3);
        out[2] = 2 * (x * x) + 2 * (e2 * e2 + 2 * x * t2) + 2 * (e3 * e3 + 6 * x * y * t3);
    }

    @Override
    double[] seeds() {
        return new double[] {
            3, 0.5,
            0, 1,
            0.100538, -2.644514,
        };
    }
}
