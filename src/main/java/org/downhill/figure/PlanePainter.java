package org.downhill.figure;

import java.util.List;
import org.downhill.figure.sketch.Sketch;
import org.downhill.figure.sketch.TextMeasure;
import org.downhill.render.Viewport;

/**
 * Draws a {@link PlaneScene} into a {@link Sketch}: the landscape's layer (heatmap, contours,
 * gradient field, critical points), the axes and colour bar, then the runs, markers, step anatomy
 * and legend. A figure paints it all at once ({@link #paint}); the app's 2D view paints the parts
 * on layers at different times: the landscape ({@link #paintLandscape}), the trails
 * ({@link TrailLayers}, appended to while the runs play) and the marks over them: those under the
 * balls ({@link #paintMarksUnder}), the balls ({@link #paintBall}, each on its own small layer
 * that moves) and those over the balls ({@link #paintMarksOver}).
 * Reuses its clipping buffers, so keep one per view and use it on one thread at a time.
 */
public final class PlanePainter {
    private final BackgroundPainter background = new BackgroundPainter();
    private final RunPainter runs = new RunPainter();

    /** The plot area of a sketch of width x height for a scene drawn with these options. */
    public static PlotArea plotArea(double width, double height, PlaneScene scene, FigureOptions options) {
        return PlotArea.of(width, height, scene.display().textScale(), options.colorBar());
    }

    /** The transform between the scene's window (widened to the area's shape) and the plot area. */
    public static Viewport viewport(PlaneScene scene, PlotArea area) {
        return Viewport.fit(scene.window(), area.width(), area.height(), true);
    }

    /**
     * Paints the whole scene as a figure filling the sketch, with the legend and colour bar as
     * asked.
     *
     * @param layer the landscape's heatmap and contours (for the scene's window), or null for none
     */
    public void paint(Sketch sketch, PlaneScene scene, LandscapeLayer layer, FigureOptions options) {
        paint(sketch, sketch.width(), sketch.height(), scene, layer, options);
    }

    /**
     * Paints the whole scene as a figure of width x height units from the sketch's current origin
     * (e.g. translated under a figure's title), with the legend and colour bar as asked.
     *
     * @param layer the landscape's heatmap and contours (for the scene's window), or null for none
     */
    public void paint(Sketch sketch, double width, double height, PlaneScene scene, LandscapeLayer layer,
                      FigureOptions options) {
        PlotArea area = plotArea(width, height, scene, options);
        Viewport viewport = viewport(scene, area);
        paintLandscape(sketch, area, viewport, scene, layer, options);
        paintRuns(sketch, area, viewport, scene, options.legend());
    }

    /**
     * The layout of a scene's runs, legend and labels in a figure of width x height measured
     * with {@code measure}, as {@link #paint} lays them out.
     */
    public static PlaneLayout layout(PlaneScene scene, double width, double height, FigureOptions options,
                                     TextMeasure measure) {
        PlotArea area = plotArea(width, height, scene, options);
        return PlaneLayout.of(scene, area, viewport(scene, area), measure, options.legend());
    }

    /**
     * Paints the landscape's part: the background (unless transparent), the layer and overlays
     * clipped to the plot area, the axes, and the colour bar if asked and there is a layer.
     *
     * @param layer the heatmap and contours, or null while there is none; one for another window
     *              is drawn stretched into place
     */
    public void paintLandscape(Sketch sketch, PlotArea area, Viewport viewport, PlaneScene scene,
                               LandscapeLayer layer, FigureOptions options) {
        background.paint(sketch, area, viewport, layer, scene.landscape(), scene.display(), options);
    }

    /**
     * Paints the visible runs up to the scene's step, clipped to the plot area, their exit marks
     * and the legend if asked, laid out ({@link PlaneLayout}) with the sketch's text measure.
     */
    public void paintRuns(Sketch sketch, PlotArea area, Viewport viewport, PlaneScene scene, boolean legend) {
        runs.paint(sketch, scene, PlaneLayout.of(scene, area, viewport, sketch.measure(), legend));
    }

    /**
     * Paints what lies over the runs' trails in the view's layers ({@link TrailLayers}) and under
     * the balls: the changes ahead of the step (faint) and the exit marks of the runs that left the
     * view, as the layout has them, in the plot area's coordinates (not clipped).
     */
    public void paintMarksUnder(Sketch sketch, PlaneScene scene, PlaneLayout layout) {
        runs.marksUnder(sketch, scene, layout);
    }

    /**
     * Paints what lies over the balls in the view's layers: the range test's path, the start
     * points, the step anatomy and the legend, as the layout has them, in the plot area's
     * coordinates (not clipped).
     */
    public void paintMarksOver(Sketch sketch, PlaneScene scene, PlaneLayout layout) {
        runs.marksOver(sketch, scene, layout);
    }

    /**
     * The balls of the scene's visible runs at its step, in plot coordinates, in the order they
     * are drawn in; a run whose step is out of view has none (it has an exit mark).
     */
    public static List<Ball> balls(PlaneScene scene, Viewport viewport) {
        return RunPainter.balls(scene, viewport);
    }

    /** Paints a ball as a figure does, at a text scale. */
    public static void paintBall(Sketch sketch, Ball ball, double textScale) {
        Markers.ball(sketch, ball.x(), ball.y(), ball.color(), textScale);
    }

    /** How far a ball reaches from its centre at a text scale, in pixels, its rim and anti-aliasing included. */
    public static double ballReach(double textScale) {
        return Markers.ballReach(textScale);
    }
}
