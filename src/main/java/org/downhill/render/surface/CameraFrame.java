package org.downhill.render.surface;

/**
 * Where an orbit camera with given angles ({@link CameraFit.View}) looks, and from how far, so that
 * a set of scene points all show inside its picture with a margin, filling it as far as that
 * allows: the target and the distance. The camera's forward, right and down directions are
 * <pre>
 *   f = (cos p sin a, -sin p, cos p cos a),   r = (cos a, 0, -sin a),   d = f x r
 * </pre>
 * (as {@link CameraFit} places the camera at target - D f); a point P at v = P - target shows at
 * (v.r, v.d) / (D + v.f) times half the picture over tan(fov / 2). Starting from the points'
 * centroid, the target is moved {@value #ROUNDS} times by the middle of the points' extent on the
 * picture, and the distance is each time the least at which every point fits. Pure.
 *
 * @param target   the point to look at, {x, y, z}
 * @param distance the camera's distance from it
 */
public record CameraFrame(double[] target, double distance) {
    /** How many times the target is centred. */
    public static final int ROUNDS = 4;

    /**
     * The frame of the points.
     *
     * @param points  the points, {x, y, z} each (at least one)
     * @param view    the camera's angles
     * @param fov     the vertical field of view, degrees
     * @param aspect  the picture's width over its height
     * @param marginX the share of the picture's half width kept free at the left and right edges
     * @param marginY the share of its half height kept free at the top and bottom edges
     */
    public static CameraFrame of(double[][] points, CameraFit.View view, double fov, double aspect, double marginX,
                                 double marginY) {
        double a = Math.toRadians(view.yaw());
        double p = Math.toRadians(view.pitch());
        double[] f = {Math.cos(p) * Math.sin(a), -Math.sin(p), Math.cos(p) * Math.cos(a)};
        double[] r = {Math.cos(a), 0, -Math.sin(a)};
        double[] d = {f[1] * r[2] - f[2] * r[1], f[2] * r[0] - f[0] * r[2], f[0] * r[1] - f[1] * r[0]};
        double tanY = Math.tan(Math.toRadians(fov) / 2) * (1 - marginY);
        double tanX = Math.tan(Math.toRadians(fov) / 2) * aspect * (1 - marginX);
        double[] target = new double[3];
        for (double[] q : points) {
            for (int c = 0; c < 3; c++) {
                target[c] += q[c] / points.length;
            }
        }
        double distance = 0;
        for (int round = 0; round <= ROUNDS; round++) {
            distance = 0;
            for (double[] q : points) {
                double[] v = {q[0] - target[0], q[1] - target[1], q[2] - target[2]};
                double depth = dot(v, f);
                distance = Math.max(distance, Math.max(Math.abs(dot(v, r)) / tanX, Math.abs(dot(v, d)) / tanY) - depth);
            }
            if (round == ROUNDS) {
                break;
            }
            double loX = Double.POSITIVE_INFINITY;
            double hiX = Double.NEGATIVE_INFINITY;
            double loY = Double.POSITIVE_INFINITY;
            double hiY = Double.NEGATIVE_INFINITY;
            for (double[] q : points) {
                double[] v = {q[0] - target[0], q[1] - target[1], q[2] - target[2]};
                double depth = distance + dot(v, f);
                loX = Math.min(loX, dot(v, r) / depth);
                hiX = Math.max(hiX, dot(v, r) / depth);
                loY = Math.min(loY, dot(v, d) / depth);
                hiY = Math.max(hiY, dot(v, d) / depth);
            }
            double shiftX = (loX + hiX) / 2 * distance;
            double shiftY = (loY + hiY) / 2 * distance;
            for (int c = 0; c < 3; c++) {
                target[c] += r[c] * shiftX + d[c] * shiftY;
            }
        }
        return new CameraFrame(target, distance);
    }

    /**
     * The points that frame a box: the corners of the box grown by the room its axis labels take
     * ({@link BoxAxes}: three margins outside the floor's edges, two above the top for the loss
     * axis' title).
     */
    public static double[][] points(SurfaceBox box) {
        double x = box.halfWidth() + 3 * BoxAxes.MARGIN;
        double z = box.halfDepth() + 3 * BoxAxes.MARGIN;
        double[][] corners = new double[8][];
        int n = 0;
        for (double y : new double[] {box.floor(), box.top() - 2 * BoxAxes.MARGIN}) {
            for (double sx : new double[] {-x, x}) {
                for (double sz : new double[] {-z, z}) {
                    corners[n++] = new double[] {sx, y, sz};
                }
            }
        }
        return corners;
    }

    private static double dot(double[] u, double[] v) {
        return u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
    }
}
