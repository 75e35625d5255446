package org.downhill.landscape;

import org.downhill.param.ParamSet;

/**
 * The Goldstein-Price function, a product of two factors:
 * <pre>
 *   f(x, y) = A*B
 *   A = 1 + a^2*P,   a = x + y + 1,   P = 19 - 14*x + 3*x^2 - 14*y + 6*x*y + 3*y^2
 *   B = 30 + b^2*Q,  b = 2*x - 3*y,   Q = 18 - 32*x + 12*x^2 + 48*y - 36*x*y + 27*y^2
 *   grad f = (Ax*B + A*Bx, Ay*B + A*By)
 *   Ax = Ay = 2*a*P + a^2*(6*x + 6*y - 14)
 *   Bx = 4*b*Q + b^2*(24*x - 36*y - 32),  By = -6*b*Q + b^2*(54*y - 36*x + 48)
 * </pre>
 * and Hessian
 * {@code [[Axx*B + 2*Ax*Bx + A*Bxx, Axy*B + Ax*By + Ay*Bx + A*Bxy], [.., Ayy*B + 2*Ay*By + A*Byy]]}
 * from the second derivatives of the factors. The global minimum 3 is at (0, -1); local minima 30
 * at (-0.6, -0.4), 84 at (1.8, 0.2) and 840 at (1.2, 0.8), with four saddle points and a maximum
 * between them. Values range from 3 to about a million in the window [-2, 2]^2. Teaches how a
 * landscape whose values span many orders of magnitude defeats any single learning rate.
 */
final class GoldsteinPrice extends AbstractLandscape {
    static final LandscapeFamily FAMILY = defineFamily("goldstein_price", "Goldstein-Price",
            "Values from 3 to a million: no single learning rate suits both the walls and the floor.",
            GoldsteinPrice::new);
    private static final Formula FORMULA = new Formula(
            "(1 + (x + y + 1)^2*(19 - 14*x + 3*x^2 - 14*y + 6*x*y + 3*y^2))"
                    + " * (30 + (2*x - 3*y)^2*(18 - 32*x + 12*x^2 + 48*y - 36*x*y + 27*y^2))",
            "\\left[1 + (x + y + 1)^2\\,(19 - 14x + 3x^2 - 14y + 6xy + 3y^2)\\right]"
                    + "\\left[30 + (2x - 3y)^2\\,(18 - 32x + 12x^2 + 48y - 36xy + 27y^2)\\right]");
    private static final Window WINDOW = Window.centered(0, 0, 2);

    private GoldsteinPrice(ParamSet params) {
        super(FAMILY, params, FORMULA, WINDOW, ColorScaling.LOG);
    }

    @Override
    public double value(double x, double y) {
        double a = x + y + 1;
        double b = 2 * x - 3 * y;
        return (1 + a * a * p(x, y)) * (30 + b * b * q(x, y));
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        double a = x + y + 1;
        double b = 2 * x - 3 * y;
        double p = p(x, y);
        double q = q(x, y);
        double fa = 1 + a * a * p;
        double fb = 30 + b * b * q;
        double faX = 2 * a * p + a * a * (6 * x + 6 * y - 14);
        double fbX = 4 * b * q + b * b * (24 * x - 36 * y - 32);
        double fbY = -6 * b * q + b * b * (54 * y - 36 * x + 48);
        out[0] = faX * fb + fa * fbX;
        out[1] = faX * fb + fa * fbY;
    }

    @Override
    public void hessian(double x, double y, double[] out) {
        double a = x + y + 1;
        double b = 2 * x - 3 * y;
        double p = p(x, y);
        double q = q(x, y);
        double pX = 6 * x + 6 * y - 14;
        double qX = 24 * x - 36 * y - 32;
        double qY = 54 * y - 36 * x + 48;
        double fa = 1 + a * a * p;
        double fb = 30 + b * b * q;
        double faX = 2 * a * p + a * a * pX;
        double fbX = 4 * b * q + b * b * qX;
        double fbY = -6 * b * q + b * b * qY;
        double faXX = 2 * p + 4 * a * pX + 6 * (a * a);
        double fbXX = 8 * q + 8 * b * qX + 24 * (b * b);
        double fbXY = -12 * q + 4 * b * qY - 6 * b * qX - 36 * (b * b);
        double fbYY = 18 * q - 12 * b * qY + 54 * (b * b);
        out[0] = faXX * fb + 2 * faX * fbX + fa * fbXX;
        out[1] = faXX * fb + faX * fbY + faX * fbX + fa * fbXY;
        out[2] = faXX * fb + 2 * faX * fbY + fa * fbYY;
    }

    /** The first factor's quadratic, P. */
    private static double p(double x, double y) {
        return 19 - 14 * x + 3 * (x * x) - 14 * y + 6 * x * y + 3 * (y * y);
    }

    /** The second factor's quadratic, Q. */
    private static double q(double x, double y) {
        return 18 - 32 * x + 12 * (x * x) + 48 * y - 36 * x * y + 27 * (y * y);
    }

    @Override
    double[] seeds() {
        return new double[] {
            0, -1,
            -0.6, -0.4,
            1.8, 0.2,
            1.2, 0.8,
            -0.4, -0.6,
            1.2, -0.2,
            1.4, 0.6,
            0.6, 0.4,
            0.8, 0.2,
        };
    }
}
