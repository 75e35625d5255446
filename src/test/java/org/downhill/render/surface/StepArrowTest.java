package org.downhill.render.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.downhill.landscape.ColorScaling;
import org.downhill.render.GridSampler;
import org.downhill.render.TestLandscape;
import org.junit.jupiter.api.Test;

class StepArrowTest {
    private static final TestLandscape BOWL = TestLandscape.bowl();
    private static final Surface SURFACE = new SurfaceBuilder(GridSampler.sequential())
            .build(new SurfaceSpec(BOWL, BOWL.defaultWindow(), 64, ColorScaling.LINEAR, 1));

    @Test
    void theArrowRunsFromItsStartToItsEndAndItsHeadPointsOn() {
        double x = -1;
        double y = 0.5;
        double dx = 0.8;
        double dy = -0.4;
        MeshData arrow = StepArrow.of(SURFACE, x, y, dx, dy);
        assertNotNull(arrow);
        SurfaceBox box = SURFACE.box();
        float[] p = arrow.points();
        int points = arrow.pointCount();
        int apex = points - 2;
        double apexX = p[3 * apex];
        double apexZ = p[3 * apex + 2];
        double endX = box.sceneX(x + dx);
        double endZ = box.sceneZ(y + dy);
        double along = Math.hypot(apexX - endX, apexZ - endZ);
        assertTrue(along > 0 && along <= StepArrow.HEAD_LENGTH + 1e-3, "the head sits just past the end: " + along);
        double startX = box.sceneX(x);
        double startZ = box.sceneZ(y);
        double minToStart = Double.POSITIVE_INFINITY;
        for (int i = 0; i < points; i++) {
            minToStart = Math.min(minToStart, Math.hypot(p[3 * i] - startX, p[3 * i + 2] - startZ));
        }
        assertTrue(minToStart <= PathTube.RADIUS + 1e-3, "the line begins at the start point");
        double headDirection = Math.atan2(apexZ - endZ, apexX - endX);
        double arrowDirection = Math.atan2(box.sceneZ(y + dy) - startZ, box.sceneX(x + dx) - startX);
        assertEquals(arrowDirection, headDirection, 0.2, "the head points along the arrow");
        for (int i = 0; i < arrow.faces().length; i += 2) {
            assertTrue(arrow.faces()[i] < points, "faces index existing points");
        }
    }

    @Test
    void nothingToDrawForAZeroVectorOrAStartOutside() {
        assertNull(StepArrow.of(SURFACE, 0.5, 0.5, 0, 0));
        assertNull(StepArrow.of(SURFACE, 0.5, 0.5, Double.NaN, 1));
        assertNull(StepArrow.of(SURFACE, 50, 0, 1, 0));
    }

    @Test
    void anArrowLeavingTheBoxEndsAtItsEdge() {
        MeshData arrow = StepArrow.of(SURFACE, 1.5, 0, 10, 0);
        assertNotNull(arrow);
        float[] p = arrow.points();
        double edge = SURFACE.box().sceneX(BOWL.defaultWindow().xMax());
        for (int i = 0; i < arrow.pointCount() - 2; i++) {
            assertTrue(p[3 * i] <= edge + StepArrow.HEAD_RADIUS + 1e-3, "inside the box");
        }
    }
}
