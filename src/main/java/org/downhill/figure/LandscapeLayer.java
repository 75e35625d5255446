package org.downhill.figure;

import java.util.List;
import java.util.Objects;
import org.downhill.figure.sketch.Bitmap;
import org.downhill.landscape.ColorScaling;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Window;
import org.downhill.render.ColorMap;
import org.downhill.render.ContourPath;
import org.downhill.render.ContourSet;
import org.downhill.render.GridSampler;
import org.downhill.render.LandscapeRaster;
import org.downhill.render.SegmentJoiner;
import org.downhill.render.ValueScale;
import org.downhill.render.Viewport;
import org.downhill.scenario.Scenario;

/**
 * The landscape's picture in a figure: the heatmap of a window of the plane, its contour lines,
 * the value scale (for the colour bar) and the colour map. Immutable: it holds copies of a
 * {@link LandscapeRaster}'s pixels and contours, so a raster can be reused (the app pools them)
 * while the layer is drawn on another thread.
 */
public final class LandscapeLayer {
    private final Window window;
    private final Bitmap pixels;
    private final ContourSet contours;
    private final ValueScale scale;
    private final ColorMap colorMap;
    private final int undefinedCount;

    private LandscapeLayer(LandscapeRaster raster) {
        this.window = raster.window();
        this.pixels = Bitmap.copyOf(raster.width(), raster.height(), raster.argb());
        this.contours = raster.contours().copy();
        this.scale = raster.scale();
        this.colorMap = raster.colorMap();
        this.undefinedCount = raster.grid().undefinedCount();
    }

    /**
     * What to compute: a landscape over a window at width x height pixels, coloured with a
     * colour map on a linear or logarithmic scale.
     *
     * @param landscape the function
     * @param window    the part of the plane
     * @param width     pixels across, at least 2
     * @param height    pixels down, at least 2
     * @param colorMap  the colour map
     * @param scaling   linear or logarithmic colours
     * @param fixed     the colours' scale, or null to fit it to the window's values ({@link ValueScale#fit})
     */
    public record Request(Landscape landscape, Window window, int width, int height, ColorMap colorMap,
                          ColorScaling scaling, ValueScale fixed) {
        /** Checks that everything is given and the size. */
        public Request {
            Objects.requireNonNull(landscape, "landscape");
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(colorMap, "colorMap");
            Objects.requireNonNull(scaling, "scaling");
            if (width < 2 || height < 2) {
                throw new IllegalArgumentException("a raster needs at least 2 x 2 pixels, not " + width + " x "
                        + height);
            }
        }

        /**
         * The raster of a viewport's window for a landscape drawn as {@code display} says, at
         * {@code scale} pixels per viewport pixel and at most {@code limit} pixels a side (at
         * least 2).
         */
        public static Request of(Landscape landscape, Scenario.Display display, Viewport viewport, double scale,
                                 int limit) {
            int width = (int) Math.max(2, Math.min(limit, Math.round(viewport.width() * scale)));
            int height = (int) Math.max(2, Math.min(limit, Math.round(viewport.height() * scale)));
            return new Request(landscape, viewport.window(), width, height, display.colorMap(),
                    display.logScale() ? ColorScaling.LOG : ColorScaling.LINEAR, null);
        }

        /** The same request with the colours on a given scale instead of one fit to the window. */
        public Request withFixedScale(ValueScale scale) {
            return new Request(landscape, window, width, height, colorMap, scaling, scale);
        }

        /** Samples, colours and contours into {@code raster} (reusing its buffers) with a sampler. */
        public void computeInto(LandscapeRaster raster, GridSampler sampler) {
            raster.compute(landscape, window, width, height, colorMap, scaling, fixed, sampler);
        }
    }

    /** The side of the grid {@link #fixedScale} samples. */
    public static final int FIXED_SCALE_SAMPLES = 256;

    /**
     * The colour scale of a landscape that does not depend on the view: {@link ValueScale#fit} to
     * {@value #FIXED_SCALE_SAMPLES} x {@value #FIXED_SCALE_SAMPLES} samples of its default window.
     * Figures of the same landscape drawn with it share their colours whatever window they show
     * (values outside its range take the end colours).
     */
    public static ValueScale fixedScale(Landscape landscape, ColorScaling scaling, GridSampler sampler) {
        return ValueScale.fit(sampler.sample(landscape, landscape.defaultWindow(), FIXED_SCALE_SAMPLES,
                FIXED_SCALE_SAMPLES, null), scaling);
    }

    /** The layer of a raster: its pixels and contours copied, so the raster may be reused at once. */
    public static LandscapeLayer of(LandscapeRaster raster) {
        return new LandscapeLayer(raster);
    }

    /** Computes a layer on the calling thread (sampling with {@code sampler}). */
    public static LandscapeLayer compute(Request request, GridSampler sampler) {
        LandscapeRaster raster = new LandscapeRaster();
        request.computeInto(raster, sampler);
        return new LandscapeLayer(raster);
    }

    /** The part of the plane the pixels cover. */
    public Window window() {
        return window;
    }

    /** The heatmap, row 0 at the top (the window's yMax). */
    public Bitmap pixels() {
        return pixels;
    }

    /** The number of contour levels. */
    public int levelCount() {
        return contours.levelCount();
    }

    /** Contour level k's value, ascending in k. */
    public double level(int k) {
        return contours.level(k);
    }

    /** The number of line segments of contour level k. */
    public int segmentCount(int k) {
        return contours.segmentCount(k);
    }

    /**
     * Coordinate i of level k's segments in world coordinates: segment s runs from (4s, 4s + 1)
     * to (4s + 2, 4s + 3), as in {@link ContourSet#segments}.
     *
     * @throws IndexOutOfBoundsException unless 0 &lt;= i &lt; 4 * segmentCount(k)
     */
    public double segment(int k, int i) {
        if (i < 0 || i >= 4 * contours.segmentCount(k)) {
            throw new IndexOutOfBoundsException("coordinate " + i + " of " + contours.segmentCount(k) + " segments");
        }
        return contours.segments(k)[i];
    }

    /** The contour lines of every level joined into polylines ({@link SegmentJoiner}); allocates. */
    public List<ContourPath> joinedContours() {
        return SegmentJoiner.join(contours);
    }

    /** The map from values to colours. */
    public ValueScale scale() {
        return scale;
    }

    /** The number of grid samples where f is undefined (hatched in the heatmap). */
    public int undefinedCount() {
        return undefinedCount;
    }

    /** The colour map of the pixels. */
    public ColorMap colorMap() {
        return colorMap;
    }
}
