package org.downhill.landscape;

/**
 * An axis-aligned rectangle of the (x, y) plane, the region a view shows.
 *
 * @param xMin left edge
 * @param xMax right edge, greater than {@code xMin}
 * @param yMin bottom edge
 * @param yMax top edge, greater than {@code yMin}
 */
public record Window(double xMin, double xMax, double yMin, double yMax) {

    /** Validates the edges. */
    public Window {
        if (!(xMin < xMax) || !(yMin < yMax) || !Double.isFinite(xMax - xMin) || !Double.isFinite(yMax - yMin)) {
            throw new IllegalArgumentException("not a window: x " + xMin + ".." + xMax + ", y " + yMin + ".." + yMax);
        }
    }

    /** A square window centred on (cx, cy) with the given half width. */
    public static Window centered(double cx, double cy, double halfWidth) {
        return new Window(cx - halfWidth, cx + halfWidth, cy - halfWidth, cy + halfWidth);
    }

    /** xMax - xMin. */
    public double width() {
        return xMax - xMin;
    }

    /** yMax - yMin. */
    public double height() {
        return yMax - yMin;
    }

    /** Whether (x, y) lies inside or on the edge. */
    public boolean contains(double x, double y) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }
}
