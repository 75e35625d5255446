package org.downhill.figure;

/**
 * A rectangle of a figure, in its units (y down).
 *
 * @param x      left edge
 * @param y      top edge
 * @param width  width
 * @param height height
 */
public record Box(double x, double y, double width, double height) {
    /** The right edge. */
    public double right() {
        return x + width;
    }

    /** The bottom edge. */
    public double bottom() {
        return y + height;
    }
}
