package org.downhill.render.surface;

import java.util.ArrayList;
import java.util.List;
import org.downhill.landscape.CriticalPoint;
import org.downhill.landscape.Window;
import org.downhill.render.ContourLevels;
import org.downhill.render.ContourSet;
import org.downhill.render.GridSampler;
import org.downhill.render.MarchingSquares;
import org.downhill.render.SampledGrid;
import org.downhill.render.ValueScale;

/**
 * Builds {@link Surface}s, doing only the work a change needs:
 * <ul>
 *   <li>a new landscape, window or sample count: sample the grid (into the same arrays when the
 *       size is unchanged), then everything below;</li>
 *   <li>a new scaling: fit the {@link ValueScale}, new contour levels and lines, heights and
 *       texture coordinates (the grid and the faces are kept);</li>
 *   <li>a new exaggeration: heights only (the contour lines on the floor are kept);</li>
 *   <li>the same spec again: the last surface itself.</li>
 * </ul>
 * The colour map is not part of a surface at all: it is the texture the UI puts on it. Not
 * thread-safe: one builder belongs to one worker thread.
 */
public final class SurfaceBuilder {
    /** The fewest sample points per side. */
    public static final int MIN_SAMPLES = 64;
    /** The most sample points per side. */
    public static final int MAX_SAMPLES = 256;
    /** The width of a contour line on the floor, in scene units. */
    public static final double CONTOUR_WIDTH = 1.3;

    private final GridSampler sampler;
    private final ContourSet contours = new ContourSet();
    private SampledGrid grid;
    private Surface last;

    /** A builder that samples with the given sampler. */
    public SurfaceBuilder(GridSampler sampler) {
        this.sampler = sampler;
    }

    /** samples clamped to [{@value #MIN_SAMPLES}, {@value #MAX_SAMPLES}]. */
    public static int clampSamples(int samples) {
        return Math.max(MIN_SAMPLES, Math.min(MAX_SAMPLES, samples));
    }

    /** The surface of a spec, reusing what the last one had in common with it. */
    public Surface build(SurfaceSpec spec) {
        SurfaceSpec previous = last == null ? null : last.spec();
        if (spec.equals(previous)) {
            return last;
        }
        boolean resample = !spec.samplesSameGrid(previous);
        if (resample) {
            int n = clampSamples(spec.samples());
            grid = sampler.sample(spec.landscape(), spec.window(), n, n, grid);
        }
        boolean rescale = resample || spec.scaling() != previous.scaling();
        ValueScale scale = rescale ? ValueScale.fit(grid, spec.scaling()) : last.box().scale();
        SurfaceBox box = SurfaceBox.of(spec.window(), scale, spec.exaggeration());
        SurfaceMesh mesh = resample ? SurfaceMesh.of(grid, box) : last.mesh().reshape(grid, box);
        MeshData floor = last == null ? null : last.floor();
        if (rescale) {
            MarchingSquares.contour(grid, ContourLevels.of(scale), contours);
            floor = FloorContours.of(contours, box, CONTOUR_WIDTH);
        }
        last = new Surface(spec, box, mesh, floor, minima(spec, box, mesh));
        return last;
    }

    private static List<MinimumMarker> minima(SurfaceSpec spec, SurfaceBox box, SurfaceMesh mesh) {
        List<MinimumMarker> markers = new ArrayList<>();
        Window w = spec.window();
        for (CriticalPoint p : spec.landscape().criticalPoints()) {
            if (p.kind().isMinimum() && w.contains(p.x(), p.y())) {
                markers.add(new MinimumMarker(box.sceneX(p.x()), mesh.visibleY(box, p.x(), p.y(), p.value()), box.sceneZ(p.y()),
                        p.kind() == CriticalPoint.Kind.GLOBAL_MIN));
            }
        }
        return markers;
    }
}
