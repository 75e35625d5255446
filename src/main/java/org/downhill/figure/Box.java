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

    /** Whether the two boxes share interior points (boxes that only touch do not intersect). */
    public boolean intersects(Box other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }

    /** The box grown by d on every side. */
    public Box grow(double d) {
        return new Box(x - d, y - d, width + 2 * d, height + 2 * d);
    }

    /** Whether the point lies in the box or on its edge. */
    public boolean contains(double px, double py) {
        return px >= x && px <= right() && py >= y && py <= bottom();
    }
}
