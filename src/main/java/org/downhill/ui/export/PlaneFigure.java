package org.downhill.ui.export;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.downhill.ui.plane.FigureOptions;
import org.downhill.ui.plane.PlaneView;
import org.downhill.ui.sketch.CanvasSketch;
import org.downhill.ui.sketch.SvgSketch;

/**
 * The 2D view as a figure to save: an SVG document (vector contours, paths, markers, axes and
 * text, the heatmap as an embedded PNG) or an image at a pixel scale, both drawn by the view's own
 * painters ({@link PlaneView#paintFigure}). Sizes are in view pixels; a figure the size of the
 * view shows what the view shows. Both methods must run on the JavaFX application thread, since
 * they read the view's state (and the image is a canvas snapshot).
 */
public final class PlaneFigure {
    private PlaneFigure() {
    }

    /**
     * The view as an SVG 1.1 document of width x height units, its heatmap at one pixel per unit.
     * Parts are groups with a class: background, heatmap, contour, gradient-field,
     * critical-point, axis, colorbar, run-preview, run-path (one per visible run), marker,
     * anatomy and legend.
     */
    public static String svg(PlaneView view, double width, double height, FigureOptions options) {
        SvgSketch sketch = new SvgSketch(width, height);
        view.paintFigure(sketch, options, 1);
        return sketch.toSvg();
    }

    /**
     * The view as an image of width x height view pixels drawn at {@code scale} image pixels to
     * a view pixel (sizes rounded to whole pixels), e.g. scale 2 for a crisp print of the same
     * figure; transparent where nothing is drawn.
     *
     * @throws IllegalArgumentException if scale is not positive and finite
     */
    public static WritableImage png(PlaneView view, double width, double height, FigureOptions options,
                                    double scale) {
        Canvas canvas = new Canvas(Math.round(width * scale), Math.round(height * scale));
        view.paintFigure(new CanvasSketch(canvas, scale), options, scale);
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        return canvas.snapshot(parameters, null);
    }
}
