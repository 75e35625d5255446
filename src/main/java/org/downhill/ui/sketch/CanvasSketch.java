package org.downhill.ui.sketch;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;
import org.downhill.figure.sketch.Bitmap;
import org.downhill.figure.sketch.FigureFont;
import org.downhill.figure.sketch.LineCap;
import org.downhill.figure.sketch.LineJoin;
import org.downhill.figure.sketch.Rgba;
import org.downhill.figure.sketch.Sketch;
import org.downhill.figure.sketch.TextAlign;
import org.downhill.figure.sketch.TextBaseline;
import org.downhill.figure.sketch.TextMeasure;

/**
 * A sketch that draws on a canvas, each call passed to its {@link GraphicsContext}; groups are
 * ignored; text is measured as the canvas draws it ({@link FxText}). Its size follows the
 * canvas's, in units of {@code scale} canvas pixels: a sketch of scale 2 on a 1600 x 1200 canvas
 * is 800 x 600 units, drawn at twice the resolution. A bitmap is turned into an image once and
 * kept while the same bitmap is drawn again (the view's heatmap, redrawn until a new one comes).
 * Like the canvas, use it on the JavaFX application thread only.
 */
public final class CanvasSketch implements Sketch {
    private final Canvas canvas;
    private final GraphicsContext gc;
    private final double scale;
    private Bitmap shown;
    private WritableImage image;

    /** A sketch on a canvas, one unit to a pixel. */
    public CanvasSketch(Canvas canvas) {
        this(canvas, 1);
    }

    /**
     * A sketch on a canvas, {@code scale} pixels to a unit: sets the canvas's base transform to
     * that scale.
     *
     * @throws IllegalArgumentException if scale is not positive and finite
     */
    public CanvasSketch(Canvas canvas, double scale) {
        if (!(scale > 0 && Double.isFinite(scale))) {
            throw new IllegalArgumentException("scale must be positive and finite, not " + scale);
        }
        this.canvas = canvas;
        this.gc = canvas.getGraphicsContext2D();
        this.scale = scale;
        gc.setTransform(new Affine(Affine.scale(scale, scale)));
        gc.setFont(FxText.INSTANCE.font(new FigureFont(12, false)));
    }

    @Override
    public double width() {
        return canvas.getWidth() / scale;
    }

    @Override
    public double height() {
        return canvas.getHeight() / scale;
    }

    @Override
    public TextMeasure measure() {
        return FxText.INSTANCE;
    }

    @Override
    public void beginGroup(String name) {
        // A canvas keeps no structure.
    }

    @Override
    public void endGroup() {
        // A canvas keeps no structure.
    }

    @Override
    public void save() {
        gc.save();
    }

    @Override
    public void restore() {
        gc.restore();
    }

    @Override
    public void translate(double x, double y) {
        gc.translate(x, y);
    }

    @Override
    public void rotate(double degrees) {
        gc.rotate(degrees);
    }

    @Override
    public void clip() {
        gc.clip();
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        gc.setGlobalAlpha(alpha);
    }

    @Override
    public void setFill(Rgba color) {
        gc.setFill(FxPaint.color(color));
    }

    @Override
    public void setStroke(Rgba color) {
        gc.setStroke(FxPaint.color(color));
    }

    @Override
    public void setLineWidth(double width) {
        gc.setLineWidth(width);
    }

    @Override
    public void setLineDashes(double... dashes) {
        gc.setLineDashes(dashes);
    }

    @Override
    public void setLineCap(LineCap cap) {
        gc.setLineCap(switch (cap) {
            case BUTT -> StrokeLineCap.BUTT;
            case ROUND -> StrokeLineCap.ROUND;
            case SQUARE -> StrokeLineCap.SQUARE;
        });
    }

    @Override
    public void setLineJoin(LineJoin join) {
        gc.setLineJoin(switch (join) {
            case MITER -> StrokeLineJoin.MITER;
            case ROUND -> StrokeLineJoin.ROUND;
            case BEVEL -> StrokeLineJoin.BEVEL;
        });
    }

    @Override
    public void setFont(FigureFont font) {
        gc.setFont(FxText.INSTANCE.font(font));
    }

    @Override
    public void setTextAlign(TextAlign align) {
        gc.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
    }

    @Override
    public void setTextBaseline(TextBaseline baseline) {
        gc.setTextBaseline(switch (baseline) {
            case TOP -> VPos.TOP;
            case CENTER -> VPos.CENTER;
            case BASELINE -> VPos.BASELINE;
            case BOTTOM -> VPos.BOTTOM;
        });
    }

    @Override
    public void setImageSmoothing(boolean smooth) {
        gc.setImageSmoothing(smooth);
    }

    @Override
    public void beginPath() {
        gc.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        gc.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        gc.lineTo(x, y);
    }

    @Override
    public void closePath() {
        gc.closePath();
    }

    @Override
    public void rect(double x, double y, double w, double h) {
        gc.rect(x, y, w, h);
    }

    @Override
    public void stroke() {
        gc.stroke();
    }

    @Override
    public void fill() {
        gc.fill();
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        gc.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        gc.strokeRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        gc.fillRoundRect(x, y, w, h, arcWidth, arcHeight);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        gc.strokeRoundRect(x, y, w, h, arcWidth, arcHeight);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        gc.fillOval(x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        gc.strokeOval(x, y, w, h);
    }

    @Override
    public void fillText(String text, double x, double y) {
        gc.fillText(text, x, y);
    }

    @Override
    public void strokeText(String text, double x, double y) {
        gc.strokeText(text, x, y);
    }

    @Override
    public void drawImage(Bitmap bitmap, double sx, double sy, double sw, double sh, double dx, double dy,
                          double dw, double dh) {
        gc.drawImage(imageOf(bitmap), sx, sy, sw, sh, dx, dy, dw, dh);
    }

    /** The bitmap as an image: the last one if it shows this bitmap, else the last one (or a new one) repainted. */
    private WritableImage imageOf(Bitmap bitmap) {
        if (bitmap != shown) {
            if (image == null || image.getWidth() != bitmap.width() || image.getHeight() != bitmap.height()) {
                image = new WritableImage(bitmap.width(), bitmap.height());
            }
            image.getPixelWriter().setPixels(0, 0, bitmap.width(), bitmap.height(),
                    PixelFormat.getIntArgbInstance(), bitmap.pixels(), bitmap.width());
            shown = bitmap;
        }
        return image;
    }
}
