package org.downhill.render.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.downhill.landscape.ColorScaling;
import org.downhill.landscape.Window;
import org.downhill.render.ValueScale;
import org.junit.jupiter.api.Test;

/** The frame of a box: every corner in the picture, within the margins, the picture filled and centred. */
class CameraFrameTest {
    private static final double FOV = 30;

    @Test
    void everyCornerOfTheBoxShowsWithinTheMarginsAndTheBoxFillsThePictureCentred() {
        int views = 0;
        for (Window w : new Window[] {new Window(-2, 2, -2, 2), new Window(-5, 5, -1, 1), new Window(0, 1, 0, 3)}) {
            SurfaceBox box = SurfaceBox.of(w, ValueScale.of(ColorScaling.LINEAR, 0, 10), 1);
            double[][] points = CameraFrame.points(box);
            for (double yaw : CameraFit.YAWS) {
                for (double pitch : new double[] {-32, -45, -60, -90}) {
                    for (double aspect : new double[] {16.0 / 9, 4.0 / 3, 0.8}) {
                        CameraFit.View view = new CameraFit.View(yaw, pitch);
                        CameraFrame frame = CameraFrame.of(points, view, FOV, aspect, 0.16, 0.06);
                        double[] extent = extent(points, frame, view, aspect);
                        String where = w + " " + view + " aspect " + aspect + ": " + java.util.Arrays.toString(extent);
                        assertTrue(extent[0] >= -0.84 - 1e-6 && extent[1] <= 0.84 + 1e-6, where + " across");
                        assertTrue(extent[2] >= -0.94 - 1e-6 && extent[3] <= 0.94 + 1e-6, where + " up and down");
                        boolean fillsX = extent[1] - extent[0] > 2 * 0.84 - 0.02;
                        boolean fillsY = extent[3] - extent[2] > 2 * 0.94 - 0.02;
                        assertTrue(fillsX || fillsY, where + " fills the picture one way");
                        assertEquals(0, extent[0] + extent[1], 0.02, where + " centred across");
                        assertEquals(0, extent[2] + extent[3], 0.02, where + " centred up and down");
                        views++;
                    }
                }
            }
        }
        assertTrue(views > 300);
    }

    @Test
    void theFramePointsAreTheBoxGrownByItsLabels() {
        SurfaceBox box = SurfaceBox.of(new Window(-2, 2, -1, 3), ValueScale.of(ColorScaling.LINEAR, 0, 10), 1);
        double[][] points = CameraFrame.points(box);
        assertEquals(8, points.length);
        for (double[] p : points) {
            assertEquals(box.halfWidth() + 3 * BoxAxes.MARGIN, Math.abs(p[0]), 1e-9);
            assertEquals(box.halfDepth() + 3 * BoxAxes.MARGIN, Math.abs(p[2]), 1e-9);
            assertTrue(p[1] == box.floor() || p[1] == box.top() - 2 * BoxAxes.MARGIN);
        }
    }

    /**
     * Where the points show on the picture of a camera at the frame's distance from its target,
     * as fractions of the half width and half height: {min x, max x, min y, max y}.
     */
    private static double[] extent(double[][] points, CameraFrame frame, CameraFit.View view, double aspect) {
        double[] camera = CameraFit.position(frame.target(), frame.distance(), view);
        double[] f = new double[3];
        for (int c = 0; c < 3; c++) {
            f[c] = (frame.target()[c] - camera[c]) / frame.distance();
        }
        double a = Math.toRadians(view.yaw());
        double[] r = {Math.cos(a), 0, -Math.sin(a)};
        double[] d = {f[1] * r[2] - f[2] * r[1], f[2] * r[0] - f[0] * r[2], f[0] * r[1] - f[1] * r[0]};
        double tan = Math.tan(Math.toRadians(FOV) / 2);
        double[] e = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (double[] p : points) {
            double[] v = {p[0] - camera[0], p[1] - camera[1], p[2] - camera[2]};
            double depth = v[0] * f[0] + v[1] * f[1] + v[2] * f[2];
            assertTrue(depth > 0, "in front of the camera");
            double x = (v[0] * r[0] + v[1] * r[1] + v[2] * r[2]) / depth / (tan * aspect);
            double y = (v[0] * d[0] + v[1] * d[1] + v[2] * d[2]) / depth / tan;
            e[0] = Math.min(e[0], x);
            e[1] = Math.max(e[1], x);
            e[2] = Math.min(e[2], y);
            e[3] = Math.max(e[3], y);
        }
        return e;
    }
}
