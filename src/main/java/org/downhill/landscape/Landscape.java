package org.downhill.landscape;

import java.util.List;
import org.downhill.param.ParamSet;

/**
 * A loss landscape f(x, y) with its exact (analytic) value, gradient and Hessian, plus what a view
 * needs: a name, the formula, a default view window, the known critical points and a suggested
 * colour scaling. Implementations are immutable and safe to use from several threads; the
 * derivative methods write into caller-owned arrays so that hot loops allocate nothing.
 */
public interface Landscape {

    /** The family this landscape belongs to (its id, parameters and factory). */
    LandscapeFamily family();

    /** The parameter values this landscape was made with. */
    ParamSet params();

    /** A name for people, e.g. {@code Rosenbrock}. */
    default String displayName() {
        return family().displayName();
    }

    /** The formula in plain text and TeX, with this landscape's parameter values left symbolic. */
    Formula formula();

    /** f(x, y). May be non-finite far away; never throws. */
    double value(double x, double y);

    /**
     * f along one row of a grid: {@code out[offset + i] = value(xs[i], y)} for every i. The default
     * calls {@link #value} at each point; a landscape may compute the row faster, with the same
     * numbers.
     */
    default void values(double[] xs, double y, double[] out, int offset) {
        for (int i = 0; i < xs.length; i++) {
            out[offset + i] = value(xs[i], y);
        }
    }

    /**
     * The gradient at (x, y).
     *
     * @param out receives df/dx in {@code out[0]} and df/dy in {@code out[1]}
     */
    void gradient(double x, double y, double[] out);

    /**
     * The Hessian at (x, y).
     *
     * @param out receives d2f/dx2 in {@code out[0]}, d2f/dxdy in {@code out[1]} and d2f/dy2 in
     *            {@code out[2]}
     */
    void hessian(double x, double y, double[] out);

    /** The window a view shows first: it contains the interesting structure and the known minima. */
    Window defaultWindow();

    /**
     * The known critical points (global and local minima, saddle points, maxima), each a
     * stationary point to machine precision, global minima first.
     */
    List<CriticalPoint> criticalPoints();

    /** How colours are best spread over the values: linearly, or logarithmically above the minimum. */
    ColorScaling suggestedScaling();

    /**
     * A start point that shows the landscape off: near the upper-left corner of the default
     * window, an eighth of its size in from each edge, so that a run crosses the interesting part.
     *
     * @return {x, y}
     */
    default double[] suggestedStart() {
        Window w = defaultWindow();
        return new double[] {w.xMin() + w.width() / 8, w.yMax() - w.height() / 8};
    }

    /** Whether f is a quadratic polynomial, so that its Hessian is the same everywhere. */
    default boolean isQuadratic() {
        return false;
    }
}
