package org.downhill.render.surface;

import java.util.Arrays;
import java.util.BitSet;
import org.downhill.landscape.Window;
import org.downhill.render.SampledGrid;

/**
 * The arrays of a JavaFX {@code TriangleMesh} (with the default vertex format, points and texture
 * coordinates) for a sampled landscape in a {@link SurfaceBox}: one vertex per grid cell centre,
 * two triangles per square of four neighbouring centres.
 * <pre>
 *   vertex  v(i, j) = j nx + i                         (the grid's own index)
 *   point   p(v)    = (X(x(i)), Y(f(i, j)), Z(y(j)))   (0 for Y where f is NaN; Y from the box's height scale)
 *   texture t(v)    = (Palette.u(u(f(i, j))), 1/2)     (the vertex's colour map entry)
 *   faces   (a, c, b) and (b, c, d) for a = v(i, j), b = v(i + 1, j), c = v(i, j + 1), d = v(i + 1, j + 1)
 * </pre>
 * with each face given as p0, t0, p1, t1, p2, t2 and the texture index equal to the point index.
 * Row j + 1 lies south of row j, so both triangles wind clockwise seen from above (-Y), JavaFX's
 * front side. A triangle with a NaN corner is left out, so "no data" is a hole, as it is
 * transparent in 2D. An nx x ny grid without NaN gives nx ny points and 2 (nx - 1)(ny - 1) faces.
 *
 * <p>The surface is the lid of a solid: {@link #sides} closes it with walls from its border down
 * to the box's floor, so that a viewer never looks under the sheet. Without them, from the usual
 * camera height (pitch 32 degrees) a wall rising towards the viewer more steeply than the line of
 * sight turns its underside to the camera: the underside read as a slope, its flat top-clamped
 * corner as a yellow wedge lying in the valley, and the floor's contour lines showed where the
 * wall should be, as if the surface were missing there.
 *
 * <p>The faces depend only on the grid; {@link #reshape} recomputes points and texture coordinates
 * for a new box (another scale or exaggeration) and keeps the faces. Immutable; its arrays are
 * never changed after it is made, so it can be handed to another thread.
 */
public final class SurfaceMesh {
    private final int nx;
    private final int ny;
    private final Window window;
    /** The vertices whose value is NaN; never changed once made. */
    private final BitSet missing;
    private final MeshData data;
    private final MeshData sides;

    private SurfaceMesh(int nx, int ny, Window window, BitSet missing, MeshData data, MeshData sides) {
        this.nx = nx;
        this.ny = ny;
        this.window = window;
        this.missing = missing;
        this.data = data;
        this.sides = sides;
    }

    /** The mesh of a grid in a box. */
    public static SurfaceMesh of(SampledGrid grid, SurfaceBox box) {
        BitSet missing = new BitSet();
        double[] values = grid.values();
        for (int v = 0; v < values.length; v++) {
            if (Double.isNaN(values[v])) {
                missing.set(v);
            }
        }
        return shape(grid, box, missing, faces(grid.nx(), grid.ny(), missing));
    }

    /**
     * The mesh of the same grid in another box: new points and texture coordinates, this mesh's
     * faces (the same array). The grid must be the one this mesh was made of, unchanged.
     */
    public SurfaceMesh reshape(SampledGrid grid, SurfaceBox box) {
        if (grid.nx() != nx || grid.ny() != ny) {
            return of(grid, box);
        }
        return shape(grid, box, missing, data.faces());
    }

    private static SurfaceMesh shape(SampledGrid grid, SurfaceBox box, BitSet missing, int[] faces) {
        int nx = grid.nx();
        int ny = grid.ny();
        float[] points = new float[3 * nx * ny];
        float[] texCoords = new float[2 * nx * ny];
        double[] values = grid.values();
        float[] columnX = new float[nx];
        for (int i = 0; i < nx; i++) {
            columnX[i] = (float) box.sceneX(grid.x(i));
        }
        for (int j = 0; j < ny; j++) {
            float z = (float) box.sceneZ(grid.y(j));
            for (int i = 0; i < nx; i++) {
                int v = j * nx + i;
                double f = values[v];
                double u = box.unit(f);
                double h = box.heightUnit(f);
                points[3 * v] = columnX[i];
                points[3 * v + 1] = Double.isNaN(h) ? 0f : (float) (box.top() * h);
                points[3 * v + 2] = z;
                texCoords[2 * v] = Palette.u(u);
                texCoords[2 * v + 1] = Palette.V;
            }
        }
        return new SurfaceMesh(nx, ny, grid.window(), missing, new MeshData(points, texCoords, faces),
                sides(points, nx, ny, missing, box.floor()));
    }

    /**
     * The walls under the border: for each pair of neighbouring border vertices v, w (both with a
     * value) going round the grid, the quad (v, w, w on the floor, v on the floor) as two triangles
     * whose front side faces out of the box. Points: the border vertices' points and below each the
     * same point at Y = floor; one texture coordinate (0, 0) shared by all (the walls have one colour).
     */
    private static MeshData sides(float[] top, int nx, int ny, BitSet missing, double floor) {
        int[] ring = ring(nx, ny);
        int n = ring.length;
        float[] points = new float[6 * n];
        for (int k = 0; k < n; k++) {
            int v = ring[k];
            System.arraycopy(top, 3 * v, points, 6 * k, 3);
            points[6 * k + 3] = top[3 * v];
            points[6 * k + 4] = (float) floor;
            points[6 * k + 5] = top[3 * v + 2];
        }
        int[] faces = new int[12 * n];
        int at = 0;
        for (int k = 0; k < n; k++) {
            int next = (k + 1) % n;
            if (missing.get(ring[k]) || missing.get(ring[next])) {
                continue;
            }
            int v = 2 * k;
            int w = 2 * next;
            // going round the ring, (v, w, floor v) faces out of the box
            at = sideTriangle(faces, at, v, w, v + 1);
            at = sideTriangle(faces, at, w, w + 1, v + 1);
        }
        return new MeshData(points, new float[2], Arrays.copyOf(faces, at));
    }

    private static int sideTriangle(int[] faces, int at, int p0, int p1, int p2) {
        faces[at] = p0;
        faces[at + 2] = p1;
        faces[at + 4] = p2;
        return at + 6;
    }

    /**
     * The border vertices in order round the grid, each once: along row 0 (north) west to east,
     * down the east column, along the last row east to west, up the west column (row j + 1 lies
     * south of row j).
     */
    private static int[] ring(int nx, int ny) {
        int[] ring = new int[2 * (nx - 1) + 2 * (ny - 1)];
        int k = 0;
        for (int i = 0; i < nx - 1; i++) {
            ring[k++] = i;
        }
        for (int j = 0; j < ny - 1; j++) {
            ring[k++] = j * nx + nx - 1;
        }
        for (int i = nx - 1; i > 0; i--) {
            ring[k++] = (ny - 1) * nx + i;
        }
        for (int j = ny - 1; j > 0; j--) {
            ring[k++] = j * nx;
        }
        return ring;
    }

    private static int[] faces(int nx, int ny, BitSet missing) {
        int[] all = new int[6 * 2 * (nx - 1) * (ny - 1)];
        int n = 0;
        for (int j = 0; j + 1 < ny; j++) {
            for (int i = 0; i + 1 < nx; i++) {
                int a = j * nx + i;
                int b = a + 1;
                int c = a + nx;
                int d = c + 1;
                if (!hole(missing, a, b, c)) {
                    n = triangle(all, n, a, c, b);
                }
                if (!hole(missing, b, c, d)) {
                    n = triangle(all, n, b, c, d);
                }
            }
        }
        return n == all.length ? all : Arrays.copyOf(all, n);
    }

    private static int triangle(int[] faces, int at, int p0, int p1, int p2) {
        faces[at] = p0;
        faces[at + 1] = p0;
        faces[at + 2] = p1;
        faces[at + 3] = p1;
        faces[at + 4] = p2;
        faces[at + 5] = p2;
        return at + 6;
    }

    /** Columns of vertices. */
    public int nx() {
        return nx;
    }

    /** Rows of vertices. */
    public int ny() {
        return ny;
    }

    /**
     * The scene Y of the mesh above (x, y): found on the triangle of the mesh that covers the
     * point, so exactly what is drawn there. Points within half a cell of the window's edge,
     * beyond the outermost vertices, take the height of the nearest border triangle's plane;
     * NaN outside the window, for non-finite input and over a hole.
     */
    public double heightAt(double x, double y) {
        if (!(window.contains(x, y))) {
            return Double.NaN;
        }
        double gx = (x - window.xMin()) / window.width() * nx - 0.5;
        double gy = (window.yMax() - y) / window.height() * ny - 0.5;
        int i = Math.max(0, Math.min(nx - 2, (int) Math.floor(gx)));
        int j = Math.max(0, Math.min(ny - 2, (int) Math.floor(gy)));
        double s = gx - i;
        double t = gy - j;
        float[] p = data.points();
        int a = j * nx + i;
        double ya = p[3 * a + 1];
        double yb = p[3 * (a + 1) + 1];
        double yc = p[3 * (a + nx) + 1];
        double yd = p[3 * (a + nx + 1) + 1];
        if (s + t <= 1) {
            return hole(missing, a, a + 1, a + nx) ? Double.NaN : ya + s * (yb - ya) + t * (yc - ya);
        }
        return hole(missing, a + 1, a + nx, a + nx + 1) ? Double.NaN : yd + (1 - s) * (yc - yd) + (1 - t) * (yb - yd);
    }

    /**
     * Where a point of the landscape is seen: the higher (smaller Y) of the loss's own height
     * {@code box.sceneY(f)} and the mesh's height at (x, y), so that it is never hidden under the
     * drawn surface, which cuts corners between its vertices.
     */
    public double visibleY(SurfaceBox box, double x, double y, double f) {
        double onLoss = box.sceneY(f);
        double onMesh = heightAt(x, y);
        return onMesh < onLoss ? onMesh : onLoss;
    }

    /** Whether the triangle of these three vertices is left out: one of them has no value. */
    private static boolean hole(BitSet missing, int v0, int v1, int v2) {
        return missing.get(v0) || missing.get(v1) || missing.get(v2);
    }

    /** The mesh arrays. */
    public MeshData data() {
        return data;
    }

    /** The walls from the border down to the floor (see the class comment and {@code sides}). */
    public MeshData sides() {
        return sides;
    }
}
