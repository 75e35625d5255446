package org.downhill.landscape;

import java.util.List;
import java.util.function.Function;
import org.downhill.param.Param;
import org.downhill.param.ParamSchema;
import org.downhill.param.ParamSet;

/**
 * What the built-in landscapes share: the family and parameter values they were made with, their
 * formula, window and colour scaling, and their critical points, found on first request by
 * refining the landscape's {@link #seeds()} with {@link CriticalPoints}. Subclasses are
 * immutable; the cached list is an immutable value computed deterministically, so a race between
 * two first requests is harmless.
 */
abstract class AbstractLandscape implements Landscape {
    private final LandscapeFamily family;
    private final ParamSet params;
    private final Formula formula;
    private final Window window;
    private final ColorScaling scaling;
    private volatile List<CriticalPoint> criticalPoints;

    AbstractLandscape(LandscapeFamily family, ParamSet params, Formula formula, Window window,
                      ColorScaling scaling) {
        this.family = family;
        this.params = params;
        this.formula = formula;
        this.window = window;
        this.scaling = scaling;
    }

    /** A family whose parameter schema is named after its id, so messages read "rosenbrock has no parameter 'c'". */
    static LandscapeFamily defineFamily(String id, String displayName, String description,
                                        Function<ParamSet, Landscape> factory, Param... params) {
        return new LandscapeFamily(id, displayName, description, ParamSchema.of(id, List.of(params)), factory);
    }

    @Override
    public final LandscapeFamily family() {
        return family;
    }

    @Override
    public final ParamSet params() {
        return params;
    }

    @Override
    public final Formula formula() {
        return formula;
    }

    @Override
    public final Window defaultWindow() {
        return window;
    }

    @Override
    public final ColorScaling suggestedScaling() {
        return scaling;
    }

    @Override
    public final List<CriticalPoint> criticalPoints() {
        List<CriticalPoint> points = criticalPoints;
        if (points == null) {
            points = findCriticalPoints();
            criticalPoints = points;
        }
        return points;
    }

    /** The critical points, computed once: by default those Newton's method reaches from {@link #seeds()}. */
    List<CriticalPoint> findCriticalPoints() {
        return CriticalPoints.find(this, seeds());
    }

    /**
     * Approximate positions of the known critical points, computed from the parameters, as
     * {@code x0, y0, x1, y1, ...}; close enough for Newton's method to converge to each.
     */
    abstract double[] seeds();

    @Override
    public String toString() {
        return params.toString();
    }
}
