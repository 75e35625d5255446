package org.downhill.figure.sketch;

/**
 * A sketch that keeps its style itself (rather than in a toolkit's graphics context): the style
 * setters of {@link Sketch}, with the canvas's rules for bad values (an alpha outside [0, 1] or a
 * non-positive or non-finite line width is ignored; no dashes or an empty array is a solid line).
 * Subclasses draw with {@link #style} and save and restore it with copies.
 *
 * @param <S> the style, possibly with more state of the subclass's own (saved with it)
 */
abstract class StyledSketch<S extends SketchStyle> implements Sketch {
    /** The current style; {@code save} keeps it and continues on a copy, {@code restore} brings it back. */
    protected S style;

    StyledSketch(S initial) {
        this.style = initial;
    }

    @Override
    public final void setGlobalAlpha(double alpha) {
        if (alpha >= 0 && alpha <= 1) {
            style.alpha = alpha;
        }
    }

    @Override
    public final void setFill(Rgba color) {
        style.fill = color;
    }

    @Override
    public final void setStroke(Rgba color) {
        style.stroke = color;
    }

    @Override
    public final void setLineWidth(double width) {
        if (width > 0 && Double.isFinite(width)) {
            style.lineWidth = width;
        }
    }

    @Override
    public final void setLineDashes(double... dashes) {
        style.dashes = dashes == null || dashes.length == 0 ? null : dashes.clone();
    }

    @Override
    public final void setLineCap(LineCap cap) {
        style.cap = cap;
    }

    @Override
    public final void setLineJoin(LineJoin join) {
        style.join = join;
    }

    @Override
    public final void setFont(FigureFont font) {
        style.font = font;
    }

    @Override
    public final void setTextAlign(TextAlign align) {
        style.align = align;
    }

    @Override
    public final void setTextBaseline(TextBaseline baseline) {
        style.baseline = baseline;
    }

    @Override
    public final void setImageSmoothing(boolean smooth) {
        style.smooth = smooth;
    }
}
