package org.downhill.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chains the segments of a {@link ContourSet} into polylines, level by level: two segments are
 * joined where they have an end point in common (bit-identical, which {@link MarchingSquares}
 * guarantees for neighbouring squares). A chain that comes back to where it started is closed;
 * one that ends at the grid's border or at a square left out (NaN) is open. Where more than two
 * ends meet at one point (a level passing exactly through a node) they are paired in the order
 * the segments were made. Meant for exports, not for every frame: it allocates.
 */
public final class SegmentJoiner {
    /** A segment end's position, compared bit for bit. */
    private record Point(double x, double y) {
    }

    private SegmentJoiner() {
    }

    /** The polylines of every level of {@code set}, one entry per level in the set's order. */
    public static List<ContourPath> join(ContourSet set) {
        List<ContourPath> paths = new ArrayList<>(set.levelCount());
        for (int k = 0; k < set.levelCount(); k++) {
            paths.add(new ContourPath(set.level(k), join(set.segments(k), set.segmentCount(k))));
        }
        return paths;
    }

    /**
     * Chains n segments. End e (0 &lt;= e &lt; 2n) is end e % 2 of segment e / 2, at
     * (xy[2e], xy[2e + 1]); partner[e] is the end of another segment at the same point, or -1.
     */
    private static List<Polyline> join(double[] xy, int n) {
        int[] partner = new int[2 * n];
        Arrays.fill(partner, -1);
        Map<Point, Integer> unpaired = new HashMap<>();
        for (int e = 0; e < 2 * n; e++) {
            Integer other = unpaired.remove(new Point(xy[2 * e], xy[2 * e + 1]));
            if (other != null) {
                partner[e] = other;
                partner[other] = e;
            } else {
                unpaired.put(new Point(xy[2 * e], xy[2 * e + 1]), e);
            }
        }
        boolean[] used = new boolean[n];
        List<Polyline> polylines = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            if (!used[s]) {
                polylines.add(chain(xy, partner, used, head(partner, s)));
            }
        }
        return polylines;
    }

    /** The free end of the chain through segment s, or end 2s if the chain is a loop. */
    private static int head(int[] partner, int s) {
        int e = 2 * s;
        while (partner[e] >= 0) {
            int next = partner[e];
            if (next >> 1 == s) {
                return 2 * s;
            }
            e = next ^ 1;
        }
        return e;
    }

    /** Follows the chain from end {@code head}, marking its segments used. */
    private static Polyline chain(double[] xy, int[] partner, boolean[] used, int head) {
        double[] points = new double[16];
        int count = 0;
        int e = head;
        while (true) {
            if (count + 4 > points.length) {
                points = Arrays.copyOf(points, 2 * points.length);
            }
            points[count++] = xy[2 * e];
            points[count++] = xy[2 * e + 1];
            used[e >> 1] = true;
            int far = e ^ 1;
            int next = partner[far];
            if (next == head) {
                return new Polyline(Arrays.copyOf(points, count), true);
            }
            if (next < 0) {
                points[count++] = xy[2 * far];
                points[count++] = xy[2 * far + 1];
                return new Polyline(Arrays.copyOf(points, count), false);
            }
            e = next;
        }
    }
}
