package org.downhill.render;

import java.util.Arrays;

/**
 * Contour line segments grouped by level, in world coordinates: for level k, segment s runs from
 * {@code (segments(k)[4s], segments(k)[4s + 1])} to {@code (segments(k)[4s + 2], segments(k)[4s + 3])}.
 * Segments have no particular order or direction; two segments of one level that meet share
 * bit-identical end points (see {@link MarchingSquares}), so {@link SegmentJoiner} can chain them.
 *
 * <p>Reusable: filling it again keeps its arrays, which only grow, so a view that contours every
 * frame into the same set allocates no arrays once the set has reached its working size. Not
 * thread-safe.
 */
public final class ContourSet {
    private static final int INITIAL_CAPACITY = 64;

    private double[] levels = new double[0];
    private double[][] segments = new double[0][];
    private int[] counts = new int[0];
    private int levelCount;

    /** An empty set, with no levels. */
    public ContourSet() {
    }

    /** A copy with the same levels and segments, in arrays of its own cut to size. */
    public ContourSet copy() {
        ContourSet copy = new ContourSet();
        copy.levels = Arrays.copyOf(levels, levelCount);
        copy.counts = Arrays.copyOf(counts, levelCount);
        copy.segments = new double[levelCount][];
        for (int k = 0; k < levelCount; k++) {
            copy.segments[k] = Arrays.copyOf(segments[k], 4 * counts[k]);
        }
        copy.levelCount = levelCount;
        return copy;
    }

    /** The number of levels. */
    public int levelCount() {
        return levelCount;
    }

    /** Level k's value, ascending in k. */
    public double level(int k) {
        return levels[checkLevel(k)];
    }

    /** The number of segments of level k. */
    public int segmentCount(int k) {
        return counts[checkLevel(k)];
    }

    /** The number of segments of all levels. */
    public int segmentCount() {
        int total = 0;
        for (int k = 0; k < levelCount; k++) {
            total += counts[k];
        }
        return total;
    }

    /**
     * Level k's segments, live: four coordinates (x0, y0, x1, y1) per segment, valid up to
     * {@code 4 * segmentCount(k)}; the array may be longer. Rewritten when the set is filled again.
     */
    public double[] segments(int k) {
        return segments[checkLevel(k)];
    }

    /** Empties the set and gives it new levels, keeping the arrays of earlier fillings. */
    void reset(double[] newLevels) {
        int n = newLevels.length;
        if (n > segments.length) {
            levels = Arrays.copyOf(levels, n);
            counts = Arrays.copyOf(counts, n);
            segments = Arrays.copyOf(segments, n);
            for (int k = 0; k < n; k++) {
                if (segments[k] == null) {
                    segments[k] = new double[4 * INITIAL_CAPACITY];
                }
            }
        }
        System.arraycopy(newLevels, 0, levels, 0, n);
        Arrays.fill(counts, 0);
        levelCount = n;
    }

    /** Appends a segment to level k. */
    void add(int k, double x0, double y0, double x1, double y1) {
        double[] xy = segments[k];
        int at = 4 * counts[k];
        if (at + 4 > xy.length) {
            xy = Arrays.copyOf(xy, Math.max(4 * INITIAL_CAPACITY, 2 * xy.length));
            segments[k] = xy;
        }
        xy[at] = x0;
        xy[at + 1] = y0;
        xy[at + 2] = x1;
        xy[at + 3] = y1;
        counts[k]++;
    }

    private int checkLevel(int k) {
        if (k < 0 || k >= levelCount) {
            throw new IndexOutOfBoundsException("level " + k + " of " + levelCount);
        }
        return k;
    }
}
