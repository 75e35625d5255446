package org.downhill.render;

import org.downhill.landscape.ColorScaling;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Window;

/**
 * Everything the 2D view draws of a landscape itself, computed in one go and off the UI thread: the
 * values sampled at the pixel centres of a window, their colours as ARGB pixels, the value scale
 * (for a colour bar) and the contour lines at 15 to 30 levels, evenly spaced in the scale (so
 * log-spaced on a logarithmic scale). Computing into the same raster again reuses its buffers.
 * Mutable and not thread-safe: hand it between threads through something that orders memory.
 */
public final class LandscapeRaster {
    private SampledGrid grid;
    private int[] argb;
    private ValueScale scale;
    private double[] levels = new double[0];
    private final ContourSet contours = new ContourSet();
    private ColorMap colorMap;

    /**
     * Samples, colours and contours a landscape.
     *
     * @param width   pixels across, at least 2
     * @param height  pixels down, at least 2
     * @param sampler how to spread the sampling over threads
     */
    public void compute(Landscape landscape, Window window, int width, int height, ColorMap map,
                        ColorScaling scaling, GridSampler sampler) {
        compute(landscape, window, width, height, map, scaling, null, sampler);
    }

    /**
     * Samples, colours and contours a landscape with the colours on a given scale.
     *
     * @param fixed the scale of the colours and contour levels, or null to fit one to the samples
     *              ({@link ValueScale#fit} with {@code scaling})
     */
    public void compute(Landscape landscape, Window window, int width, int height, ColorMap map,
                        ColorScaling scaling, ValueScale fixed, GridSampler sampler) {
        grid = sampler.sample(landscape, window, width, height, grid);
        scale = fixed != null ? fixed.seeing(grid) : ValueScale.fit(grid, scaling);
        argb = Heatmap.render(grid, scale, map, argb);
        levels = ContourLevels.of(scale);
        MarchingSquares.contour(grid, levels, contours);
        colorMap = map;
    }

    /** The window the raster covers. */
    public Window window() {
        return grid.window();
    }

    /** Pixels across. */
    public int width() {
        return grid.nx();
    }

    /** Pixels down. */
    public int height() {
        return grid.ny();
    }

    /** The sampled values (row 0 at the top). */
    public SampledGrid grid() {
        return grid;
    }

    /** The pixels, row-major from the top-left, {@code width() * height()} of them (the array may be longer). */
    public int[] argb() {
        return argb;
    }

    /** The map from values to colours. */
    public ValueScale scale() {
        return scale;
    }

    /** The colour map the pixels were coloured with. */
    public ColorMap colorMap() {
        return colorMap;
    }

    /** The contour levels, ascending. */
    public double[] levels() {
        return levels.clone();
    }

    /** The contour lines, in world coordinates. */
    public ContourSet contours() {
        return contours;
    }
}
