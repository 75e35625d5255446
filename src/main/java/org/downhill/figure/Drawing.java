package org.downhill.figure;

import org.downhill.figure.sketch.Sketch;

/**
 * A picture of a fixed size in units (pixels at scale 1) that paints itself into any sketch: the
 * 2D view's {@link Figure}, the data view's {@link DataFigure}, the stability map's
 * {@link MapFigure}; on a canvas in the app, into a PNG or an SVG with {@link FigureFormats}.
 * Immutable; drawing it into any sketch of its size gives the same picture, on any thread.
 */
public interface Drawing {
    /** The width in units. */
    double width();

    /** The height in units. */
    double height();

    /** Paints the figure into a sketch of its size (a sketch of another size cuts or pads it). */
    void paint(Sketch sketch);
}
