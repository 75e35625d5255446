package org.downhill.figure;

import java.util.Arrays;
import org.downhill.render.SegmentClipper;
import org.downhill.render.Viewport;
import org.downhill.sim.Trajectory;

/**
 * A run's path from step 0 to a step as straight segments in a plot's pixels, clipped to the view
 * (the parts that can be drawn), so that a label can be kept off it ({@link #crosses}). Points
 * closer than {@value #MERGE} pixels to the last kept one are merged; non-finite points end a
 * segment. Immutable.
 */
final class PathSegments {
    /** Points closer than this, in pixels, count as one. */
    private static final double MERGE = 1.5;

    /** x0, y0, x1, y1 of each segment. */
    private final double[] ends;
    private final int count;

    private PathSegments(double[] ends, int count) {
        this.ends = ends;
        this.count = count;
    }

    /** The path of rows 0 to {@code head} of a trajectory, in a viewport's pixels, clipped to it. */
    static PathSegments of(Trajectory t, int head, Viewport viewport) {
        double[] xy = new double[2 * (head + 1)];
        for (int k = 0; k <= head; k++) {
            xy[2 * k] = viewport.toPixelX(t.x(k));
            xy[2 * k + 1] = viewport.toPixelY(t.y(k));
        }
        return through(xy, viewport.width(), viewport.height());
    }

    /**
     * The path through points given as x0, y0, x1, y1, ... (e.g. a 3D path projected to the
     * screen), clipped to the rectangle (0, 0, width, height).
     */
    static PathSegments through(double[] xy, double width, double height) {
        SegmentClipper view = new SegmentClipper();
        view.setBounds(0, 0, width, height);
        double[] ends = new double[64];
        int n = 0;
        double ax = xy.length > 1 ? xy[0] : Double.NaN;
        double ay = xy.length > 1 ? xy[1] : Double.NaN;
        for (int k = 1; 2 * k + 1 < xy.length; k++) {
            double bx = xy[2 * k];
            double by = xy[2 * k + 1];
            if (Math.hypot(bx - ax, by - ay) < MERGE) {
                continue;
            }
            if (view.clip(ax, ay, bx, by)) {
                if (4 * n + 4 > ends.length) {
                    ends = Arrays.copyOf(ends, ends.length * 2);
                }
                ends[4 * n] = view.x0();
                ends[4 * n + 1] = view.y0();
                ends[4 * n + 2] = view.x1();
                ends[4 * n + 3] = view.y1();
                n++;
            }
            ax = bx;
            ay = by;
        }
        return new PathSegments(ends, n);
    }

    /** How many segments the path has in view. */
    int size() {
        return count;
    }

    /** Whether any segment has a point inside the box (or on its edge). */
    boolean crosses(Box box) {
        SegmentClipper clipper = new SegmentClipper();
        clipper.setBounds(box.x(), box.y(), box.right(), box.bottom());
        for (int i = 0; i < count; i++) {
            double x0 = ends[4 * i];
            double y0 = ends[4 * i + 1];
            double x1 = ends[4 * i + 2];
            double y1 = ends[4 * i + 3];
            if (Math.max(x0, x1) < box.x() || Math.min(x0, x1) > box.right() || Math.max(y0, y1) < box.y()
                    || Math.min(y0, y1) > box.bottom()) {
                continue;
            }
            if (clipper.clip(x0, y0, x1, y1)) {
                return true;
            }
        }
        return false;
    }
}
