package org.downhill.ui.sketch;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;

/**
 * A sketch that draws on a canvas, each call passed to its {@link GraphicsContext}; groups are
 * ignored. Its size follows the canvas's, in units of {@code scale} canvas pixels: a sketch of
 * scale 2 on a 1600 x 1200 canvas is 800 x 600 units, drawn at twice the resolution. Like the
 * canvas, use it on the JavaFX application thread only.
 */
public final class CanvasSketch implements Sketch {
    private final Canvas canvas;
    private final GraphicsContext gc;
    private final double scale;

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
    public void setFill(Color color) {
        gc.setFill(color);
    }

    @Override
    public void setStroke(Color color) {
        gc.setStroke(color);
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
    public void setLineCap(StrokeLineCap cap) {
        gc.setLineCap(cap);
    }

    @Override
    public void setLineJoin(StrokeLineJoin join) {
        gc.setLineJoin(join);
    }

    @Override
    public void setFont(Font font) {
        gc.setFont(font);
    }

    @Override
    public void setTextAlign(TextAlignment align) {
        gc.setTextAlign(align);
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        gc.setTextBaseline(baseline);
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
    public void drawImage(Image image, double sx, double sy, double sw, double sh, double dx, double dy, double dw,
                          double dh) {
        gc.drawImage(image, sx, sy, sw, sh, dx, dy, dw, dh);
    }
}
