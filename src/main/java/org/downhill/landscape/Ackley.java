package org.downhill.landscape;

import org.downhill.param.ParamSet;

/**
 * Ackley's function, a cone with ripples:
 * <pre>
 *   f(x, y) = -20*exp(-0.2*s) - exp(c) + e + 20,  s = sqrt(0.5*(x^2 + y^2)),  c = 0.5*(cos(2*pi*x) + cos(2*pi*y))
 *   grad f  = (2*exp(-0.2*s)*x/s + pi*exp(c)*sin(2*pi*x),  2*exp(-0.2*s)*y/s + pi*exp(c)*sin(2*pi*y))
 * </pre>
 * The Hessian is the sum of the cone term's, written with r^2 = x^2 + y^2, t = 2*exp(-0.2*s)/s
 * (its slope over r) and q = -0.4*exp(-0.2*s) (its second derivative along rays),
 * <pre>
 *   [[(q*x^2 + t*y^2)/r^2, (q - t)*x*y/r^2], [(q - t)*x*y/r^2, (q*y^2 + t*x^2)/r^2]],
 * </pre>
 * and the ripple term's, pi^2*exp(c) times
 * {@code [[2*cos(2*pi*x) - sin^2(2*pi*x), -sin(2*pi*x)*sin(2*pi*y)], [.., 2*cos(2*pi*y) - sin^2(2*pi*y)]]}.
 *
 * <p>The global minimum 0 is at the origin, the tip of the cone, where the gradient is undefined:
 * there (and wherever x^2 + y^2 underflows to 0, within about 1e-162 of the origin) the cone term
 * contributes nothing to the gradient, so the gradient is (0, 0), and its Hessian is taken as the
 * limit of its second derivative along rays, q = -0.4 on the diagonal and 0 off it; with the
 * ripples' 2*pi^2*e that gives the finite, positive definite (2*pi^2*e - 0.4)*I, about 53.25*I.
 * Local minima lie near the integer points, listed for {@code |i|, |j| <= 3}. Teaches a nearly flat outer
 * region full of shallow traps around one deep funnel.
 */
final class Ackley extends AbstractLandscape {
    static final LandscapeFamily FAMILY = defineFamily("ackley", "Ackley",
            "A nearly flat, rippled plain around one deep funnel: many shallow traps, one global minimum.",
            Ackley::new);
    private static final Formula FORMULA = new Formula(
            "-20*exp(-0.2*sqrt(0.5*(x^2 + y^2))) - exp(0.5*(cos(2*pi*x) + cos(2*pi*y))) + e + 20",
            "-20\\exp\\!\\left(-0.2\\sqrt{0.5\\,(x^2 + y^2)}\\right)"
                    + " - \\exp\\!\\left(0.5\\,(\\cos 2\\pi x + \\cos 2\\pi y)\\right) + e + 20");
    private static final Window WINDOW = Window.centered(0, 0, 5);
    private static final double TWO_PI = 2 * Math.PI;
    private static final int SEED_RANGE = 3;

    private Ackley(ParamSet params) {
        super(FAMILY, params, FORMULA, WINDOW, ColorScaling.LINEAR);
    }

    @Override
    public double value(double x, double y) {
        double cone = -20 * Math.exp(-0.2 * Math.sqrt(0.5 * (x * x + y * y)));
        double ripples = Math.exp(0.5 * (Math.cos(TWO_PI * x) + Math.cos(TWO_PI * y)));
        return cone - ripples + Math.E + 20;
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        double r2 = x * x + y * y;
        double slope = r2 == 0 ? 0 : coneSlope(r2);
        double ripples = Math.PI * Math.exp(0.5 * (Math.cos(TWO_PI * x) + Math.cos(TWO_PI * y)));
        out[0] = slope * x + ripples * Math.sin(TWO_PI * x);
        out[1] = slope * y + ripples * Math.sin(TWO_PI * y);
    }

    @Override
    public void hessian(double x, double y, double[] out) {
        double r2 = x * x + y * y;
        double radial = -0.4 * Math.exp(-0.2 * Math.sqrt(0.5 * r2));
        if (r2 == 0) {
            out[0] = radial;
            out[1] = 0;
            out[2] = radial;
        } else {
            double slope = coneSlope(r2);
            out[0] = (radial * (x * x) + slope * (y * y)) / r2;
            out[1] = (radial - slope) * x * y / r2;
            out[2] = (radial * (y * y) + slope * (x * x)) / r2;
        }
        double sx = Math.sin(TWO_PI * x);
        double sy = Math.sin(TWO_PI * y);
        double ripples = Math.PI * Math.PI * Math.exp(0.5 * (Math.cos(TWO_PI * x) + Math.cos(TWO_PI * y)));
        out[0] += ripples * (2 * Math.cos(TWO_PI * x) - sx * sx);
        out[1] -= ripples * sx * sy;
        out[2] += ripples * (2 * Math.cos(TWO_PI * y) - sy * sy);
    }

    /** The cone term's slope divided by the distance from the origin, 2*exp(-0.2*s)/s, for r2 > 0. */
    private static double coneSlope(double r2) {
        double s = Math.sqrt(0.5 * r2);
        return 2 * Math.exp(-0.2 * s) / s;
    }

    @Override
    double[] seeds() {
        return CriticalPoints.integerLattice(SEED_RANGE);
    }
}
