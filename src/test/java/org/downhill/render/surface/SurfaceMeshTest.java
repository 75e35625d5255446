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

    /**
     * The surface is the lid of a closed solid: every edge of the lid that only one lid triangle
     * uses (its border, also round holes) is the top of a wall, a side quad whose two other corners
     * stand straight below its ends on the floor. An open sheet, as before, is seen from below when
     * a wall rises towards the camera more steeply than the line of sight.
     */
    @Test
    void everyBorderEdgeOfTheSurfaceHasAWallDownToTheFloor() {
        for (TestLandscape landscape : new TestLandscape[] {TestLandscape.bowl(), ROSENBROCK}) {
            SampledGrid grid = grid(landscape, 30, 22);
            SurfaceBox box = SurfaceBox.of(grid.window(), ValueScale.fit(grid, ColorScaling.LINEAR), 1);
            SurfaceMesh mesh = SurfaceMesh.of(grid, box);
            java.util.Map<String, Integer> uses = new java.util.HashMap<>();
            float[] p = mesh.data().points();
            int[] f = mesh.data().faces();
            for (int k = 0; k < f.length; k += 6) {
                for (int e = 0; e < 3; e++) {
                    uses.merge(edgeKey(p, f[k + 2 * e], p, f[k + 2 * ((e + 1) % 3)]), 1, Integer::sum);
                }
            }
            java.util.Set<String> border = new java.util.HashSet<>();
            uses.forEach((edge, n) -> {
                if (n == 1) {
                    border.add(edge);
                }
            });
            assertEquals(2 * (29 + 21), border.size(), "a whole grid's border");
            float[] q = mesh.sides().points();
            int[] s = mesh.sides().faces();
            java.util.Set<String> walled = new java.util.HashSet<>();
            for (int k = 0; k < s.length; k += 6) {
                for (int e = 0; e < 3; e++) {
                    walled.add(edgeKey(q, s[k + 2 * e], q, s[k + 2 * ((e + 1) % 3)]));
                }
                for (int e = 0; e < 3; e++) {
                    float y = q[3 * s[k + 2 * e] + 1];
                    assertTrue(y >= box.top() - 1e-3 && y <= box.floor() + 1e-3, "a wall stays in the box");
                }
            }
            for (String edge : border) {
                assertTrue(walled.contains(edge), "border edge " + edge + " has a wall");
            }
            for (int k = 0; k < q.length; k += 6) {
                assertEquals(q[k], q[k + 3], "the foot stands straight below");
                assertEquals(q[k + 2], q[k + 5], "the foot stands straight below");
                assertEquals(box.floor(), q[k + 4], 1e-6, "the foot is on the floor");
            }
        }
    }

    @Test
    void theWallsFaceOutOfTheBox() {
        SampledGrid grid = grid(TestLandscape.bowl(), 20, 16);
        SurfaceMesh mesh = SurfaceMesh.of(grid, SurfaceBox.of(grid.window(), ValueScale.fit(grid, ColorScaling.LINEAR), 1));
        float[] p = mesh.sides().points();
        int[] f = mesh.sides().faces();
        assertEquals(2 * 2 * (19 + 15), f.length / 6, "two triangles per border step");
        for (int k = 0; k < f.length; k += 6) {
            int a = 3 * f[k];
            int b = 3 * f[k + 2];
            int c = 3 * f[k + 4];
            // JavaFX's front normal (p1 - p0) x (p2 - p0), in the X-Z plane, against the outward direction
            double nx = (p[b + 1] - p[a + 1]) * (p[c + 2] - p[a + 2]) - (p[b + 2] - p[a + 2]) * (p[c + 1] - p[a + 1]);
            double nz = (p[b] - p[a]) * (p[c + 1] - p[a + 1]) - (p[b + 1] - p[a + 1]) * (p[c] - p[a]);
            double mx = (p[a] + p[b] + p[c]) / 3;
            double mz = (p[a + 2] + p[b + 2] + p[c + 2]) / 3;
            assertTrue(nx * mx + nz * mz > 0, "wall triangle " + k / 6 + " faces out");
        }
    }

    private static String edgeKey(float[] p, int v, float[] q, int w) {
        String a = p[3 * v] + "," + p[3 * v + 1] + "," + p[3 * v + 2];
        String b = q[3 * w] + "," + q[3 * w + 1] + "," + q[3 * w + 2];
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
