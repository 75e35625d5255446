package org.downhill.render.surface;

import java.util.Arrays;
import org.downhill.landscape.Window;
import org.downhill.render.SegmentClipper;

/**
 * A run's path in a {@link SurfaceBox} as a chain of thin tubes riding just above the surface,
 * with the scene position of every row it reaches inside the box (for the ball at the playhead).
 *
 * <p>Row k sits at
 * <pre>
 *   c(k) = (X(x_k), {@link SurfaceMesh#visibleY}(x_k, y_k, f_k) - LIFT, Z(y_k))
 * </pre>
 * on the loss or on the drawn mesh, whichever is higher, lifted by {@value #LIFT}. The path is followed while it stays in the window with a
 * loss that is not NaN; the segment on which it leaves is cut at the window's edge, where it ends
 * at the exit point (its height from the landscape's value there, clamped to the top of the box:
 * a diverging run climbs to the box's edge and is marked there).
 *
 * <p>Rows closer than {@value #SPACING} scene units to the last one kept are skipped, so that
 * 20,000 steps that settle in a minimum cost a handful of segments; the last row inside is always
 * kept. Each pair of consecutive kept points (rings) becomes a cylinder of {@value #SIDES} sides
 * and radius {@value #RADIUS}, 2 x SIDES points and 2 x SIDES triangles, its cross section
 * perpendicular to the segment; segments are in path order, so the part up to a row is a prefix
 * of the faces ({@link #faceCountUpTo}).
 *
 * <p>A step whose straight chord would pass under the surface (a large step across a ridge or out
 * of a well) is drawn as a jump: an arc above the surface from where it starts to where it lands,
 * never a tube through the ground (see {@link Jumps}). Immutable.
 */
public final class PathTube {
    /** The sides of a tube segment. */
    public static final int SIDES = 8;
    /** The radius of the tube, in scene units. */
    public static final double RADIUS = 1.6;
    /** How far the centre line lies above the surface, in scene units. */
    public static final double LIFT = 2.6;
    /** The shortest segment kept, in scene units. */
    public static final double SPACING = 1.0;
    /** The rings of a jump: segments of the arc that replaces a step cutting through the surface. */
    public static final int ARC_RINGS = 16;
    /** How far apart, in scene units, a step's chord is checked against the surface. */
    public static final double ARC_SAMPLE = 2.0;
    /** The clearance of a jump above the surface at its closest, in tube radii. */
    public static final double ARC_CLEARANCE = 2.0;

    private final MeshData mesh;
    private final int[] ringRows;
    private final double[] ringCentres;
    private final double[] rowCentres;
    private final int insideRows;
    private final double[] exit;

    private PathTube(MeshData mesh, int[] ringRows, double[] ringCentres, double[] rowCentres, int insideRows,
                     double[] exit) {
        this.mesh = mesh;
        this.ringRows = ringRows;
        this.ringCentres = ringCentres;
        this.rowCentres = rowCentres;
        this.insideRows = insideRows;
        this.exit = exit;
    }

    /** The tube of a path over a surface (whose landscape gives the height of the exit point). */
    public static PathTube of(RunPath path, Surface surface) {
        SurfaceBox box = surface.box();
        SurfaceMesh mesh = surface.mesh();
        Window w = box.window();
        int rows = path.rows();
        double[] centres = new double[3 * rows];
        int inside = 0;
        while (inside < rows && w.contains(path.x()[inside], path.y()[inside]) && !Double.isNaN(path.loss()[inside])) {
            double x = path.x()[inside];
            double y = path.y()[inside];
            centre(centres, inside, box, mesh, x, y, path.loss()[inside]);
            inside++;
        }
        double[] exit = null;
        if (inside > 0 && inside < rows) {
            SegmentClipper clipper = new SegmentClipper();
            clipper.setBounds(w.xMin(), w.yMin(), w.xMax(), w.yMax());
            double x0 = path.x()[inside - 1];
            double y0 = path.y()[inside - 1];
            exit = new double[3];
            if (clipper.clip(x0, y0, path.x()[inside], path.y()[inside])) {
                double ex = clipper.x1();
                double ey = clipper.y1();
                double f = surface.spec().landscape().value(ex, ey);
                centre(exit, 0, box, mesh, ex, ey, Double.isNaN(f) ? Double.POSITIVE_INFINITY : f);
            } else {
                System.arraycopy(centres, 3 * (inside - 1), exit, 0, 3);
            }
        }
        int[] kept = rings(centres, inside, exit != null);
        double[] keptPoints = new double[3 * kept.length];
        for (int r = 0; r < kept.length; r++) {
            System.arraycopy(kept[r] < inside ? centres : exit, kept[r] < inside ? 3 * kept[r] : 0,
                    keptPoints, 3 * r, 3);
        }
        Jumps jumps = Jumps.of(keptPoints, kept, box, mesh);
        return new PathTube(tubes(jumps.points, jumps.rows.length), jumps.rows, jumps.points,
                Arrays.copyOf(centres, 3 * inside), inside, exit);
    }

    /**
     * The rings with every step whose straight chord would pass under the surface (its centre
     * line closer than {@value #RADIUS} to the ground) replaced by a jump: {@value #ARC_RINGS} rings along the chord raised by
     * H 4t(1 - t) at t = i / ARC_RINGS, with H the least lift that clears the surface at every
     * sample of the step (every {@value #ARC_SAMPLE} scene units) plus {@value #ARC_CLEARANCE}
     * times the tube's radius. The inserted rings carry the row of the step's end, so a jump is
     * drawn whole once the playhead reaches the row where it lands.
     */
    private record Jumps(double[] points, int[] rows) {
        static Jumps of(double[] rings, int[] rows, SurfaceBox box, SurfaceMesh mesh) {
            double[] points = new double[rings.length];
            int[] outRows = new int[rows.length];
            int n = 0;
            for (int r = 0; r < rows.length; r++) {
                if (r > 0) {
                    double lift = jumpHeight(rings, r - 1, box, mesh);
                    if (lift > 0) {
                        int grow = ARC_RINGS - 1;
                        points = Arrays.copyOf(points, points.length + 3 * grow);
                        outRows = Arrays.copyOf(outRows, outRows.length + grow);
                        for (int i = 1; i < ARC_RINGS; i++) {
                            double t = (double) i / ARC_RINGS;
                            for (int c = 0; c < 3; c++) {
                                points[3 * n + c] = rings[3 * (r - 1) + c] + t * (rings[3 * r + c] - rings[3 * (r - 1) + c]);
                            }
                            points[3 * n + 1] -= lift * 4 * t * (1 - t);
                            outRows[n++] = rows[r];
                        }
                    }
                }
                System.arraycopy(rings, 3 * r, points, 3 * n, 3);
                outRows[n++] = rows[r];
            }
            return new Jumps(points, outRows);
        }

        /** H for the step from ring a to ring a + 1, or 0 if its chord stays above the surface. */
        private static double jumpHeight(double[] rings, int a, SurfaceBox box, SurfaceMesh mesh) {
            double x0 = rings[3 * a];
            double y0 = rings[3 * a + 1];
            double z0 = rings[3 * a + 2];
            double dx = rings[3 * a + 3] - x0;
            double dy = rings[3 * a + 4] - y0;
            double dz = rings[3 * a + 5] - z0;
            int samples = (int) Math.min(4096, Math.ceil(Math.hypot(dx, dz) / ARC_SAMPLE));
            double needed = 0;
            for (int i = 1; i < samples; i++) {
                double t = (double) i / samples;
                double ground = mesh.heightAt(box.worldX(x0 + t * dx), box.worldY(z0 + t * dz));
                double below = (y0 + t * dy) - (ground - RADIUS);
                if (below > 0) {
                    needed = Math.max(needed, below / (4 * t * (1 - t)));
                }
            }
            return needed > 0 ? needed + ARC_CLEARANCE * RADIUS : 0;
        }
    }

    private static void centre(double[] out, int row, SurfaceBox box, SurfaceMesh mesh, double x, double y,
                               double f) {
        out[3 * row] = box.sceneX(x);
        out[3 * row + 1] = mesh.visibleY(box, x, y, f) - LIFT;
        out[3 * row + 2] = box.sceneZ(y);
    }

    /** The rows kept as rings: thinned to SPACING, the last inside row always, then the exit (row = inside). */
    private static int[] rings(double[] centres, int inside, boolean exits) {
        int[] kept = new int[inside + 1];
        int n = 0;
        for (int k = 0; k < inside; k++) {
            if (n == 0 || k == inside - 1 || distance(centres, k, kept[n - 1]) >= SPACING) {
                kept[n++] = k;
            }
        }
        if (exits) {
            kept[n++] = inside;
        }
        return Arrays.copyOf(kept, n);
    }

    private static double distance(double[] centres, int a, int b) {
        double dx = centres[3 * a] - centres[3 * b];
        double dy = centres[3 * a + 1] - centres[3 * b + 1];
        double dz = centres[3 * a + 2] - centres[3 * b + 2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** One cylinder per pair of consecutive rings. */
    private static MeshData tubes(double[] rings, int count) {
        int segments = Math.max(0, count - 1);
        float[] points = new float[segments * 2 * SIDES * 3];
        int[] faces = new int[segments * 2 * SIDES * 6];
        double[] cos = new double[SIDES];
        double[] sin = new double[SIDES];
        for (int j = 0; j < SIDES; j++) {
            cos[j] = Math.cos(2 * Math.PI * j / SIDES) * RADIUS;
            sin[j] = Math.sin(2 * Math.PI * j / SIDES) * RADIUS;
        }
        double[] n = new double[3];
        double[] b = new double[3];
        int p = 0;
        int f = 0;
        for (int s = 0; s < segments; s++) {
            frame(rings, s, n, b);
            int base = p / 3;
            for (int end = 0; end < 2; end++) {
                int c = 3 * (s + end);
                for (int j = 0; j < SIDES; j++) {
                    points[p++] = (float) (rings[c] + cos[j] * n[0] + sin[j] * b[0]);
                    points[p++] = (float) (rings[c + 1] + cos[j] * n[1] + sin[j] * b[1]);
                    points[p++] = (float) (rings[c + 2] + cos[j] * n[2] + sin[j] * b[2]);
                }
            }
            for (int j = 0; j < SIDES; j++) {
                int a0 = base + j;
                int a1 = base + (j + 1) % SIDES;
                int b0 = a0 + SIDES;
                int b1 = a1 + SIDES;
                f = face(faces, f, a0, b0, a1);
                f = face(faces, f, a1, b0, b1);
            }
        }
        return new MeshData(points, new float[] {0, 0}, faces);
    }

    /** Two unit vectors n, b perpendicular to segment s and to each other. */
    private static void frame(double[] rings, int s, double[] n, double[] b) {
        int a = 3 * s;
        across(rings[a + 3] - rings[a], rings[a + 4] - rings[a + 1], rings[a + 5] - rings[a + 2], n, b);
    }

    /**
     * Two unit vectors n, b perpendicular to the direction (dx, dy, dz) and to each other, for the
     * rings of tubes and cones: n = d x (0, 1, 0), or d x (1, 0, 0) for a near-vertical d, and
     * b = d x n; any pair for a zero direction.
     */
    static void across(double dx, double dy, double dz, double[] n, double[] b) {
        double length = Math.sqrt(dx * dx + dy * dy + dz * dz);
        if (!(length > 0)) {
            n[0] = 1;
            n[1] = 0;
            n[2] = 0;
            b[0] = 0;
            b[1] = 0;
            b[2] = 1;
            return;
        }
        dx /= length;
        dy /= length;
        dz /= length;
        double nx = -dz;
        double ny = 0;
        double nz = dx;
        if (Math.abs(dy) > 0.9) {
            nx = 0;
            ny = dz;
            nz = -dy;
        }
        double nl = Math.sqrt(nx * nx + ny * ny + nz * nz);
        n[0] = nx / nl;
        n[1] = ny / nl;
        n[2] = nz / nl;
        b[0] = dy * n[2] - dz * n[1];
        b[1] = dz * n[0] - dx * n[2];
        b[2] = dx * n[1] - dy * n[0];
    }

    private static int face(int[] faces, int at, int p0, int p1, int p2) {
        faces[at] = p0;
        faces[at + 2] = p1;
        faces[at + 4] = p2;
        return at + 6;
    }

    /** The tube segments as mesh arrays; one texture coordinate (0, 0), the colour is the material's. */
    public MeshData mesh() {
        return mesh;
    }

    /**
     * The triangles of the segments that end at or before a row: the part of the path done at a
     * playhead there. 2 SIDES (r - 1) for the r rings at rows up to {@code row}; the exit ring
     * counts as the row after the last one inside.
     */
    public int faceCountUpTo(int row) {
        int lo = 0;
        int hi = ringRows.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ringRows[mid] <= row) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return 2 * SIDES * Math.max(0, lo - 1);
    }

    /** The number of rings (kept rows, the rings of jumps and the exit). */
    public int ringCount() {
        return ringRows.length;
    }

    /** The row of ring r; a jump's rings have the row it lands on, the exit ring the row after the last one inside. */
    public int ringRow(int r) {
        return ringRows[r];
    }

    /** The scene position of ring r's centre, {x, y, z}: the tube's centre line runs through them (jumps included). */
    public double[] ringCentre(int r) {
        return Arrays.copyOfRange(ringCentres, 3 * r, 3 * r + 3);
    }

    /** The rows followed inside the box: 0 .. insideRows() - 1. */
    public int insideRows() {
        return insideRows;
    }

    /**
     * The scene position of row k's point on the path, {x, y, z}; for a row beyond the box, the
     * exit point, or the last point inside if the path never left; null for an empty path.
     */
    public double[] position(int k) {
        if (insideRows == 0) {
            return null;
        }
        if (k >= insideRows && exit != null) {
            return exit.clone();
        }
        int row = Math.max(0, Math.min(insideRows - 1, k));
        return Arrays.copyOfRange(rowCentres, 3 * row, 3 * row + 3);
    }

    /** Whether the path leaves the box (at row {@link #insideRows()}). */
    public boolean leavesBox() {
        return exit != null;
    }
}
