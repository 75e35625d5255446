package org.downhill.figure;

import org.downhill.figure.sketch.Sketch;

/**
 * A picture of a fixed size in units that paints itself into any {@link Sketch}: on a canvas in
 * the app, into a PNG or an SVG with {@link FigureFormats}.
 */
public interface Drawing {
    /** The width in units. */
    double width();

    /** The height in units. */
    double height();

    /** Paints the picture into a sketch of this size, from its origin. */
    void paint(Sketch sketch);
}
