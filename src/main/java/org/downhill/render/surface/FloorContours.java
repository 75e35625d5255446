package org.downhill.render.surface;

import java.util.Arrays;
import org.downhill.render.ContourSet;

/**
 * Contour lines laid flat on the floor of a {@link SurfaceBox}, as mesh arrays: JavaFX 3D draws no
 * lines, so each contour segment (X0, Z0)-(X1, Z1) becomes a thin quad of the given width on the
 * plane Y = floor, two triangles facing up:
 * <pre>
 *   n = (-(Z1 - Z0), X1 - X0) / |...| * width / 2         (the in-plane normal)
 *   points  P0 - n, P0 + n, P1 + n, P1 - n                 (4 per segment)
 *   faces   (P0 - n, P0 + n, P1 + n) and (P0 - n, P1 + n, P1 - n), one texture coordinate (0, 0)
 * </pre>
 * The lines take their material's colour: one dark ink reads on the light floor for every level,
 * where the colour map's light end would not. Segments of zero length are left out.
 */
public final class FloorContours {

    private FloorContours() {
    }

    /**
     * The ribbons of every segment of a contour set.
     *
     * @param width the width of a line in scene units; a non-positive or NaN width gives no lines
     */
    public static MeshData of(ContourSet contours, SurfaceBox box, double width) {
        int segments = width > 0 ? contours.segmentCount() : 0;
        int levels = contours.levelCount();
        float[] points = new float[12 * segments];
        int[] faces = new int[12 * segments];
        float y = (float) box.floor();
        int p = 0;
        int f = 0;
        for (int k = 0; k < levels && segments > 0; k++) {
            double[] xy = contours.segments(k);
            for (int s = 0; s < contours.segmentCount(k); s++) {
                double x0 = box.sceneX(xy[4 * s]);
                double z0 = box.sceneZ(xy[4 * s + 1]);
                double x1 = box.sceneX(xy[4 * s + 2]);
                double z1 = box.sceneZ(xy[4 * s + 3]);
                double length = Math.hypot(x1 - x0, z1 - z0);
                if (!(length > 0)) {
                    continue;
                }
                double nx = -(z1 - z0) / length * width / 2;
                double nz = (x1 - x0) / length * width / 2;
                int v = p / 3;
                p = point(points, p, x0 - nx, y, z0 - nz);
                p = point(points, p, x0 + nx, y, z0 + nz);
                p = point(points, p, x1 + nx, y, z1 + nz);
                p = point(points, p, x1 - nx, y, z1 - nz);
                f = face(faces, f, v, v + 1, v + 2);
                f = face(faces, f, v, v + 2, v + 3);
            }
        }
        return new MeshData(Arrays.copyOf(points, p), new float[] {0, 0}, Arrays.copyOf(faces, f));
    }

    private static int point(float[] points, int at, double x, double y, double z) {
        points[at] = (float) x;
        points[at + 1] = (float) y;
        points[at + 2] = (float) z;
        return at + 3;
    }

    private static int face(int[] faces, int at, int p0, int p1, int p2) {
        faces[at] = p0;
        faces[at + 2] = p1;
        faces[at + 4] = p2;
        return at + 6;
    }
}
