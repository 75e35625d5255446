package org.downhill.render.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.downhill.landscape.ColorScaling;
import org.downhill.render.GridSampler;
import org.downhill.render.TestLandscape;
import org.junit.jupiter.api.Test;

class PathTubeTest {
    private static final TestLandscape BOWL = TestLandscape.bowl();
    private static final Surface SURFACE = new SurfaceBuilder(GridSampler.sequential())
            .build(new SurfaceSpec(BOWL, BOWL.defaultWindow(), 64, ColorScaling.LINEAR, 1));

    /** A path through the given points of the bowl (window [-2, 2]^2), with their losses. */
    private static RunPath path(double... xy) {
        int n = xy.length / 2;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] loss = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = xy[2 * k];
            y[k] = xy[2 * k + 1];
            loss[k] = BOWL.value(x[k], y[k]);
        }
        return new RunPath(x, y, loss, n);
    }

    @Test
    void everyRowSitsJustAboveTheSurfaceAtItsPoint() {
        RunPath p = path(-1.5, 1.5, -0.9, 0.6, -0.2, 0.1, 0.05, -0.02);
        PathTube tube = PathTube.of(p, SURFACE);
        SurfaceBox box = SURFACE.box();
        for (int k = 0; k < p.rows(); k++) {
            double[] c = tube.position(k);
            assertEquals(box.sceneX(p.x()[k]), c[0], 1e-9);
            assertEquals(SURFACE.mesh().visibleY(box, p.x()[k], p.y()[k], p.loss()[k]) - PathTube.LIFT, c[1], 1e-9);
            assertEquals(box.sceneZ(p.y()[k]), c[2], 1e-9);
            assertTrue(c[1] < box.sceneY(p.loss()[k]), "above the loss (Y points down)");
        }
        assertEquals(4, tube.ringCount());
        assertFalse(tube.leavesBox());
    }

    @Test
    void theTubeIsACylinderOfTheGivenRadiusAroundEachSegment() {
        RunPath p = path(-1.5, 1.5, -0.9, 0.6, -0.2, 0.1);
        PathTube tube = PathTube.of(p, SURFACE);
        MeshData mesh = tube.mesh();
        assertEquals(2 * PathTube.SIDES * 2, mesh.faceCount());
        assertEquals(2 * 2 * PathTube.SIDES, mesh.pointCount());
        float[] pts = mesh.points();
        for (int s = 0; s < 2; s++) {
            double[] a = tube.position(s);
            double[] b = tube.position(s + 1);
            for (int j = 0; j < 2 * PathTube.SIDES; j++) {
                int v = 3 * (2 * PathTube.SIDES * s + j);
                double[] q = {pts[v], pts[v + 1], pts[v + 2]};
                assertEquals(PathTube.RADIUS, distanceToLine(q, a, b), 1e-3, "segment " + s + ", vertex " + j);
            }
        }
    }

    @Test
    void thePartDoneAtAPlayheadIsAPrefixOfTheFaces() {
        RunPath p = path(-1.5, 1.5, -0.9, 0.6, -0.2, 0.1, 0.05, -0.02);
        PathTube tube = PathTube.of(p, SURFACE);
        int perSegment = 2 * PathTube.SIDES;
        assertEquals(0, tube.faceCountUpTo(0));
        assertEquals(perSegment, tube.faceCountUpTo(1));
        assertEquals(3 * perSegment, tube.faceCountUpTo(3));
        assertEquals(tube.mesh().faceCount(), tube.faceCountUpTo(1000));
        assertEquals(0, tube.faceCountUpTo(-5));
    }

    @Test
    void rowsBunchedInAMinimumBecomeOneRingButTheLastIsKept() {
        double[] xy = new double[2 * 200];
        xy[0] = -1.5;
        xy[1] = 1.5;
        for (int k = 1; k < 200; k++) {
            xy[2 * k] = 1e-6 * k;
        }
        PathTube tube = PathTube.of(path(xy), SURFACE);
        assertEquals(3, tube.ringCount());
        assertEquals(0, tube.ringRow(0));
        assertEquals(1, tube.ringRow(1));
        assertEquals(199, tube.ringRow(2));
        assertEquals(2 * 2 * PathTube.SIDES, tube.mesh().faceCount());
    }

    @Test
    void aDivergingRunEndsWhereItLeavesTheBoxAndClimbsToItsTop() {
        RunPath p = path(0, 0, 1, 0, -1.5, 0, 30, 0, 1e200, 0);
        p.loss()[4] = Double.POSITIVE_INFINITY;
        PathTube tube = PathTube.of(p, SURFACE);
        assertTrue(tube.leavesBox());
        assertEquals(3, tube.insideRows());
        double[] exit = tube.position(3);
        SurfaceBox box = SURFACE.box();
        assertEquals(box.halfWidth(), exit[0], 1e-9, "cut at x = xMax");
        assertEquals(box.sceneZ(0), exit[2], 1e-9);
        assertEquals(SURFACE.mesh().visibleY(box, 2, 0, BOWL.value(2, 0)) - PathTube.LIFT, exit[1], 1e-9);
        assertEquals(exit[0], tube.position(4)[0], "rows beyond the exit are drawn at the exit");
        assertEquals(3, tube.ringRow(tube.ringCount() - 1), "the exit ring counts as the first row outside");
        assertEquals(tube.mesh().faceCount(), tube.faceCountUpTo(3));
    }

    @Test
    void aNaNEndsThePathAtTheLastGoodPoint() {
        RunPath p = path(-1, -1, -0.5, -0.5, 0, 0);
        p.x()[2] = Double.NaN;
        PathTube tube = PathTube.of(p, SURFACE);
        assertTrue(tube.leavesBox());
        assertEquals(2, tube.insideRows());
        assertEquals(tube.position(1)[0], tube.position(2)[0]);
        assertEquals(tube.position(1)[1], tube.position(2)[1]);
    }

    @Test
    void anEmptyPathOrOneStartingOutsideDrawsNothing() {
        PathTube empty = PathTube.of(new RunPath(new double[0], new double[0], new double[0], 0), SURFACE);
        assertEquals(0, empty.mesh().faceCount());
        assertNull(empty.position(0));
        PathTube outside = PathTube.of(path(5, 5, 0, 0), SURFACE);
        assertEquals(0, outside.mesh().faceCount());
        assertFalse(outside.leavesBox());
        assertNull(outside.position(1));
    }

    private static double distanceToLine(double[] q, double[] a, double[] b) {
        double[] d = {b[0] - a[0], b[1] - a[1], b[2] - a[2]};
        double[] w = {q[0] - a[0], q[1] - a[1], q[2] - a[2]};
        double[] c = {w[1] * d[2] - w[2] * d[1], w[2] * d[0] - w[0] * d[2], w[0] * d[1] - w[1] * d[0]};
        return Math.sqrt(c[0] * c[0] + c[1] * c[1] + c[2] * c[2]) / Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
    }
}
