package org.downhill.render;

/**
 * A chain of points in world coordinates, open or closed; immutable. A closed polyline does not
 * repeat its first point at the end: its last point joins back to the first.
 */
public final class Polyline {
    private final double[] xy;
    private final boolean closed;

    /**
     * @param xy     the points as x0, y0, x1, y1, ...; owned by the polyline from now on
     * @param closed whether the last point joins back to the first
     */
    Polyline(double[] xy, boolean closed) {
        this.xy = xy;
        this.closed = closed;
    }

    /** The number of points. */
    public int pointCount() {
        return xy.length / 2;
    }

    /** Point i's x. */
    public double x(int i) {
        return xy[2 * i];
    }

    /** Point i's y. */
    public double y(int i) {
        return xy[2 * i + 1];
    }

    /** Whether the last point joins back to the first. */
    public boolean isClosed() {
        return closed;
    }
}
