package org.downhill.render.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.downhill.landscape.ColorScaling;
import org.downhill.render.ContourLevels;
import org.downhill.render.ContourSet;
import org.downhill.render.GridSampler;
import org.downhill.render.MarchingSquares;
import org.downhill.render.SampledGrid;
import org.downhill.render.TestLandscape;
import org.downhill.render.ValueScale;
import org.junit.jupiter.api.Test;

class FloorContoursTest {

    @Test
    void eachSegmentIsAQuadOfTheGivenWidthFlatOnTheFloor() {
        TestLandscape bowl = TestLandscape.bowl();
        SampledGrid grid = GridSampler.sequential().sample(bowl, bowl.defaultWindow(), 40, 40, null);
        ValueScale scale = ValueScale.fit(grid, ColorScaling.LINEAR);
        ContourSet set = MarchingSquares.contour(grid, ContourLevels.of(scale), null);
        SurfaceBox box = SurfaceBox.of(grid.window(), scale, 1);
        MeshData mesh = FloorContours.of(set, box, 2);
        assertEquals(2 * set.segmentCount(), mesh.faceCount());
        float[] p = mesh.points();
        for (int v = 0; v < mesh.pointCount(); v++) {
            assertEquals(box.floor(), p[3 * v + 1], 1e-6);
        }
        for (int q = 0; q < mesh.pointCount() / 4; q++) {
            int a = 12 * q;
            assertEquals(2, Math.hypot(p[a + 3] - p[a], p[a + 5] - p[a + 2]), 1e-3, "width across the start");
        }
        assertEquals(0, FloorContours.of(set, box, Double.NaN).faceCount());
    }
}
