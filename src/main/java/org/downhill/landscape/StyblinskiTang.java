package org.downhill.landscape;

import org.downhill.param.ParamSet;

/**
 * The Styblinski-Tang function, a sum of one quartic in each coordinate:
 * <pre>
 *   f(x, y) = 0.5*((x^4 - 16*x^2 + 5*x) + (y^4 - 16*y^2 + 5*y))
 *   grad f  = (0.5*(4*x^3 - 32*x + 5),  0.5*(4*y^3 - 32*y + 5))
 *   Hessian = diag(6*x^2 - 16, 6*y^2 - 16)
 * </pre>
 * Each quartic has a deep minimum at -2.903534, a shallower one at 2.746803 and a maximum at
 * 0.156731 between them; their combinations give the global minimum -78.332331 at (-2.903534,
 * -2.903534), three local minima, four saddle points and a maximum. Teaches that the basin a
 * run starts in decides the minimum it finds, one coordinate at a time.
 */
final class StyblinskiTang extends AbstractLandscape {
    static final LandscapeFamily FAMILY = defineFamily("styblinski_tang", "Styblinski-Tang",
            "One deep and three shallower minima in a grid: the starting basin decides the result.",
            StyblinskiTang::new);
    private static final Formula FORMULA = new Formula("0.5*((x^4 - 16*x^2 + 5*x) + (y^4 - 16*y^2 + 5*y))",
            "\\tfrac{1}{2}\\left[(x^4 - 16x^2 + 5x) + (y^4 - 16y^2 + 5y)\\right]");
    private static final Window WINDOW = Window.centered(0, 0, 5);
    /** Where the one-dimensional quartic is stationary: its deep minimum, its maximum, its shallow minimum. */
    private static final double[] STATIONARY_1D = {-2.903534, 0.156731, 2.746803};

    private StyblinskiTang(ParamSet params) {
        super(FAMILY, params, FORMULA, WINDOW, ColorScaling.LINEAR);
    }

    @Override
    public double value(double x, double y) {
        double x2 = x * x;
        double y2 = y * y;
        // x^4 as a power, not as x2 * x2, as PyTorch evaluates it, so the values agree to the last bit.
        return 0.5 * ((Math.pow(x, 4) - 16 * x2 + 5 * x) + (Math.pow(y, 4) - 16 * y2 + 5 * y));
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        out[0] = 0.5 * (4 * (x * x * x) - 32 * x + 5);
        out[1] = 0.5 * (4 * (y * y * y) - 32 * y + 5);
    }

    @Override
    public void hessian(double x, double y, double[] out) {
        out[0] = 6 * (x * x) - 16;
        out[1] = 0;
        out[2] = 6 * (y * y) - 16;
    }

    @Override
    double[] seeds() {
        double[] seeds = new double[2 * STATIONARY_1D.length * STATIONARY_1D.length];
        int k = 0;
        for (double x : STATIONARY_1D) {
            for (double y : STATIONARY_1D) {
                seeds[k++] = x;
                seeds[k++] = y;
            }
        }
        return seeds;
    }
}
