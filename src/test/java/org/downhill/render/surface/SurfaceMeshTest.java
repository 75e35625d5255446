package org.downhill.render.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.downhill.landscape.ColorScaling;
import org.downhill.landscape.Window;
import org.downhill.render.ColorMap;
import org.downhill.render.GridSampler;
import org.downhill.render.SampledGrid;
import org.downhill.render.TestLandscape;
import org.downhill.render.ValueScale;
import org.junit.jupiter.api.Test;

class SurfaceMeshTest {
    private static final TestLandscape ROSENBROCK = TestLandscape.rosenbrock();

    private static SampledGrid grid(TestLandscape landscape, int nx, int ny) {
        return GridSampler.sequential().sample(landscape, landscape.defaultWindow(), nx, ny, null);
    }

    @Test
    void aGridWithoutHolesHasAVertexPerCellAndTwoTrianglesPerSquare() {
        SampledGrid grid = grid(ROSENBROCK, 64, 48);
        SurfaceBox box = SurfaceBox.of(grid.window(), ValueScale.fit(grid, ColorScaling.LOG), 1);
        MeshData mesh = SurfaceMesh.of(grid, box).data();
        assertEquals(64 * 48, mesh.pointCount());
        assertEquals(3 * 64 * 48, mesh.points().length);
        assertEquals(2 * 64 * 48, mesh.texCoords().length);
        assertEquals(2 * 63 * 47, mesh.faceCount());
        for (int k = 0; k < mesh.faces().length; k += 2) {
            assertEquals(mesh.faces()[k], mesh.faces()[k + 1], "texture index = point index");
        }
    }

    @Test
    void verticesSitAtTheCellCentresWithTheScaledLossAsHeight() {
        SampledGrid grid = grid(ROSENBROCK, 40, 30);
        for (ColorScaling scaling : ColorScaling.values()) {
            ValueScale scale = ValueScale.fit(grid, scaling);
            SurfaceBox box = SurfaceBox.of(grid.window(), scale, 2.5);
            float[] p = SurfaceMesh.of(grid, box).data().points();
            for (int j = 0; j < grid.ny(); j++) {
                for (int i = 0; i < grid.nx(); i++) {
                    int v = j * grid.nx() + i;
                    double u = Math.max(0, Math.min(1, box.heightScale().toUnit(grid.value(i, j))));
                    assertEquals(box.sceneX(grid.x(i)), p[3 * v], 1e-3);
                    assertEquals(-SurfaceBox.HEIGHT * 2.5 * u, p[3 * v + 1], 1e-3, scaling + " at " + i + ", " + j);
                    assertEquals(box.sceneZ(grid.y(j)), p[3 * v + 2], 1e-3);
                }
            }
        }
    }

    @Test
    void textureCoordinatesPickThePaletteEntryThe2dHeatmapUses() {
        SampledGrid grid = grid(ROSENBROCK, 50, 50);
        ValueScale scale = ValueScale.fit(grid, ColorScaling.LOG);
        float[] t = SurfaceMesh.of(grid, SurfaceBox.of(grid.window(), scale, 1)).data().texCoords();
        int[] lut = ColorMap.MAGMA.lut();
        int distinct = 0;
        int lastEntry = -1;
        for (int v = 0; v < grid.nx() * grid.ny(); v++) {
            int entry = (int) Math.floor(t[2 * v] * Palette.WIDTH);
            double value = grid.values()[v];
            assertEquals(ColorMap.MAGMA.argb(scale.toUnit(value)), lut[entry], "vertex " + v);
            assertEquals(Palette.V, t[2 * v + 1]);
            assertEquals(0.5, t[2 * v] * Palette.WIDTH - entry, 1e-4, "the texel's centre");
            distinct += entry != lastEntry ? 1 : 0;
            lastEntry = entry;
        }
        assertTrue(distinct > 100, "the log scale spreads the values over the palette");
    }

    @Test
    void allTrianglesWindTheSameWaySoOneSideFacesUp() {
        SampledGrid grid = grid(TestLandscape.bowl(), 20, 20);
        MeshData mesh = SurfaceMesh.of(grid, SurfaceBox.of(grid.window(), ValueScale.fit(grid, ColorScaling.LINEAR), 1))
                .data();
        float[] p = mesh.points();
        int[] f = mesh.faces();
        for (int k = 0; k < f.length; k += 6) {
            int a = 3 * f[k];
            int b = 3 * f[k + 2];
            int c = 3 * f[k + 4];
            // the Y component of (b - a) x (c - a), seen in the X-Z plane
            double normalY = (p[b + 2] - p[a + 2]) * (p[c] - p[a]) - (p[b] - p[a]) * (p[c + 2] - p[a + 2]);
            assertTrue(normalY < 0, "triangle " + k / 6);
        }
    }

    @Test
    void noDataLeavesAHoleInsteadOfATriangle() {
        TestLandscape halfUndefined = new TestLandscape("half", (x, y) -> x > 0 ? Double.NaN : x * x + y * y,
                Window.centered(0, 0, 1), ColorScaling.LINEAR);
        SampledGrid grid = grid(halfUndefined, 10, 10);
        SurfaceMesh mesh = SurfaceMesh.of(grid, SurfaceBox.of(grid.window(), ValueScale.fit(grid, ColorScaling.LINEAR), 1));
        // columns 0..4 have values: 4 x 9 squares with all corners, two triangles each
        assertEquals(2 * 4 * 9, mesh.data().faceCount());
        int[] f = mesh.data().faces();
        for (int k = 0; k < f.length; k += 2) {
            assertFalse(Double.isNaN(grid.values()[f[k]]));
        }
        for (float c : mesh.data().points()) {
            assertTrue(Float.isFinite(c));
        }
        assertTrue(Double.isNaN(mesh.heightAt(0.5, 0.2)));
        assertFalse(Double.isNaN(mesh.heightAt(-0.5, 0.2)));
    }

    @Test
    void reshapingForAnotherExaggerationKeepsTheFacesAndScalesTheHeights() {
        SampledGrid grid = grid(ROSENBROCK, 30, 30);
        ValueScale scale = ValueScale.fit(grid, ColorScaling.LINEAR);
        SurfaceMesh low = SurfaceMesh.of(grid, SurfaceBox.of(grid.window(), scale, 1));
        SurfaceMesh high = low.reshape(grid, SurfaceBox.of(grid.window(), scale, 2));
        assertSame(low.data().faces(), high.data().faces());
        for (int v = 0; v < 30 * 30; v++) {
            assertEquals(2 * low.data().points()[3 * v + 1], high.data().points()[3 * v + 1], 1e-3);
        }
    }

    @Test
    void theHeightBetweenVerticesLiesOnTheDrawnTriangle() {
        // a plane is drawn exactly by its triangles, so the height anywhere is the plane's
        TestLandscape plane = new TestLandscape("plane", (x, y) -> 3 + x - 2 * y, Window.centered(0, 0, 1),
                ColorScaling.LINEAR);
        SampledGrid grid = grid(plane, 16, 16);
        SurfaceBox box = SurfaceBox.of(grid.window(), ValueScale.of(ColorScaling.LINEAR, 0, 6), 1);
        SurfaceMesh mesh = SurfaceMesh.of(grid, box);
        for (double[] at : new double[][] {{0.013, -0.27}, {-0.5, 0.5}, {0.9, 0.95}, {-0.99, -0.99}}) {
            assertEquals(box.sceneY(plane.value(at[0], at[1])), mesh.heightAt(at[0], at[1]), 1e-3);
        }
        assertTrue(Double.isNaN(mesh.heightAt(1.5, 0)), "outside the window");
        assertTrue(Double.isNaN(mesh.heightAt(Double.NaN, 0)));
    }

    @Test
    void aPointIsSeenOnTheMeshWhereTheMeshCutsAboveIt() {
        SampledGrid grid = grid(TestLandscape.bowl(), 8, 8);
        SurfaceBox box = SurfaceBox.of(grid.window(), ValueScale.of(ColorScaling.LINEAR, 0, 8), 1);
        SurfaceMesh mesh = SurfaceMesh.of(grid, box);
        // the chords of a convex bowl lie above it: at the minimum the mesh is higher than f = 0
        double onMesh = mesh.heightAt(0, 0);
        assertTrue(onMesh < box.sceneY(0));
        assertEquals(onMesh, mesh.visibleY(box, 0, 0, 0));
        assertNotEquals(onMesh, mesh.visibleY(box, 0, 0, 100));
        assertEquals(box.top(), mesh.visibleY(box, 0, 0, 100));
    }
}
