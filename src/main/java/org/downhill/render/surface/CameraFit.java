package org.downhill.render.surface;

import java.util.List;

/**
 * Chooses the orbit camera's angles from the runs: the view from which the surface hides the
 * least of their paths. A camera orbiting {@code target} at {@code distance} with yaw a and pitch
 * p (degrees; p from 0, level, to -90, straight down) sits at
 * <pre>
 *   C = target + (-D cos p sin a,  D sin p,  -D cos p cos a)
 * </pre>
 * in the scene's coordinates (Y down), as JavaFX places a camera at (0, 0, -D) rotated by p about
 * X, then by a about Y. A point P of a path is hidden when the segment from P towards C passes
 * under the surface ({@link SurfaceMesh#heightAt}, checked every {@value #MARCH} scene units while
 * it is over the box and below its top). Every candidate view ({@link #YAWS} x {@link #PITCHES})
 * gets a score, per run: the share of {@value #SAMPLES} points spread along its path that are
 * seen, plus {@value #END_WEIGHT} if its last point (where it ends: a minimum, a well, the exit)
 * is seen and 1 if its start is; plus, for the landscape itself, {@value #SURFACE_WEIGHT} times
 * the share of {@value #SURFACE_SAMPLES} x {@value #SURFACE_SAMPLES} points of the surface that
 * are seen, counted as whole from {@value #SURFACE_ENOUGH} on (a steep near wall can turn its grey
 * side to the camera and hide half the valley from a low view, with the paths still in sight; a
 * bowl seen mostly keeps the preferred view). The best score wins, and among views within 1e-9 of it
 * the one nearest the preferred view (the sum of the angles' differences). Pure; cheap enough for
 * the 3D view's worker (about 50,000 points checked).
 */
public final class CameraFit {
    /** The yaws tried, degrees. */
    public static final double[] YAWS = {35, 65, 95, 125, 155, 185, 215, 245, 275, 305, 335, 5};
    /** The pitches tried, degrees. */
    public static final double[] PITCHES = {-32, -45, -60};
    /** Points sampled along each path. */
    public static final int SAMPLES = 40;
    /** The weight of a path's last point. */
    public static final double END_WEIGHT = 3;
    /** The step of the march towards the camera, scene units. */
    public static final double MARCH = 2;
    /** The weight of the share of the surface seen: less than a single run's start. */
    public static final double SURFACE_WEIGHT = 0.75;
    /** The share of the surface seen from which a view counts as showing all of it. */
    public static final double SURFACE_ENOUGH = 0.7;
    /** Surface points sampled along each side of the window. */
    public static final int SURFACE_SAMPLES = 12;
    /** How far above the surface a sampled point is looked at from, scene units. */
    private static final double LIFT = 0.5;

    /**
     * A view: yaw and pitch in degrees.
     *
     * @param yaw   about the vertical axis
     * @param pitch from 0 (level) to -90 (straight down)
     */
    public record View(double yaw, double pitch) {
    }

    private CameraFit() {
    }

    /**
     * The view that shows the most of the paths (see the class comment); {@code preferred} when
     * there are no paths or it is as good as any.
     *
     * @param paths    the runs' tubes over this surface
     * @param target   the point the camera looks at, {x, y, z}
     * @param distance the camera's distance from the target
     */
    public static View choose(Surface surface, List<PathTube> paths, double[] target, double distance,
                              View preferred) {
        View best = preferred;
        double bestScore = score(surface, paths, target, distance, preferred);
        for (double pitch : PITCHES) {
            for (double yaw : YAWS) {
                View v = new View(yaw, pitch);
                double s = score(surface, paths, target, distance, v);
                if (s > bestScore + 1e-9 || (s > bestScore - 1e-9 && farness(v, preferred) < farness(best, preferred))) {
                    best = v;
                    bestScore = Math.max(s, bestScore);
                }
            }
        }
        return best;
    }

    /**
     * The score of a view: per run, the share of its samples seen, END_WEIGHT for its end and 1 for
     * its start; and SURFACE_WEIGHT times the share of the surface seen (whole from SURFACE_ENOUGH).
     */
    public static double score(Surface surface, List<PathTube> paths, double[] target, double distance, View view) {
        double[] camera = position(target, distance, view);
        double total = SURFACE_WEIGHT * Math.min(1, surfaceSeen(surface, camera) / SURFACE_ENOUGH);
        for (PathTube tube : paths) {
            int rows = tube.insideRows() + (tube.leavesBox() ? 1 : 0);
            if (rows == 0) {
                continue;
            }
            int seen = 0;
            for (int i = 0; i < SAMPLES; i++) {
                if (visible(surface, tube.position((int) ((long) i * (rows - 1) / (SAMPLES - 1))), camera)) {
                    seen++;
                }
            }
            total += (double) seen / SAMPLES;
            total += visible(surface, tube.position(rows - 1), camera) ? END_WEIGHT : 0;
            total += visible(surface, tube.position(0), camera) ? 1 : 0;
        }
        return total;
    }

    /** The share of the sampled surface points seen from the camera (points over holes not counted). */
    static double surfaceSeen(Surface surface, double[] camera) {
        SurfaceBox box = surface.box();
        int seen = 0;
        int sampled = 0;
        for (int j = 0; j < SURFACE_SAMPLES; j++) {
            double z = box.halfDepth() * (2 * (j + 0.5) / SURFACE_SAMPLES - 1);
            for (int i = 0; i < SURFACE_SAMPLES; i++) {
                double x = box.halfWidth() * (2 * (i + 0.5) / SURFACE_SAMPLES - 1);
                double y = surface.mesh().heightAt(box.worldX(x), box.worldY(z));
                if (Double.isNaN(y)) {
                    continue;
                }
                sampled++;
                if (visible(surface, new double[] {x, y - LIFT, z}, camera)) {
                    seen++;
                }
            }
        }
        return sampled == 0 ? 1 : (double) seen / sampled;
    }

    /** The camera's position for a view, {x, y, z} (see the class comment). */
    public static double[] position(double[] target, double distance, View view) {
        double a = Math.toRadians(view.yaw());
        double p = Math.toRadians(view.pitch());
        return new double[] {target[0] - distance * Math.cos(p) * Math.sin(a), target[1] + distance * Math.sin(p),
            target[2] - distance * Math.cos(p) * Math.cos(a)};
    }

    /**
     * Whether the segment from a point to the camera stays above the surface: false if, over the
     * box and below its top, it passes under the mesh.
     */
    public static boolean visible(Surface surface, double[] point, double[] camera) {
        SurfaceBox box = surface.box();
        double dx = camera[0] - point[0];
        double dy = camera[1] - point[1];
        double dz = camera[2] - point[2];
        double length = Math.sqrt(dx * dx + dy * dy + dz * dz);
        if (!(length > 0)) {
            return true;
        }
        double top = box.top();
        for (double s = MARCH; s < length; s += MARCH) {
            double y = point[1] + dy * s / length;
            if (y < top) {
                return true;
            }
            double x = point[0] + dx * s / length;
            double z = point[2] + dz * s / length;
            if (Math.abs(x) > box.halfWidth() || Math.abs(z) > box.halfDepth()) {
                return true;
            }
            double ground = surface.mesh().heightAt(box.worldX(x), box.worldY(z));
            if (y > ground) {
                return false;
            }
        }
        return true;
    }

    private static double farness(View a, View b) {
        double yaw = Math.abs(((a.yaw() - b.yaw()) % 360 + 540) % 360 - 180);
        return yaw + Math.abs(a.pitch() - b.pitch());
    }
}
