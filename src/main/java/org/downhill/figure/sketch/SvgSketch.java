package org.downhill.figure.sketch;

import static org.downhill.figure.sketch.SvgFormat.escaped;
import static org.downhill.figure.sketch.SvgFormat.number;

import java.awt.geom.AffineTransform;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * A sketch that writes an SVG 1.1 document, one element per drawing call: {@code <path>} for
 * stroked and filled paths (a path of a thousand segments is one element), {@code <line>},
 * {@code <rect>} (with rx and ry for round rectangles), {@code <circle>} or {@code <ellipse>},
 * {@code <text>}, and {@code <image>} with the drawn part of the image embedded as a base64 PNG.
 * Groups become {@code <g class="name">}; a clip becomes a {@code <clipPath>} and a
 * {@code <g clip-path>} around what is drawn until the matching restore.
 *
 * <p>Colours are written as #rrggbb with their opacity (times the global alpha) in separate
 * opacity attributes; coordinates with at most two decimals. Paths and lines are written in the
 * document's coordinates, as a canvas transforms their points when they are added; other shapes
 * under a rotation carry a transform attribute. Text is placed with text-anchor and with y on its
 * alphabetic baseline, moved there from the top, centre or bottom by the font's ascent and descent
 * as a canvas does (renderers such as librsvg ignore dominant-baseline, so it is not used), in the
 * system's sans-serif font; text is measured with a {@link TextMeasure} ({@link AwtText} unless
 * another is given), and a viewer that substitutes another font puts it within a pixel or so of
 * that place. Usable on any thread, one thread at a time.
 */
public final class SvgSketch extends StyledSketch<SvgSketch.State> {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");
    private static final String SYSTEM_FONTS = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

    private final double width;
    private final double height;
    private final StringBuilder body = new StringBuilder(1 << 16);
    private final StringBuilder path = new StringBuilder();
    private final Deque<State> saved = new ArrayDeque<>();
    /** The open {@code <g>} elements, innermost first: true for a named group, false for a clip. */
    private final Deque<Boolean> open = new ArrayDeque<>();
    private final TextMeasure measure;
    private boolean hasCurrentPoint;
    private int clips;

    /**
     * An empty drawing of width x height units, its text measured as Java2D draws it.
     *
     * @throws IllegalArgumentException if a size is not positive and finite
     */
    public SvgSketch(double width, double height) {
        this(width, height, AwtText.INSTANCE);
    }

    /**
     * An empty drawing of width x height units, its text measured by {@code measure}.
     *
     * @throws IllegalArgumentException if a size is not positive and finite
     */
    public SvgSketch(double width, double height, TextMeasure measure) {
        super(new State());
        if (!(width > 0 && height > 0 && Double.isFinite(width) && Double.isFinite(height))) {
            throw new IllegalArgumentException("an SVG needs a positive finite size, not " + width + " x " + height);
        }
        this.width = width;
        this.height = height;
        this.measure = measure;
    }

    /** The style, transform and clip that {@link #save} saves. */
    /** The style with the transform, which {@link #save} saves too. */
    static final class State extends SketchStyle {
        AffineTransform transform = new AffineTransform();
        /** How many of the open {@code <g>} elements were opened in this style. */
        int opened;

        @Override
        State copy() {
            State s = new State();
            copyInto(s);
            s.transform = new AffineTransform(transform);
            return s;
        }
    }

    /** The document: the elements drawn so far, with any open groups closed. */
    public String toSvg() {
        StringBuilder out = new StringBuilder(body.length() + 400);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" version=\"1.1\" width=\"");
        number(out, width).append("\" height=\"");
        number(out, height).append("\" viewBox=\"0 0 ");
        number(out, width).append(' ');
        number(out, height).append("\" stroke-miterlimit=\"10\">\n");
        out.append(body);
        out.append("</g>\n".repeat(open.size()));
        return out.append("</svg>\n").toString();
    }

    @Override
    public boolean keepsShapes() {
        return true;
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public TextMeasure measure() {
        return measure;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public void beginGroup(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a class name: " + name);
        }
        body.append("<g class=\"").append(name).append("\">\n");
        open.push(true);
        style.opened++;
    }

    @Override
    public void endGroup() {
        if (style.opened == 0 || !open.peek()) {
            throw new IllegalStateException("no group begun since the last save (or a clip is still set in it)");
        }
        closeGroup();
    }

    private void closeGroup() {
        open.pop();
        style.opened--;
        body.append("</g>\n");
    }

    @Override
    public void save() {
        saved.push(style);
        style = style.copy();
    }

    @Override
    public void restore() {
        if (saved.isEmpty()) {
            return;
        }
        while (style.opened > 0) {
            if (open.peek()) {
                throw new IllegalStateException("a group begun after save was not ended before restore");
            }
            closeGroup();
        }
        style = saved.pop();
    }

    @Override
    public void translate(double x, double y) {
        style.transform.translate(x, y);
    }

    @Override
    public void rotate(double degrees) {
        style.transform.rotate(Math.toRadians(degrees));
    }

    @Override
    public void clip() {
        String id = "clip" + ++clips;
        body.append("<clipPath id=\"").append(id).append("\"><path d=\"").append(path).append("\"/></clipPath>\n")
                .append("<g clip-path=\"url(#").append(id).append(")\">\n");
        open.push(false);
        style.opened++;
    }

    @Override
    public void beginPath() {
        path.setLength(0);
        hasCurrentPoint = false;
    }

    @Override
    public void moveTo(double x, double y) {
        point('M', x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        point(hasCurrentPoint ? 'L' : 'M', x, y);
    }

    /** Adds a point to the path, transformed as a canvas does when it is added. */
    private void point(char command, double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return;
        }
        path.append(command);
        number(path, absoluteX(x, y)).append(' ');
        number(path, absoluteY(x, y));
        hasCurrentPoint = true;
    }

    @Override
    public void closePath() {
        if (hasCurrentPoint) {
            path.append('Z');
        }
    }

    @Override
    public void stroke() {
        if (path.length() > 0) {
            body.append("<path d=\"").append(path).append('"');
            strokeStyle();
            body.append("/>\n");
        }
    }

    @Override
    public void fill() {
        if (path.length() > 0) {
            body.append("<path d=\"").append(path).append('"');
            fillStyle();
            body.append("/>\n");
        }
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        if (!finite(x1, y1, x2, y2)) {
            return;
        }
        body.append("<line x1=\"");
        number(body, absoluteX(x1, y1)).append("\" y1=\"");
        number(body, absoluteY(x1, y1)).append("\" x2=\"");
        number(body, absoluteX(x2, y2)).append("\" y2=\"");
        number(body, absoluteY(x2, y2)).append('"');
        strokeStyle();
        body.append("/>\n");
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        roundRect(x, y, w, h, 0, 0, false);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        roundRect(x, y, w, h, 0, 0, true);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        roundRect(x, y, w, h, arcWidth, arcHeight, false);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        roundRect(x, y, w, h, arcWidth, arcHeight, true);
    }

    private void roundRect(double x, double y, double w, double h, double arcWidth, double arcHeight,
                           boolean stroked) {
        if (!finite(x, y, w, h, arcWidth, arcHeight) || w <= 0 || h <= 0) {
            return;
        }
        body.append("<rect");
        placed(x, y, "x", "y");
        attribute("width", w);
        attribute("height", h);
        if (arcWidth > 0 && arcHeight > 0) {
            attribute("rx", Math.min(arcWidth, w) / 2);
            attribute("ry", Math.min(arcHeight, h) / 2);
        }
        style(stroked);
        body.append("/>\n");
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        oval(x, y, w, h, false);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        oval(x, y, w, h, true);
    }

    private void oval(double x, double y, double w, double h, boolean stroked) {
        if (!finite(x, y, w, h) || w <= 0 || h <= 0) {
            return;
        }
        if (w == h) {
            body.append("<circle");
            placed(x + w / 2, y + h / 2, "cx", "cy");
            attribute("r", w / 2);
        } else {
            body.append("<ellipse");
            placed(x + w / 2, y + h / 2, "cx", "cy");
            attribute("rx", w / 2);
            attribute("ry", h / 2);
        }
        style(stroked);
        body.append("/>\n");
    }

    @Override
    public void fillText(String text, double x, double y) {
        text(text, x, y, false);
    }

    @Override
    public void strokeText(String text, double x, double y) {
        text(text, x, y, true);
    }

    private void text(String text, double x, double y, boolean stroked) {
        if (text == null || text.isEmpty() || !finite(x, y)) {
            return;
        }
        body.append("<text");
        FigureFont font = style.font;
        placed(x, y + measure.baselineBelow(font, style.baseline), "x", "y");
        body.append(" font-family=\"");
        escaped(body, SYSTEM_FONTS).append('"');
        attribute("font-size", font.size());
        if (font.bold()) {
            body.append(" font-weight=\"bold\"");
        }
        switch (style.align) {
            case CENTER -> body.append(" text-anchor=\"middle\"");
            case RIGHT -> body.append(" text-anchor=\"end\"");
            default -> {
            }
        }
        style(stroked);
        body.append('>');
        escaped(body, text).append("</text>\n");
    }

    @Override
    public void drawImage(Bitmap image, double sx, double sy, double sw, double sh, double dx, double dy, double dw,
                          double dh) {
        if (!finite(sx, sy, sw, sh, dx, dy, dw, dh) || dw <= 0 || dh <= 0) {
            return;
        }
        int x0 = (int) Math.max(0, Math.floor(sx));
        int y0 = (int) Math.max(0, Math.floor(sy));
        int x1 = Math.min(image.width(), (int) Math.ceil(sx + sw));
        int y1 = Math.min(image.height(), (int) Math.ceil(sy + sh));
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        body.append("<image");
        placed(dx, dy, "x", "y");
        attribute("width", dw);
        attribute("height", dh);
        body.append(" preserveAspectRatio=\"none\"");
        if (style.alpha < 1) {
            opacity("opacity", 1);
        }
        if (!style.smooth) {
            body.append(" image-rendering=\"optimizeSpeed\"");
        }
        body.append(" xlink:href=\"").append(PngData.uri(image, x0, y0, x1 - x0, y1 - y0)).append("\"/>\n");
    }

    /**
     * Writes a position: moved by the transform when it is a translation, else as given with a
     * transform attribute.
     */
    private void placed(double x, double y, String xName, String yName) {
        AffineTransform t = style.transform;
        boolean translation = t.getScaleX() == 1 && t.getScaleY() == 1 && t.getShearX() == 0 && t.getShearY() == 0;
        attribute(xName, translation ? x + t.getTranslateX() : x);
        attribute(yName, translation ? y + t.getTranslateY() : y);
        if (!translation) {
            body.append(" transform=\"matrix(");
            number(body, t.getScaleX(), 6).append(' ');
            number(body, t.getShearY(), 6).append(' ');
            number(body, t.getShearX(), 6).append(' ');
            number(body, t.getScaleY(), 6).append(' ');
            number(body, t.getTranslateX()).append(' ');
            number(body, t.getTranslateY()).append(")\"");
        }
    }

    private double absoluteX(double x, double y) {
        AffineTransform t = style.transform;
        return t.getScaleX() * x + t.getShearX() * y + t.getTranslateX();
    }

    private double absoluteY(double x, double y) {
        AffineTransform t = style.transform;
        return t.getShearY() * x + t.getScaleY() * y + t.getTranslateY();
    }

    private void style(boolean stroked) {
        if (stroked) {
            strokeStyle();
        } else {
            fillStyle();
        }
    }

    private void fillStyle() {
        body.append(" fill=\"").append(style.fill.hex()).append('"');
        opacity("fill-opacity", style.fill.opacity());
    }

    private void strokeStyle() {
        body.append(" fill=\"none\" stroke=\"").append(style.stroke.hex()).append('"');
        opacity("stroke-opacity", style.stroke.opacity());
        attribute("stroke-width", style.lineWidth);
        switch (style.cap) {
            case ROUND -> body.append(" stroke-linecap=\"round\"");
            case SQUARE -> body.append(" stroke-linecap=\"square\"");
            default -> {
            }
        }
        switch (style.join) {
            case ROUND -> body.append(" stroke-linejoin=\"round\"");
            case BEVEL -> body.append(" stroke-linejoin=\"bevel\"");
            default -> {
            }
        }
        if (style.dashes != null) {
            body.append(" stroke-dasharray=\"");
            for (int i = 0; i < style.dashes.length; i++) {
                number(body.append(i > 0 ? " " : ""), style.dashes[i]);
            }
            body.append('"');
        }
    }

    /** Writes an opacity times the global alpha, unless it is 1. */
    private void opacity(String name, double opacity) {
        double value = opacity * style.alpha;
        if (value < 1) {
            body.append(' ').append(name).append("=\"");
            number(body, value, 3).append('"');
        }
    }

    private void attribute(String name, double value) {
        body.append(' ').append(name).append("=\"");
        number(body, value).append('"');
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
