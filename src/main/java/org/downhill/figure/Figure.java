package org.downhill.figure;

import java.util.Objects;
import org.downhill.figure.sketch.AwtText;
import org.downhill.figure.sketch.Sketch;
import org.downhill.render.GridSampler;

/**
 * A figure of the 2D view, ready to draw: a title and caption if its options have them, then one
 * plot, or small multiples ({@link Panels}: a panel per visible run with the same window, axes and
 * colours, the panels sharing one landscape layer) if its options ask for them; a scene (the simulated runs and how the landscape is
 * shown), what the figure shows besides the plot (legend, colour bar, background), its size in
 * units and the landscape's layer computed for exactly that plot. Immutable; drawing it into any
 * {@link Sketch} of its size gives the same picture, on any thread ({@link FigureFormats} makes
 * PNG, SVG and GIF of it). The frames of an animation share the layer ({@link #atStep}).
 *
 * @param scene   what is shown
 * @param options legend, colour bar and transparency
 * @param width   the width in units (pixels at scale 1)
 * @param height  the height in units
 * @param layer   the landscape's heatmap and contours over the plot's window
 */
public record Figure(PlaneScene scene, FigureOptions options, double width, double height, LandscapeLayer layer)
        implements Drawing {
    /** The largest heatmap side of a figure, in pixels; a larger figure shows it smoothly enlarged. */
    public static final int RASTER_LIMIT = 4096;

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if a size is not positive and finite
     */
    public Figure {
        Objects.requireNonNull(scene, "scene");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(layer, "layer");
        if (!(width > 0 && height > 0 && Double.isFinite(width) && Double.isFinite(height))) {
            throw new IllegalArgumentException("a figure needs a positive finite size, not " + width + " x " + height);
        }
    }

    /**
     * The figure of a scene at width x height units, its landscape sampled now (on the calling
     * thread, with {@code sampler}) at {@code heatmapScale} pixels per unit, at most
     * {@value #RASTER_LIMIT} a side: 1 for an SVG, the pixel scale of a PNG.
     *
     * @throws IllegalArgumentException if a size or the heatmap scale is not positive and finite
     */
    public static Figure of(PlaneScene scene, FigureOptions options, double width, double height,
                            double heatmapScale, GridSampler sampler) {
        if (!(heatmapScale > 0 && Double.isFinite(heatmapScale))) {
            throw new IllegalArgumentException("heatmapScale must be positive and finite, not " + heatmapScale);
        }
        if (!(width > 0 && height > 0 && Double.isFinite(width) && Double.isFinite(height))) {
            throw new IllegalArgumentException("a figure needs a positive finite size, not " + width + " x " + height);
        }
        double plotHeight = height - heading(options, width, scene).height();
        Panels panels = options.panels()
                ? Panels.of(scene, width, plotHeight, options.colorBar(), AwtText.INSTANCE) : null;
        PlotArea area = panels == null ? PlanePainter.plotArea(width, plotHeight, scene, options)
                : panels.plotArea(scene.display().textScale());
        LandscapeLayer.Request request = LandscapeLayer.Request.of(scene.landscape(), scene.display(),
                PlanePainter.viewport(scene, area), heatmapScale, RASTER_LIMIT);
        if (options.fixedColors()) {
            request = request.withFixedScale(LandscapeLayer.fixedScale(scene.landscape(), request.scaling(), sampler));
        }
        return new Figure(scene, options, width, height, LandscapeLayer.compute(request, sampler));
    }

    /** The title and caption of a figure with these options, measured as the figure's sketches measure. */
    private static FigureHeading heading(FigureOptions options, double width, PlaneScene scene) {
        return FigureHeading.of(options, width, scene.display().textScale(), AwtText.INSTANCE);
    }

    /** The same figure at another step of the runs (the same landscape layer). */
    public Figure atStep(int step) {
        return new Figure(scene.atStep(step), options, width, height, layer);
    }

    /**
     * Paints the figure into a sketch (of this figure's size, or the picture is cut or padded): the
     * title and caption if any, then the plot in the height left under them.
     */
    @Override
    public void paint(Sketch sketch) {
        FigureHeading heading = heading(options, width, scene);
        double top = heading.height();
        if (top > 0 && !options.transparent()) {
            sketch.setFill(FigureStyle.BACKGROUND);
            sketch.fillRect(0, 0, width, top);
        }
        heading.paint(sketch);
        PlanePainter painter = new PlanePainter();
        sketch.save();
        sketch.translate(0, top);
        if (options.panels()) {
            Panels.of(scene, width, height - top, options.colorBar(), AwtText.INSTANCE)
                    .paint(sketch, painter, scene, layer, options);
        } else {
            painter.paint(sketch, width, height - top, scene, layer, options);
        }
        sketch.restore();
    }
}
