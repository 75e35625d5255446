package org.downhill.figure.sketch;

/**
 * A surface to draw a figure on, with the vocabulary of an HTML or JavaFX canvas: the methods have
 * a canvas's names, arguments and meaning (a current path, a style and transform saved and
 * restored on a stack, clipping to the current path, global alpha), so that the same painting
 * code draws into an image ({@link Java2DSketch}, headless, no display needed), writes a vector
 * drawing ({@link SvgSketch}) or draws on the app's canvas (the UI's {@code CanvasSketch}).
 *
 * <p>Paints are plain colours; transforms are rigid (translations and rotations, no scaling), so
 * line widths are never scaled; {@link #beginGroup}/{@link #endGroup} name parts of the drawing (a
 * vector drawing keeps them, pixels ignore them); and text is measured by the sketch that draws it
 * ({@link #measure}). Coordinates are in units of the sketch, which is {@link #width()} x
 * {@link #height()} units with the origin at its top-left corner and y down. The initial state is
 * a canvas's: black fill and stroke, line width 1, square caps, miter joins, no dashes, alpha 1,
 * the 12-unit regular font, left-aligned text on its baseline, smooth images.
 */
public interface Sketch {

    /** The width of the sketch in its units. */
    double width();

    /** The height of the sketch in its units. */
    double height();

    /** How this sketch measures text (in its units). */
    TextMeasure measure();

    /**
     * Starts a named part of the drawing, say {@code "contour"}; everything drawn until the matching
     * {@link #endGroup} belongs to it. Groups nest, and must nest with {@link #save}/{@link #restore}:
     * a group begun after a save ends before the matching restore.
     *
     * @param name the kind of the part, a CSS class name (letters, digits and hyphens)
     */
    void beginGroup(String name);

    /** Ends the innermost group begun by {@link #beginGroup}. */
    void endGroup();

    /** Pushes the style, transform and clip on a stack. */
    void save();

    /** Pops the style, transform and clip saved by the matching {@link #save}; nothing without one. */
    void restore();

    /** Moves the origin (applied before the current transform). */
    void translate(double x, double y);

    /** Rotates the coordinates by {@code degrees} clockwise (applied before the current transform). */
    void rotate(double degrees);

    /** Restricts all later drawing, until the matching {@link #restore}, to the inside of the current path. */
    void clip();

    /** The opacity all later drawing is multiplied with, from 0 to 1 (other values are ignored). */
    void setGlobalAlpha(double alpha);

    /** The colour of filled shapes and text. */
    void setFill(Rgba color);

    /** The colour of stroked lines, outlines and text outlines. */
    void setStroke(Rgba color);

    /** The width of stroked lines (values that are not positive and finite are ignored). */
    void setLineWidth(double width);

    /** The dash pattern of stroked lines (lengths of dashes and gaps), or null or none for solid lines. */
    void setLineDashes(double... dashes);

    /** How the ends of stroked lines look. */
    void setLineCap(LineCap cap);

    /** How stroked lines look where segments of a path meet. */
    void setLineJoin(LineJoin join);

    /** The font of text. */
    void setFont(FigureFont font);

    /** Where text lies horizontally relative to its x. */
    void setTextAlign(TextAlign align);

    /** Where text lies vertically relative to its y. */
    void setTextBaseline(TextBaseline baseline);

    /** Whether scaled images are drawn smoothly (interpolated) or with visible pixels. */
    void setImageSmoothing(boolean smooth);

    /** Empties the current path. */
    void beginPath();

    /** Starts a new piece of the current path at (x, y). */
    void moveTo(double x, double y);

    /** Adds a straight segment to (x, y) to the current path (a move if the path has no point yet). */
    void lineTo(double x, double y);

    /** Closes the current piece of the current path with a segment back to its start. */
    void closePath();

    /** Adds a closed rectangle to the current path: its four corners, clockwise from (x, y), closed. */
    default void rect(double x, double y, double w, double h) {
        moveTo(x, y);
        lineTo(x + w, y);
        lineTo(x + w, y + h);
        lineTo(x, y + h);
        closePath();
    }

    /** Strokes the current path with the current stroke style. */
    void stroke();

    /** Fills the current path (non-zero winding) with the fill colour. */
    void fill();

    /** Strokes a line from (x1, y1) to (x2, y2), leaving the current path alone. */
    void strokeLine(double x1, double y1, double x2, double y2);

    /** Fills a rectangle. */
    void fillRect(double x, double y, double w, double h);

    /** Strokes the outline of a rectangle. */
    void strokeRect(double x, double y, double w, double h);

    /** Fills a rectangle with rounded corners of {@code arcWidth} x {@code arcHeight} (the arcs' diameters). */
    void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight);

    /** Strokes the outline of a rectangle with rounded corners, as {@link #fillRoundRect}. */
    void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight);

    /** Fills the ellipse inscribed in a rectangle. */
    void fillOval(double x, double y, double w, double h);

    /** Strokes the ellipse inscribed in a rectangle. */
    void strokeOval(double x, double y, double w, double h);

    /** Fills a text at (x, y) as placed by the text alignment and baseline. */
    void fillText(String text, double x, double y);

    /** Strokes the outline of a text at (x, y), as {@link #fillText}. */
    void strokeText(String text, double x, double y);

    /**
     * Draws the part of a bitmap from (sx, sy) of size sw x sh, in its pixels, into the rectangle
     * at (dx, dy) of size dw x dh.
     */
    void drawImage(Bitmap image, double sx, double sy, double sw, double sh, double dx, double dy, double dw,
                   double dh);

    /** Begins a new path holding a diamond (a square on its corner) of half-diagonal r centred on (x, y). */
    default void diamondPath(double x, double y, double r) {
        beginPath();
        moveTo(x, y - r);
        lineTo(x + r, y);
        lineTo(x, y + r);
        lineTo(x - r, y);
        closePath();
    }

    /**
     * Whether the drawing is kept as shapes (a vector file) rather than as pixels: painters then
     * prefer fewer, longer paths, which make a smaller file and join cleanly.
     */
    default boolean keepsShapes() {
        return false;
    }
}
