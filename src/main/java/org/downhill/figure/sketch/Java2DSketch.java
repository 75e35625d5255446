package org.downhill.figure.sketch;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A sketch that draws into an AWT image with Java2D, antialiased: it needs no display and no
 * JavaFX (AWT images work headless), so figures can be drawn on any thread, e.g. by the command
 * line or on the app's export thread. A sketch of scale 2 on a 1600 x 1200 image is 800 x 600
 * units, drawn at twice the resolution.
 *
 * <p>As on a canvas, path points are transformed when they are added, line widths and dashes are
 * scaled by the scale only, and text is placed by its alignment and baseline with the font's
 * metrics ({@link AwtText}). Strokes are drawn as specified (no pixel snapping). One thread at a
 * time.
 */
public final class Java2DSketch extends StyledSketch<SketchStyle> {
    private static final float MITER_LIMIT = 10;

    private final BufferedImage image;
    private final double scale;
    private final Path2D.Double path = new Path2D.Double();
    private final Deque<Saved> saved = new ArrayDeque<>();
    private Graphics2D g;

    /**
     * A sketch of width x height units on a new transparent image of
     * {@code round(width * scale) x round(height * scale)} pixels.
     *
     * @throws IllegalArgumentException if a size or the scale is not positive and finite, or the
     *                                  image would have fewer than 1 or more than 2^28 pixels
     */
    public Java2DSketch(double width, double height, double scale) {
        this(newImage(width, height, scale), scale);
    }

    /**
     * A sketch on an image (drawn over what it holds), {@code scale} pixels to a unit.
     *
     * @throws IllegalArgumentException if scale is not positive and finite
     */
    public Java2DSketch(BufferedImage image, double scale) {
        super(new SketchStyle());
        if (!(scale > 0 && Double.isFinite(scale))) {
            throw new IllegalArgumentException("scale must be positive and finite, not " + scale);
        }
        this.image = image;
        this.scale = scale;
        this.g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_ALPHA_INTERPOLATION, RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
        g.scale(scale, scale);
    }

    private static BufferedImage newImage(double width, double height, double scale) {
        long w = Math.round(width * scale);
        long h = Math.round(height * scale);
        if (!(width > 0 && height > 0 && Double.isFinite(width) && Double.isFinite(height)) || w < 1 || h < 1
                || w * h > 1 << 28) {
            throw new IllegalArgumentException("cannot make a " + width + " x " + height + " image at scale " + scale);
        }
        return new BufferedImage((int) w, (int) h, BufferedImage.TYPE_INT_ARGB);
    }

    /** The image drawn on (its pixels change with every drawing call). */
    public BufferedImage image() {
        return image;
    }

    /** Releases the drawing resources; the image stays. Drawing afterwards is not allowed. */
    public void dispose() {
        while (!saved.isEmpty()) {
            restore();
        }
        g.dispose();
    }

    /** What {@link #save} pushes: the style, and the graphics that hold the transform and clip. */
    private record Saved(SketchStyle style, Graphics2D graphics) {
    }

    @Override
    public double width() {
        return image.getWidth() / scale;
    }

    @Override
    public double height() {
        return image.getHeight() / scale;
    }

    @Override
    public TextMeasure measure() {
        return AwtText.INSTANCE;
    }

    @Override
    public void beginGroup(String name) {
        // Pixels keep no structure.
    }

    @Override
    public void endGroup() {
        // Pixels keep no structure.
    }

    @Override
    public void save() {
        saved.push(new Saved(style, g));
        style = style.copy();
        g = (Graphics2D) g.create();
    }

    @Override
    public void restore() {
        if (saved.isEmpty()) {
            return;
        }
        Saved top = saved.pop();
        g.dispose();
        style = top.style();
        g = top.graphics();
    }

    @Override
    public void translate(double x, double y) {
        g.translate(x, y);
    }

    @Override
    public void rotate(double degrees) {
        g.rotate(Math.toRadians(degrees));
    }

    @Override
    public void clip() {
        AffineTransform user = g.getTransform();
        g.setTransform(new AffineTransform());
        g.clip(path);
        g.setTransform(user);
    }

    @Override
    public void beginPath() {
        path.reset();
    }

    @Override
    public void moveTo(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            double[] p = device(x, y);
            path.moveTo(p[0], p[1]);
        }
    }

    @Override
    public void lineTo(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return;
        }
        double[] p = device(x, y);
        if (path.getCurrentPoint() == null) {
            path.moveTo(p[0], p[1]);
        } else {
            path.lineTo(p[0], p[1]);
        }
    }

    /** A point in image pixels, transformed as a canvas does when it is added to the path. */
    private double[] device(double x, double y) {
        double[] p = {x, y};
        g.getTransform().transform(p, 0, p, 0, 1);
        return p;
    }

    @Override
    public void closePath() {
        if (path.getCurrentPoint() != null) {
            path.closePath();
        }
    }

    @Override
    public void stroke() {
        AffineTransform user = g.getTransform();
        g.setTransform(new AffineTransform());
        g.setColor(color(style.stroke));
        g.setStroke(stroke(scale));
        g.draw(path);
        g.setTransform(user);
    }

    @Override
    public void fill() {
        AffineTransform user = g.getTransform();
        g.setTransform(new AffineTransform());
        g.setColor(color(style.fill));
        g.fill(path);
        g.setTransform(user);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        if (finite(x1, y1, x2, y2)) {
            draw(new Line2D.Double(x1, y1, x2, y2));
        }
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        if (finite(x, y, w, h)) {
            fill(new Rectangle2D.Double(x, y, w, h));
        }
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        if (finite(x, y, w, h)) {
            draw(new Rectangle2D.Double(x, y, w, h));
        }
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        if (finite(x, y, w, h, arcWidth, arcHeight)) {
            fill(new RoundRectangle2D.Double(x, y, w, h, arcWidth, arcHeight));
        }
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        if (finite(x, y, w, h, arcWidth, arcHeight)) {
            draw(new RoundRectangle2D.Double(x, y, w, h, arcWidth, arcHeight));
        }
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        if (finite(x, y, w, h)) {
            fill(new Ellipse2D.Double(x, y, w, h));
        }
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        if (finite(x, y, w, h)) {
            draw(new Ellipse2D.Double(x, y, w, h));
        }
    }

    private void draw(Shape shape) {
        g.setColor(color(style.stroke));
        g.setStroke(stroke(1));
        g.draw(shape);
    }

    private void fill(Shape shape) {
        g.setColor(color(style.fill));
        g.fill(shape);
    }

    @Override
    public void fillText(String text, double x, double y) {
        if (text != null && !text.isEmpty() && finite(x, y)) {
            fill(outline(text, x, y));
        }
    }

    @Override
    public void strokeText(String text, double x, double y) {
        if (text != null && !text.isEmpty() && finite(x, y)) {
            draw(outline(text, x, y));
        }
    }

    /** The glyphs of a text placed by the alignment and baseline, in user units. */
    private Shape outline(String text, double x, double y) {
        FigureFont font = style.font;
        double width = AwtText.INSTANCE.width(text, font);
        double left = switch (style.align) {
            case LEFT -> x;
            case CENTER -> x - width / 2;
            case RIGHT -> x - width;
        };
        double baseline = y + AwtText.INSTANCE.baselineBelow(font, style.baseline);
        return AwtText.INSTANCE.font(font).createGlyphVector(AwtText.context(), text)
                .getOutline((float) left, (float) baseline);
    }

    @Override
    public void drawImage(Bitmap bitmap, double sx, double sy, double sw, double sh, double dx, double dy,
                          double dw, double dh) {
        if (!finite(sx, sy, sw, sh, dx, dy, dw, dh) || dw <= 0 || dh <= 0) {
            return;
        }
        int x0 = (int) Math.max(0, Math.floor(sx));
        int y0 = (int) Math.max(0, Math.floor(sy));
        int x1 = (int) Math.min(bitmap.width(), Math.ceil(sx + sw));
        int y1 = (int) Math.min(bitmap.height(), Math.ceil(sy + sh));
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        BufferedImage part = bitmap.sharedPart(x0, y0, x1 - x0, y1 - y0);
        AffineTransform place = new AffineTransform();
        place.translate(dx, dy);
        place.scale(dw / (x1 - x0), dh / (y1 - y0));
        Graphics2D target = (Graphics2D) g.create();
        target.setRenderingHint(RenderingHints.KEY_INTERPOLATION, style.smooth
                ? RenderingHints.VALUE_INTERPOLATION_BILINEAR : RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        if (style.alpha < 1) {
            target.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) style.alpha));
        }
        target.drawImage(part, place, null);
        target.dispose();
    }

    private Color color(Rgba c) {
        return new Color(c.red(), c.green(), c.blue(), (int) Math.round(c.opacity() * style.alpha * 255));
    }

    /** The stroke style with widths and dashes times {@code factor} (the scale, for device-space paths). */
    private BasicStroke stroke(double factor) {
        int cap = switch (style.cap) {
            case BUTT -> BasicStroke.CAP_BUTT;
            case ROUND -> BasicStroke.CAP_ROUND;
            case SQUARE -> BasicStroke.CAP_SQUARE;
        };
        int join = switch (style.join) {
            case MITER -> BasicStroke.JOIN_MITER;
            case ROUND -> BasicStroke.JOIN_ROUND;
            case BEVEL -> BasicStroke.JOIN_BEVEL;
        };
        float[] dashes = null;
        if (style.dashes != null) {
            dashes = new float[style.dashes.length];
            boolean any = false;
            for (int i = 0; i < dashes.length; i++) {
                dashes[i] = (float) Math.max(0, style.dashes[i] * factor);
                any |= dashes[i] > 0;
            }
            dashes = any ? dashes : null;
        }
        return new BasicStroke((float) (style.lineWidth * factor), cap, join, MITER_LIMIT, dashes, 0);
    }

    private static boolean finite(double... values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
