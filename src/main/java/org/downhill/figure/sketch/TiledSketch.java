package org.downhill.figure.sketch;

import java.awt.geom.AffineTransform;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * One sketch made of tiles, each a sketch of its own covering a rectangle of this one, such that
 * a drawing call goes only to the tiles its shape can touch: the shape's bounds (a stroke's widened
 * by half its width, times the mitre limit of 10 for mitre joins, and one pixel for
 * anti-aliasing; a text's by its measured width and the font's ascent and descent) meeting the
 * tile's rectangle. Every tile draws the shape, in its own coordinates, as this sketch would draw
 * it (its part of it: a tile draws nothing outside its own area), so the tiles together show what
 * one sketch of this size shows, while a small drawing changes only the tiles where it lies (the
 * app's trails: a tile of a canvas that is not drawn on need not be shown again).
 *
 * <p>The style, transform and clip are kept here (saved and restored here); a tile is given the
 * style a drawing needs just before it (only what differs from what it was given last) and the
 * transform and clip around it. Paths are kept in this sketch's coordinates, transformed when their
 * points are added (as a canvas does), and traced on each tile they touch when stroked, filled or
 * clipped to. Groups are passed to every tile. The tiles' sketches must be left at their initial
 * state (no transform, clip or save pending) and used only through this sketch while it is used.
 */
public final class TiledSketch extends StyledSketch<TiledSketch.State> {
    private static final int MOVE = 0;
    private static final int LINE = 1;
    private static final int CLOSE = 2;
    /** The longest a mitre join reaches out, in half line widths: the canvas's mitre limit. */
    private static final double MITER_LIMIT = 10;

    private final double width;
    private final double height;
    private final TextMeasure measure;
    private final List<Tile> tiles;
    private final SketchStyle[] given;
    private final boolean[] drawnOn;
    private final Deque<State> saved = new ArrayDeque<>();
    private Path path = new Path();

    /**
     * A tile: a sketch showing the part of this one from (x, y), of width x height units (its own
     * origin at (x, y) of this sketch).
     */
    public record Tile(Sketch sketch, double x, double y, double width, double height) {
    }

    /** The style with the transform and the clips (paths in this sketch's coordinates), which {@link #save} saves too. */
    static final class State extends SketchStyle {
        AffineTransform transform = new AffineTransform();
        Path[] clips = new Path[0];

        @Override
        State copy() {
            State s = new State();
            copyInto(s);
            s.transform = new AffineTransform(transform);
            s.clips = clips;
            return s;
        }
    }

    /** A path's pieces, in this sketch's coordinates, with its bounds. */
    private static final class Path {
        int[] ops = new int[64];
        double[] xs = new double[64];
        double[] ys = new double[64];
        int size;
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;

        void add(int op, double x, double y) {
            if (size == ops.length) {
                ops = Arrays.copyOf(ops, 2 * size);
                xs = Arrays.copyOf(xs, 2 * size);
                ys = Arrays.copyOf(ys, 2 * size);
            }
            ops[size] = op;
            xs[size] = x;
            ys[size] = y;
            size++;
            if (op != CLOSE) {
                minX = Math.min(minX, x);
                minY = Math.min(minY, y);
                maxX = Math.max(maxX, x);
                maxY = Math.max(maxY, y);
            }
        }

        /** Begins this path on a tile's sketch, moved by (-dx, -dy). */
        void trace(Sketch sketch, double dx, double dy) {
            sketch.beginPath();
            for (int i = 0; i < size; i++) {
                switch (ops[i]) {
                    case MOVE -> sketch.moveTo(xs[i] - dx, ys[i] - dy);
                    case LINE -> sketch.lineTo(xs[i] - dx, ys[i] - dy);
                    default -> sketch.closePath();
                }
            }
        }
    }

    /**
     * A sketch of width x height units made of the tiles, measuring text with {@code measure} (as
     * the tiles draw it).
     */
    public TiledSketch(double width, double height, TextMeasure measure, List<Tile> tiles) {
        super(new State());
        this.width = width;
        this.height = height;
        this.measure = measure;
        this.tiles = List.copyOf(tiles);
        this.given = new SketchStyle[this.tiles.size()];
        for (int i = 0; i < given.length; i++) {
            given[i] = new SketchStyle();
        }
        this.drawnOn = new boolean[this.tiles.size()];
    }

    /** Whether anything was drawn on the tile with this index (in the tiles' order) since the last {@link #forgetDrawn}. */
    public boolean drawnOn(int tile) {
        return drawnOn[tile];
    }

    /** Forgets which tiles were drawn on (e.g. after they were cleared). */
    public void forgetDrawn() {
        Arrays.fill(drawnOn, false);
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public TextMeasure measure() {
        return measure;
    }

    @Override
    public void beginGroup(String name) {
        tiles.forEach(t -> t.sketch().beginGroup(name));
    }

    @Override
    public void endGroup() {
        tiles.forEach(t -> t.sketch().endGroup());
    }

    @Override
    public void save() {
        saved.push(style);
        style = style.copy();
    }

    @Override
    public void restore() {
        if (!saved.isEmpty()) {
            style = saved.pop();
        }
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
        Path[] clips = Arrays.copyOf(style.clips, style.clips.length + 1);
        clips[clips.length - 1] = path;
        style.clips = clips;
        path = copyOf(path);
    }

    @Override
    public void beginPath() {
        path = new Path();
    }

    @Override
    public void moveTo(double x, double y) {
        addPoint(MOVE, x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        addPoint(path.size == 0 ? MOVE : LINE, x, y);
    }

    @Override
    public void closePath() {
        if (path.size > 0) {
            path.add(CLOSE, 0, 0);
        }
    }

    @Override
    public void stroke() {
        double r = strokeReach();
        Path p = path;
        forTiles(p.minX - r, p.minY - r, p.maxX + r, p.maxY + r, false, (s, t) -> {
            p.trace(s, t.x(), t.y());
            s.stroke();
        });
    }

    @Override
    public void fill() {
        Path p = path;
        forTiles(p.minX - 1, p.minY - 1, p.maxX + 1, p.maxY + 1, false, (s, t) -> {
            p.trace(s, t.x(), t.y());
            s.fill();
        });
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        shape(x1, y1, x2, y2, strokeReach(), s -> s.strokeLine(x1, y1, x2, y2));
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        shape(x, y, x + w, y + h, 1, s -> s.fillRect(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        shape(x, y, x + w, y + h, strokeReach(), s -> s.strokeRect(x, y, w, h));
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        shape(x, y, x + w, y + h, 1, s -> s.fillRoundRect(x, y, w, h, arcWidth, arcHeight));
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        shape(x, y, x + w, y + h, strokeReach(), s -> s.strokeRoundRect(x, y, w, h, arcWidth, arcHeight));
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        shape(x, y, x + w, y + h, 1, s -> s.fillOval(x, y, w, h));
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        shape(x, y, x + w, y + h, strokeReach(), s -> s.strokeOval(x, y, w, h));
    }

    @Override
    public void fillText(String text, double x, double y) {
        text(text, x, y, 1, s -> s.fillText(text, x, y));
    }

    @Override
    public void strokeText(String text, double x, double y) {
        text(text, x, y, strokeReach(), s -> s.strokeText(text, x, y));
    }

    @Override
    public void drawImage(Bitmap image, double sx, double sy, double sw, double sh, double dx, double dy, double dw,
                          double dh) {
        shape(dx, dy, dx + dw, dy + dh, 1, s -> s.drawImage(image, sx, sy, sw, sh, dx, dy, dw, dh));
    }

    private void addPoint(int op, double x, double y) {
        double[] p = {x, y};
        style.transform.transform(p, 0, p, 0, 1);
        path.add(op, p[0], p[1]);
    }

    private static Path copyOf(Path p) {
        Path c = new Path();
        for (int i = 0; i < p.size; i++) {
            c.add(p.ops[i], p.xs[i], p.ys[i]);
        }
        return c;
    }

    /** How far a stroke may reach beyond its path, with a pixel for anti-aliasing. */
    private double strokeReach() {
        double half = style.lineWidth / 2;
        if (style.join == LineJoin.MITER) {
            half *= MITER_LIMIT;
        } else if (style.cap == LineCap.SQUARE) {
            half *= Math.sqrt(2);
        }
        return half + 1;
    }

    /** A text's box (by its width, ascent and descent, wherever its alignment puts it), widened by reach. */
    private void text(String text, double x, double y, double reach, java.util.function.Consumer<Sketch> draw) {
        double w = measure.width(text, style.font);
        double up = measure.ascent(style.font) + measure.descent(style.font);
        shape(x - w, y - 2 * up, x + w, y + 2 * up, reach, draw);
    }

    /** Draws a shape given in user coordinates with the box (x0, y0)-(x1, y1) (widened by reach) on the tiles it touches. */
    private void shape(double x0, double y0, double x1, double y1, double reach,
                       java.util.function.Consumer<Sketch> draw) {
        double[] corners = {x0, y0, x1, y0, x1, y1, x0, y1};
        style.transform.transform(corners, 0, corners, 0, 4);
        double minX = Math.min(Math.min(corners[0], corners[2]), Math.min(corners[4], corners[6]));
        double maxX = Math.max(Math.max(corners[0], corners[2]), Math.max(corners[4], corners[6]));
        double minY = Math.min(Math.min(corners[1], corners[3]), Math.min(corners[5], corners[7]));
        double maxY = Math.max(Math.max(corners[1], corners[3]), Math.max(corners[5], corners[7]));
        forTiles(minX - reach, minY - reach, maxX + reach, maxY + reach, true, (s, t) -> draw.accept(s));
    }

    /**
     * Runs a drawing on each tile whose rectangle meets the box (in this sketch's coordinates),
     * with the style given to it, within the clips, and (if {@code transformed}) under the
     * transform moved to the tile's origin; else moved to the tile's origin by the drawing itself.
     */
    private void forTiles(double minX, double minY, double maxX, double maxY, boolean transformed,
                          java.util.function.BiConsumer<Sketch, Tile> draw) {
        if (!(minX <= maxX && minY <= maxY)) {
            return;
        }
        for (int i = 0; i < tiles.size(); i++) {
            Tile t = tiles.get(i);
            if (maxX < t.x() || maxY < t.y() || minX > t.x() + t.width() || minY > t.y() + t.height()) {
                continue;
            }
            Sketch s = t.sketch();
            give(s, given[i]);
            boolean bracket = transformed || style.clips.length > 0;
            if (bracket) {
                s.save();
                for (Path clip : style.clips) {
                    clip.trace(s, t.x(), t.y());
                    s.clip();
                }
            }
            if (transformed) {
                AffineTransform m = style.transform;
                s.translate(m.getTranslateX() - t.x(), m.getTranslateY() - t.y());
                double degrees = Math.toDegrees(Math.atan2(m.getShearY(), m.getScaleX()));
                if (degrees != 0) {
                    s.rotate(degrees);
                }
            }
            draw.accept(s, t);
            if (bracket) {
                s.restore();
            }
            drawnOn[i] = true;
        }
    }

    /** Gives a tile the current style where it differs from what it was given ({@code had}, updated). */
    private void give(Sketch s, SketchStyle had) {
        SketchStyle now = style;
        if (!now.fill.equals(had.fill)) {
            s.setFill(now.fill);
        }
        if (!now.stroke.equals(had.stroke)) {
            s.setStroke(now.stroke);
        }
        if (now.lineWidth != had.lineWidth) {
            s.setLineWidth(now.lineWidth);
        }
        if (!Arrays.equals(now.dashes, had.dashes)) {
            s.setLineDashes(now.dashes);
        }
        if (now.cap != had.cap) {
            s.setLineCap(now.cap);
        }
        if (now.join != had.join) {
            s.setLineJoin(now.join);
        }
        if (now.alpha != had.alpha) {
            s.setGlobalAlpha(now.alpha);
        }
        if (!now.font.equals(had.font)) {
            s.setFont(now.font);
        }
        if (now.align != had.align) {
            s.setTextAlign(now.align);
        }
        if (now.baseline != had.baseline) {
            s.setTextBaseline(now.baseline);
        }
        if (now.smooth != had.smooth) {
            s.setImageSmoothing(now.smooth);
        }
        now.copyInto(had);
    }
}
