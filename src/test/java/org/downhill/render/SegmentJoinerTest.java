package org.downhill.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.downhill.landscape.ColorScaling;
import org.downhill.landscape.Window;
import org.junit.jupiter.api.Test;

class SegmentJoinerTest {

    @Test
    void eachBowlLevelIsOneClosedPolyline() {
        ContourSet set = MarchingSquares.contour(MarchingSquaresTest.bowlGrid(80), new double[] {0.3, 1.0, 2.1}, null);
        List<ContourPath> paths = SegmentJoiner.join(set);
        assertEquals(3, paths.size());
        for (int k = 0; k < 3; k++) {
            ContourPath path = paths.get(k);
            assertEquals(set.level(k), path.level());
            assertEquals(1, path.polylines().size());
            Polyline loop = path.polylines().get(0);
            assertTrue(loop.isClosed());
            assertEquals(set.segmentCount(k), loop.pointCount(), "a closed loop has as many points as segments");
            assertConsecutivePointsAreNeighbours(loop, 2 * (2.0 / 80) * 1.5);
        }
    }

    @Test
    void levelsCutByTheBorderAreOpen() {
        // the bowl's minimum at the corner of the window: each level is a quarter circle
        TestLandscape corner = new TestLandscape("corner", (x, y) -> x * x + y * y, new Window(0, 2, 0, 2),
                ColorScaling.LINEAR);
        SampledGrid grid = GridSampler.sequential().sample(corner, corner.defaultWindow(), 50, 50, null);
        for (ContourPath path : SegmentJoiner.join(MarchingSquares.contour(grid, new double[] {0.5, 1, 2}, null))) {
            assertEquals(1, path.polylines().size());
            Polyline arc = path.polylines().get(0);
            assertFalse(arc.isClosed());
            double r = Math.sqrt(path.level());
            double first = Math.hypot(arc.x(0), arc.y(0));
            double last = Math.hypot(arc.x(arc.pointCount() - 1), arc.y(arc.pointCount() - 1));
            assertEquals(r, first, 0.01);
            assertEquals(r, last, 0.01);
            double edge = grid.x(0);
            assertTrue(Math.min(arc.x(0), arc.y(0)) <= edge + 1e-12 && Math.min(arc.x(arc.pointCount() - 1),
                    arc.y(arc.pointCount() - 1)) <= edge + 1e-12, "both ends on the border of the contoured area");
        }
    }

    @Test
    void twoWellsGiveTwoLoopsBelowTheSaddleAndOneAbove() {
        // (x^2 - 1)^2 + y^2: minima at (+-1, 0), saddle of value 1 at the origin
        TestLandscape wells = new TestLandscape("wells", (x, y) -> (x * x - 1) * (x * x - 1) + y * y,
                new Window(-2, 2, -1.5, 1.5), ColorScaling.LINEAR);
        SampledGrid grid = GridSampler.sequential().sample(wells, wells.defaultWindow(), 121, 91, null);
        List<ContourPath> paths = SegmentJoiner.join(MarchingSquares.contour(grid, new double[] {0.5, 1.5}, null));
        assertEquals(2, paths.get(0).polylines().size());
        assertEquals(1, paths.get(1).polylines().size());
        for (ContourPath path : paths) {
            assertTrue(path.polylines().stream().allMatch(Polyline::isClosed));
        }
    }

    @Test
    void aHoleOfNaNOpensTheLoopsThroughIt() {
        TestLandscape holed = new TestLandscape("holed", (x, y) -> Math.hypot(x - 1, y) < 0.2 ? Double.NaN : x * x + y * y,
                Window.centered(0, 0, 2), ColorScaling.LINEAR);
        SampledGrid grid = GridSampler.sequential().sample(holed, holed.defaultWindow(), 100, 100, null);
        List<ContourPath> paths = SegmentJoiner.join(MarchingSquares.contour(grid, new double[] {0.25, 1}, null));
        Polyline untouched = paths.get(0).polylines().get(0);
        assertEquals(1, paths.get(0).polylines().size());
        assertTrue(untouched.isClosed());
        assertEquals(1, paths.get(1).polylines().size());
        Polyline cut = paths.get(1).polylines().get(0);
        assertFalse(cut.isClosed());
        assertConsecutivePointsAreNeighbours(cut, 2 * 0.04 * 1.5);
    }

    @Test
    void anEmptyLevelHasNoPolylines() {
        ContourSet set = MarchingSquares.contour(MarchingSquaresTest.bowlGrid(20), new double[] {100}, null);
        assertTrue(SegmentJoiner.join(set).get(0).polylines().isEmpty());
    }

    /** Consecutive points of a joined line are at most about a cell's diagonal apart. */
    private static void assertConsecutivePointsAreNeighbours(Polyline line, double maxGap) {
        int n = line.pointCount();
        int last = line.isClosed() ? n : n - 1;
        for (int i = 0; i < last; i++) {
            int next = (i + 1) % n;
            double gap = Math.hypot(line.x(next) - line.x(i), line.y(next) - line.y(i));
            assertTrue(gap > 0 && gap < maxGap, "gap " + gap + " after point " + i);
        }
    }
}
