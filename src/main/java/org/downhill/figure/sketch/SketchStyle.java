package org.downhill.figure.sketch;

/**
 * The drawing style a sketch keeps between calls and saves with {@link Sketch#save}: fill and
 * stroke colours, line width, dashes, caps and joins, global alpha, font, text alignment and
 * baseline, image smoothing. Starts as a canvas does: black, 1 px, square caps, mitre joins,
 * opaque, 12 px regular, left and baseline aligned, smoothed.
 */
class SketchStyle {
    Rgba fill = Rgba.BLACK;
    Rgba stroke = Rgba.BLACK;
    double lineWidth = 1;
    double[] dashes;
    LineCap cap = LineCap.SQUARE;
    LineJoin join = LineJoin.MITER;
    double alpha = 1;
    FigureFont font = new FigureFont(12, false);
    TextAlign align = TextAlign.LEFT;
    TextBaseline baseline = TextBaseline.BASELINE;
    boolean smooth = true;

    /** A copy of this style, to change while this one is saved. */
    SketchStyle copy() {
        SketchStyle s = new SketchStyle();
        copyInto(s);
        return s;
    }

    /** Copies this style's fields into another (a subclass's copy calls it). */
    final void copyInto(SketchStyle s) {
        s.fill = fill;
        s.stroke = stroke;
        s.lineWidth = lineWidth;
        s.dashes = dashes;
        s.cap = cap;
        s.join = join;
        s.alpha = alpha;
        s.font = font;
        s.align = align;
        s.baseline = baseline;
        s.smooth = smooth;
    }
}
