package org.downhill.figure;

import org.downhill.figure.sketch.Sketch;

/**
 * A figure ready to draw, of a fixed size in units (pixels at scale 1): the 2D view's
 * {@link Figure} or the data view's {@link DataFigure}. Immutable; drawing it into any sketch of
 * its size gives the same picture, on any thread, so {@link FigureFormats} can make PNG and SVG
 * of it off the FX thread.
 */
public interface Drawing {
    /** The width in units. */
    double width();

    /** The height in units. */
    double height();

    /** Paints the figure into a sketch of its size (a sketch of another size cuts or pads it). */
    void paint(Sketch sketch);
}
