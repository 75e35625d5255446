package org.downhill.render.surface;

import org.downhill.landscape.ColorScaling;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Window;

/**
 * What a 3D surface shows: a landscape over a window, sampled at samples x samples points, its
 * height scaled linearly or logarithmically and exaggerated.
 *
 * @param landscape    the function; compared by identity (a landscape is immutable)
 * @param window       the part of the plane
 * @param samples      points per side, clamped by {@link SurfaceBuilder} to [64, 256]
 * @param scaling      linear or logarithmic heights (and colours)
 * @param exaggeration the height exaggeration, clamped by {@link SurfaceBox#of}
 */
public record SurfaceSpec(Landscape landscape, Window window, int samples, ColorScaling scaling,
                          double exaggeration) {

    /** Checks that nothing is null. */
    public SurfaceSpec {
        if (landscape == null || window == null || scaling == null) {
            throw new IllegalArgumentException("a surface needs a landscape, a window and a scaling");
        }
    }

    /** Whether the other spec needs the same sampled grid: the same landscape, window and sample count. */
    boolean samplesSameGrid(SurfaceSpec other) {
        return other != null && other.landscape == landscape && other.window.equals(window)
                && other.samples == samples;
    }
}
