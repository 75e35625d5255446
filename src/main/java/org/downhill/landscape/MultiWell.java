package org.downhill.landscape;

import java.util.ArrayList;
import java.util.List;
import org.downhill.param.Interval;
import org.downhill.param.Param;
import org.downhill.param.ParamSet;
import org.downhill.param.RealParam;

/**
 * A weak bowl holding three Gaussian wells, for lessons on local minima:
 * <pre>
 *   f(x, y) = s*(x^2 + y^2) - sum_i d_i*E_i,   E_i = exp(-((x - x_i)^2 + (y - y_i)^2)/(2*w_i^2))
 *   grad f  = (2*s*x + sum_i d_i*E_i*(x - x_i)/w_i^2,  2*s*y + sum_i d_i*E_i*(y - y_i)/w_i^2)
 *   Hessian = 2*s*I + sum_i d_i*E_i/w_i^2 * [[1 - (x - x_i)^2/w_i^2, -(x - x_i)*(y - y_i)/w_i^2],
 *                                             [.., 1 - (y - y_i)^2/w_i^2]]
 * </pre>
 * with s = {@code bowl} and, for well i = 1, 2, 3, centre (x_i, y_i) = ({@code welli_x},
 * {@code welli_y}), depth d_i = {@code welli_depth} and width w_i = {@code welli_width}.
 *
 * <p>By default well 1 at (1.5, -2) is the deep, wide global minimum (about -3.377 near (1.476,
 * -1.967)), well 2 at (-1, 1) a shallow local minimum (about -0.981) lying between the upper left
 * corner and well 1, and well 3 at (2.5, 1.5) a deeper local minimum (about -1.871), with saddle
 * points between well 1 and each of the others. Started at (-3.5, 3.5), plain gradient descent
 * with a learning rate of 0.1 settles in well 2; with momentum 0.9 it rolls through well 2 into
 * well 1. The critical points are found from each well's centre (minima) and from the midpoint of
 * each pair of wells (saddles), so they follow the parameters.
 */
final class MultiWell extends AbstractLandscape {
    private static final int WELLS = 3;
    private static final double[][] DEFAULT_WELLS = {
        // x, y, depth, width
        {1.5, -2, 3.5, 1.2},
        {-1, 1, 1, 0.8},
        {2.5, 1.5, 2, 0.8},
    };
    private static final double EDGE = 4;
    static final LandscapeFamily FAMILY = defineFamily("multi_well", "Multi-well",
            "One deep well and two shallower ones in a weak bowl: plain descent gets stuck, momentum can roll on.",
            MultiWell::new, parameters());
    private static final Formula FORMULA = new Formula(plainFormula(),
            "s\\,(x^2 + y^2) - \\sum_{i=1}^{3} d_i \\exp\\!\\left(-\\frac{(x - x_i)^2 + (y - y_i)^2}{2 w_i^2}\\right)");
    private static final Window WINDOW = Window.centered(0, 0, EDGE);

    private final double bowl;
    private final double[] centerX = new double[WELLS];
    private final double[] centerY = new double[WELLS];
    private final double[] depth = new double[WELLS];
    private final double[] width2 = new double[WELLS];

    private MultiWell(ParamSet params) {
        super(FAMILY, params, FORMULA, WINDOW, ColorScaling.LINEAR);
        this.bowl = params.real("bowl");
        for (int i = 0; i < WELLS; i++) {
            String well = "well" + (i + 1) + "_";
            centerX[i] = params.real(well + "x");
            centerY[i] = params.real(well + "y");
            depth[i] = params.real(well + "depth");
            double width = params.real(well + "width");
            width2[i] = width * width;
        }
    }

    /**
     * The formula in the parameters' own names, one term per well, which the formula field reads:
     * {@code bowl*(x^2 + y^2) - well1_depth*exp(-((x - well1_x)^2 + (y - well1_y)^2)/(2*well1_width^2)) - ...}.
     */
    private static String plainFormula() {
        StringBuilder f = new StringBuilder("bowl*(x^2 + y^2)");
        for (int i = 1; i <= WELLS; i++) {
            String w = "well" + i + "_";
            f.append(" - ").append(w).append("depth*exp(-((x - ").append(w).append("x)^2 + (y - ").append(w)
                    .append("y)^2)/(2*").append(w).append("width^2))");
        }
        return f.toString();
    }

    private static Param[] parameters() {
        List<Param> params = new ArrayList<>();
        params.add(RealParam.linear("bowl", 0.02, Interval.atLeast(0), 0, 0.2,
                "strength s of the bowl s*(x^2 + y^2) that holds the wells"));
        for (int i = 0; i < WELLS; i++) {
            String well = "well" + (i + 1);
            double[] d = DEFAULT_WELLS[i];
            params.add(RealParam.linear(well + "_x", d[0], Interval.closed(-EDGE, EDGE), -EDGE, EDGE,
                    "x of the centre of " + well));
            params.add(RealParam.linear(well + "_y", d[1], Interval.closed(-EDGE, EDGE), -EDGE, EDGE,
                    "y of the centre of " + well));
            params.add(RealParam.linear(well + "_depth", d[2], Interval.atLeast(0), 0, 5,
                    "depth of " + well));
            params.add(RealParam.linear(well + "_width", d[3], Interval.above(0), 0.2, 2.5,
                    "width of " + well + " (the Gaussian's standard deviation)"));
        }
        return params.toArray(Param[]::new);
    }

    @Override
    public double value(double x, double y) {
        double f = bowl * (x * x + y * y);
        for (int i = 0; i < WELLS; i++) {
            f -= depth[i] * well(i, x - centerX[i], y - centerY[i]);
        }
        return f;
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        double gx = 2 * bowl * x;
        double gy = 2 * bowl * y;
        for (int i = 0; i < WELLS; i++) {
            double dx = x - centerX[i];
            double dy = y - centerY[i];
            double pull = depth[i] * well(i, dx, dy) / width2[i];
            gx += pull * dx;
            gy += pull * dy;
        }
        out[0] = gx;
        out[1] = gy;
    }

    @Override
    public void hessian(double x, double y, double[] out) {
        double hxx = 2 * bowl;
        double hxy = 0;
        double hyy = 2 * bowl;
        for (int i = 0; i < WELLS; i++) {
            double dx = x - centerX[i];
            double dy = y - centerY[i];
            double pull = depth[i] * well(i, dx, dy) / width2[i];
            hxx += pull * (1 - dx * dx / width2[i]);
            hxy -= pull * dx * dy / width2[i];
            hyy += pull * (1 - dy * dy / width2[i]);
        }
        out[0] = hxx;
        out[1] = hxy;
        out[2] = hyy;
    }

    /** E_i, the shape of well i at offset (dx, dy) from its centre. */
    private double well(int i, double dx, double dy) {
        return Math.exp(-(dx * dx + dy * dy) / (2 * width2[i]));
    }

    @Override
    double[] seeds() {
        double[] seeds = new double[2 * (WELLS + WELLS * (WELLS - 1) / 2)];
        int k = 0;
        for (int i = 0; i < WELLS; i++) {
            seeds[k++] = centerX[i];
            seeds[k++] = centerY[i];
        }
        for (int i = 0; i < WELLS; i++) {
            for (int j = i + 1; j < WELLS; j++) {
                seeds[k++] = 0.5 * (centerX[i] + centerX[j]);
                seeds[k++] = 0.5 * (centerY[i] + centerY[j]);
            }
        }
        return seeds;
    }
}
