package org.downhill.render;

/**
 * Liang-Barsky clipping of line segments to an axis-aligned rectangle, so that a path that shoots
 * off to 1e150 is drawn only up to the edge of what is visible. Reusable and allocation-free; not
 * thread-safe.
 */
public final class SegmentClipper {
    private double xMin;
    private double yMin;
    private double xMax;
    private double yMax;
    private double t0;
    private double t1;
    private final double[] out = new double[4];

    /** Sets the rectangle [xMin, xMax] x [yMin, yMax]. */
    public void setBounds(double xMin, double yMin, double xMax, double yMax) {
        this.xMin = xMin;
        this.yMin = yMin;
        this.xMax = xMax;
        this.yMax = yMax;
    }

    /**
     * Clips the segment (x0, y0)-(x1, y1) to the rectangle; the result is read with {@link #x0()}
     * and friends.
     *
     * @return whether any part of the segment lies in the rectangle (false for non-finite ends)
     */
    public boolean clip(double x0, double y0, double x1, double y1) {
        if (!Double.isFinite(x0) || !Double.isFinite(y0) || !Double.isFinite(x1) || !Double.isFinite(y1)) {
            return false;
        }
        double dx = x1 - x0;
        double dy = y1 - y0;
        t0 = 0;
        t1 = 1;
        if (!edge(-dx, x0 - xMin) || !edge(dx, xMax - x0) || !edge(-dy, y0 - yMin) || !edge(dy, yMax - y0)) {
            return false;
        }
        out[0] = x0 + t0 * dx;
        out[1] = y0 + t0 * dy;
        out[2] = x0 + t1 * dx;
        out[3] = y0 + t1 * dy;
        return true;
    }

    private boolean edge(double p, double q) {
        if (p == 0) {
            return q >= 0;
        }
        double r = q / p;
        if (p < 0) {
            if (r > t1) {
                return false;
            }
            t0 = Math.max(t0, r);
        } else {
            if (r < t0) {
                return false;
            }
            t1 = Math.min(t1, r);
        }
        return true;
    }

    /** x of the clipped segment's start. */
    public double x0() {
        return out[0];
    }

    /** y of the clipped segment's start. */
    public double y0() {
        return out[1];
    }

    /** x of the clipped segment's end. */
    public double x1() {
        return out[2];
    }

    /** y of the clipped segment's end. */
    public double y1() {
        return out[3];
    }

    /** Whether the clipped segment ends before the original end (it left the rectangle). */
    public boolean cutAtEnd() {
        return t1 < 1;
    }
}
