package org.downhill.render.surface;

import org.downhill.landscape.Landscape;

/**
 * An arrow of the step anatomy in 3D: from the point (x, y) of the plane along (dx, dy), draped
 * over the surface like the paths ({@link PathTube} through {@value #SAMPLES} equal steps, lifted
 * just above the surface), with a cone at its end pointing along its last stretch: {@value
 * #HEAD_LENGTH} scene units long and {@value #HEAD_RADIUS} wide, or half the arrow's length and
 * as much narrower for a short arrow. Where the arrow
 * leaves the box it ends at the edge.
 */
public final class StepArrow {
    /** The straight stretches the arrow's line is cut into. */
    public static final int SAMPLES = 24;
    /** The length of the head, in scene units. */
    public static final double HEAD_LENGTH = 11;
    /** The radius of the head's base, in scene units. */
    public static final double HEAD_RADIUS = 4.2;

    private StepArrow() {
    }

    /**
     * The arrow's mesh (line and head), or null when there is nothing to draw: a start outside the
     * box, or a vector that is zero or not finite.
     */
    public static MeshData of(Surface surface, double x, double y, double dx, double dy) {
        if (!(Math.hypot(dx, dy) > 0) || !Double.isFinite(dx + dy) || !surface.box().window().contains(x, y)) {
            return null;
        }
        Landscape f = surface.spec().landscape();
        double[] xs = new double[SAMPLES + 1];
        double[] ys = new double[SAMPLES + 1];
        double[] loss = new double[SAMPLES + 1];
        for (int i = 0; i <= SAMPLES; i++) {
            xs[i] = x + dx * i / SAMPLES;
            ys[i] = y + dy * i / SAMPLES;
            loss[i] = f.value(xs[i], ys[i]);
        }
        PathTube line = PathTube.of(new RunPath(xs, ys, loss, SAMPLES + 1), surface);
        int end = Math.min(SAMPLES, line.insideRows());
        double[] tip = line.position(end);
        double[] before = line.position(Math.max(0, end - 2));
        double[] start = line.position(0);
        double span = Math.sqrt(squared(tip[0] - start[0]) + squared(tip[1] - start[1]) + squared(tip[2] - start[2]));
        double head = Math.min(HEAD_LENGTH, 0.5 * span);
        return join(line.mesh(), cone(before, tip, head, HEAD_RADIUS * head / HEAD_LENGTH));
    }

    private static double squared(double v) {
        return v * v;
    }

    /** A cone of a length and base radius, its base centred on {@code baseCentre}, pointing away from {@code from}. */
    static MeshData cone(double[] from, double[] baseCentre, double headLength, double headRadius) {
        double ux = baseCentre[0] - from[0];
        double uy = baseCentre[1] - from[1];
        double uz = baseCentre[2] - from[2];
        double length = Math.sqrt(ux * ux + uy * uy + uz * uz);
        if (length > 0) {
            ux /= length;
            uy /= length;
            uz /= length;
        } else {
            ux = 1;
            uy = 0;
            uz = 0;
        }
        double[] n = new double[3];
        double[] b = new double[3];
        PathTube.across(ux, uy, uz, n, b);
        int sides = PathTube.SIDES;
        float[] points = new float[3 * (sides + 2)];
        for (int j = 0; j < sides; j++) {
            double a = 2 * Math.PI * j / sides;
            double c = Math.cos(a) * headRadius;
            double s = Math.sin(a) * headRadius;
            points[3 * j] = (float) (baseCentre[0] + c * n[0] + s * b[0]);
            points[3 * j + 1] = (float) (baseCentre[1] + c * n[1] + s * b[1]);
            points[3 * j + 2] = (float) (baseCentre[2] + c * n[2] + s * b[2]);
        }
        int apex = sides;
        int centre = sides + 1;
        points[3 * apex] = (float) (baseCentre[0] + ux * headLength);
        points[3 * apex + 1] = (float) (baseCentre[1] + uy * headLength);
        points[3 * apex + 2] = (float) (baseCentre[2] + uz * headLength);
        points[3 * centre] = (float) baseCentre[0];
        points[3 * centre + 1] = (float) baseCentre[1];
        points[3 * centre + 2] = (float) baseCentre[2];
        int[] faces = new int[6 * 2 * sides];
        for (int j = 0; j < sides; j++) {
            int next = (j + 1) % sides;
            face(faces, 12 * j, j, next, apex);
            face(faces, 12 * j + 6, next, j, centre);
        }
        return new MeshData(points, new float[] {0, 0}, faces);
    }

    private static void face(int[] faces, int at, int p0, int p1, int p2) {
        faces[at] = p0;
        faces[at + 2] = p1;
        faces[at + 4] = p2;
    }

    /** Two meshes with one texture coordinate each as one. */
    static MeshData join(MeshData a, MeshData b) {
        float[] points = new float[a.points().length + b.points().length];
        System.arraycopy(a.points(), 0, points, 0, a.points().length);
        System.arraycopy(b.points(), 0, points, a.points().length, b.points().length);
        int offset = a.pointCount();
        int[] faces = new int[a.faces().length + b.faces().length];
        System.arraycopy(a.faces(), 0, faces, 0, a.faces().length);
        for (int i = 0; i < b.faces().length; i += 2) {
            faces[a.faces().length + i] = b.faces()[i] + offset;
        }
        return new MeshData(points, new float[] {0, 0}, faces);
    }
}
