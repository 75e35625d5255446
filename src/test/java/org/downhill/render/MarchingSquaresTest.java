package org.downhill.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.downhill.landscape.ColorScaling;
import org.downhill.landscape.Window;
import org.junit.jupiter.api.Test;

class MarchingSquaresTest {
    private static final double[] BOWL_LEVELS = {0.3, 1.0, 2.1};

    @Test
    void bowlContoursLieOnTheirCircles() {
        SampledGrid grid = bowlGrid(101);
        ContourSet set = MarchingSquares.contour(grid, BOWL_LEVELS, null);
        double h = grid.x(1) - grid.x(0);
        // linear interpolation of x^2 along an edge of length h errs by at most h^2/4
        double tolerance = h * h / 4;
        assertEquals(3, set.levelCount());
        for (int k = 0; k < set.levelCount(); k++) {
            double c = set.level(k);
            assertEquals(BOWL_LEVELS[k], c);
            assertTrue(set.segmentCount(k) > 20, "level " + c + " has " + set.segmentCount(k) + " segments");
            double[] xy = set.segments(k);
            for (int p = 0; p < 2 * set.segmentCount(k); p++) {
                double x = xy[2 * p];
                double y = xy[2 * p + 1];
                assertEquals(c, x * x + y * y, tolerance, "point (" + x + ", " + y + ") of level " + c);
            }
        }
    }

    @Test
    void bowlContoursAreClosedLoops() {
        ContourSet set = MarchingSquares.contour(bowlGrid(64), BOWL_LEVELS, null);
        for (int k = 0; k < set.levelCount(); k++) {
            Map<List<Double>, Integer> ends = new HashMap<>();
            double[] xy = set.segments(k);
            for (int p = 0; p < 2 * set.segmentCount(k); p++) {
                ends.merge(List.of(xy[2 * p], xy[2 * p + 1]), 1, Integer::sum);
            }
            assertTrue(ends.values().stream().allMatch(n -> n == 2), "every end point is shared by two segments");
        }
        assertEquals(set.segmentCount(0) + set.segmentCount(1) + set.segmentCount(2), set.segmentCount());
    }

    @Test
    void saddleWithTheCentreBelowCutsOffTheCornersAbove() {
        // top-left 1, top-right 0, bottom-right 1, bottom-left 0: centre 0.5 < 0.6
        ContourSet set = MarchingSquares.contour(square(1, 0, 1, 0), new double[] {0.6}, null);
        assertEquals(Set.of(segment(-0.5, 0.1, -0.1, 0.5), segment(0.5, -0.1, 0.1, -0.5)), segments(set, 0));
    }

    @Test
    void saddleWithTheCentreAboveJoinsTheCornersAbove() {
        // the same corners, centre 0.5 > 0.4: the lines cut off the corners below
        ContourSet set = MarchingSquares.contour(square(1, 0, 1, 0), new double[] {0.4}, null);
        assertEquals(Set.of(segment(0.1, 0.5, 0.5, 0.1), segment(-0.5, -0.1, -0.1, -0.5)), segments(set, 0));
    }

    @Test
    void squaresWithNaNOrInfiniteCornersGiveNothing() {
        TestLandscape half = new TestLandscape("half", (x, y) -> x > 0 ? Double.NaN : x < -1.5 ? Double.POSITIVE_INFINITY
                : x * x + y * y, Window.centered(0, 0, 2), ColorScaling.LINEAR);
        SampledGrid grid = GridSampler.sequential().sample(half, half.defaultWindow(), 40, 40, null);
        ContourSet set = MarchingSquares.contour(grid, BOWL_LEVELS, null);
        double lastFinite = grid.x(19);
        for (int k = 0; k < set.levelCount(); k++) {
            double[] xy = set.segments(k);
            for (int p = 0; p < 2 * set.segmentCount(k); p++) {
                assertTrue(xy[2 * p] <= lastFinite && xy[2 * p] >= -1.5, "x " + xy[2 * p]);
                assertTrue(Double.isFinite(xy[2 * p + 1]));
            }
        }
        assertTrue(set.segmentCount() > 0);

        TestLandscape nothing = new TestLandscape("nothing", (x, y) -> Double.NaN, Window.centered(0, 0, 2),
                ColorScaling.LINEAR);
        SampledGrid empty = GridSampler.sequential().sample(nothing, nothing.defaultWindow(), 10, 10, null);
        assertEquals(0, MarchingSquares.contour(empty, BOWL_LEVELS, null).segmentCount());
    }

    @Test
    void aLevelThroughNodesGivesNoZeroLengthSegments() {
        // x + y on integer nodes: level 0 passes through the nodes of the anti-diagonal
        TestLandscape plane = new TestLandscape("plane", Double::sum, Window.centered(0, 0, 3), ColorScaling.LINEAR);
        ContourSet set = MarchingSquares.contour(GridSampler.sequential().sample(plane, plane.defaultWindow(), 6, 6, null),
                new double[] {0}, null);
        double[] xy = set.segments(0);
        for (int s = 0; s < set.segmentCount(0); s++) {
            assertTrue(xy[4 * s] != xy[4 * s + 2] || xy[4 * s + 1] != xy[4 * s + 3], "segment " + s + " has length");
            assertEquals(0, xy[4 * s] + xy[4 * s + 1], 1e-12);
        }
        assertEquals(5, set.segmentCount(0));
    }

    @Test
    void reusesTheSetAndItsArrays() {
        SampledGrid grid = bowlGrid(50);
        ContourSet set = MarchingSquares.contour(grid, BOWL_LEVELS, null);
        int count = set.segmentCount();
        double[] first = set.segments(0);
        assertSame(set, MarchingSquares.contour(grid, BOWL_LEVELS, set));
        assertSame(first, set.segments(0));
        assertEquals(count, set.segmentCount());
        MarchingSquares.contour(grid, new double[] {1.0}, set);
        assertEquals(1, set.levelCount());
        assertEquals(1.0, set.level(0));
        assertThrows(IndexOutOfBoundsException.class, () -> set.segmentCount(1));
    }

    @Test
    void rejectsLevelsThatAreNotStrictlyAscending() {
        SampledGrid grid = bowlGrid(10);
        assertThrows(IllegalArgumentException.class, () -> MarchingSquares.contour(grid, new double[] {1, 1}, null));
        assertThrows(IllegalArgumentException.class, () -> MarchingSquares.contour(grid, new double[] {2, 1}, null));
        assertThrows(IllegalArgumentException.class, () -> MarchingSquares.contour(grid, new double[] {Double.NaN}, null));
    }

    static SampledGrid bowlGrid(int n) {
        TestLandscape bowl = TestLandscape.bowl();
        return GridSampler.sequential().sample(bowl, bowl.defaultWindow(), n, n, null);
    }

    /** A 2 x 2 grid over [-1, 1]^2, so its nodes are (+-0.5, +-0.5), with the given corner values. */
    private static SampledGrid square(double topLeft, double topRight, double bottomRight, double bottomLeft) {
        TestLandscape corners = new TestLandscape("corners",
                (x, y) -> y > 0 ? (x < 0 ? topLeft : topRight) : (x < 0 ? bottomLeft : bottomRight),
                Window.centered(0, 0, 1), ColorScaling.LINEAR);
        return GridSampler.sequential().sample(corners, corners.defaultWindow(), 2, 2, null);
    }

    /** A segment as an unordered pair of points, rounded to 1e-12. */
    private static Set<List<Long>> segment(double x0, double y0, double x1, double y1) {
        return Set.of(List.of(Math.round(x0 * 1e12), Math.round(y0 * 1e12)), List.of(Math.round(x1 * 1e12), Math.round(y1 * 1e12)));
    }

    private static Set<Set<List<Long>>> segments(ContourSet set, int k) {
        Set<Set<List<Long>>> out = new HashSet<>();
        double[] xy = set.segments(k);
        for (int s = 0; s < set.segmentCount(k); s++) {
            out.add(segment(xy[4 * s], xy[4 * s + 1], xy[4 * s + 2], xy[4 * s + 3]));
        }
        return out;
    }
}
