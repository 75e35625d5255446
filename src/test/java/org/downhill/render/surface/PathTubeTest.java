package org.downhill.render.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.downhill.landscape.ColorScaling;
import org.downhill.landscape.Window;
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

    @Test
    void aStepOverARidgeIsAJumpAboveTheSurfaceNeverATubeThroughIt() {
        TestLandscape ridge = new TestLandscape("ridge", (x, y) -> 4 - x * x, new Window(-2, 2, -2, 2),
                ColorScaling.LINEAR);
        Surface surface = new SurfaceBuilder(GridSampler.sequential())
                .build(new SurfaceSpec(ridge, ridge.defaultWindow(), 64, ColorScaling.LINEAR, 1));
        RunPath p = new RunPath(new double[] {-1.5, 1.5, 1.6}, new double[] {0, 0, 0.1},
                new double[] {ridge.value(-1.5, 0), ridge.value(1.5, 0), ridge.value(1.6, 0.1)}, 3);
        PathTube tube = PathTube.of(p, surface);
        assertEquals(3 + PathTube.ARC_RINGS - 1, tube.ringCount(), "the step over the ridge is an arc");
        for (int r = 1; r < PathTube.ARC_RINGS; r++) {
            assertEquals(1, tube.ringRow(r), "the arc is drawn once the step has landed");
        }
        assertEquals(0, tube.faceCountUpTo(0));
        assertEquals(2 * PathTube.SIDES * PathTube.ARC_RINGS, tube.faceCountUpTo(1));
        SurfaceBox box = surface.box();
        double[] a = tube.position(0);
        double[] b = tube.position(1);
        double highest = Double.POSITIVE_INFINITY;
        for (int r = 0; r + 1 < tube.ringCount(); r++) {
            double[] from = ringCentre(tube, r);
            double[] to = ringCentre(tube, r + 1);
            highest = Math.min(highest, from[1]);
            for (int i = 0; i <= 20; i++) {
                double t = i / 20.0;
                double x = from[0] + t * (to[0] - from[0]);
                double y = from[1] + t * (to[1] - from[1]);
                double z = from[2] + t * (to[2] - from[2]);
                double ground = surface.mesh().heightAt(box.worldX(x), box.worldY(z));
                assertTrue(y < ground, "segment " + r + " at " + t + ": centre " + y + " above ground " + ground);
            }
        }
        assertTrue(highest < box.sceneY(4), "the jump rises above the ridge's top");
        assertEquals(a[0], ringCentre(tube, 0)[0], 1e-6);
        assertEquals(b[0], ringCentre(tube, PathTube.ARC_RINGS)[0], 1e-6, "and lands where the step does");
    }

    /** The centre of ring r: the mean of its SIDES points (the first ring of segment r, or the last one's end). */
    private static double[] ringCentre(PathTube tube, int r) {
        float[] pts = tube.mesh().points();
        int segment = Math.min(r, tube.ringCount() - 2);
        int base = 2 * PathTube.SIDES * segment + (r > segment ? PathTube.SIDES : 0);
        double[] c = new double[3];
        for (int j = 0; j < PathTube.SIDES; j++) {
            for (int k = 0; k < 3; k++) {
                c[k] += pts[3 * (base + j) + k] / PathTube.SIDES;
            }
        }
        return c;
    }

    private static double distanceToLine(double[] q, double[] a, double[] b) {
        double[] d = {b[0] - a[0], b[1] - a[1], b[2] - a[2]};
        double[] w = {q[0] - a[0], q[1] - a[1], q[2] - a[2]};
        double[] c = {w[1] * d[2] - w[2] * d[1], w[2] * d[0] - w[0] * d[2], w[0] * d[1] - w[1] * d[0]};
        return Math.sqrt(c[0] * c[0] + c[1] * c[1] + c[2] * c[2]) / Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
    }
}
