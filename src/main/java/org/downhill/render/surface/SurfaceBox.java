package org.downhill.render.surface;

import org.downhill.landscape.Window;
import org.downhill.render.ValueScale;

/**
 * The box a 3D view draws a landscape in: the map from a point (x, y) of the plane with loss f to
 * scene coordinates in JavaFX's convention (X right, Y down, Z away from the viewer):
 * <pre>
 *   k      = SIZE / max(width, height)                 (the window keeps its shape)
 *   X(x)   = (x - (xMin + xMax)/2) k                   in [-halfWidth, halfWidth]
 *   Z(y)   = (y - (yMin + yMax)/2) k                   in [-halfDepth, halfDepth], y grows away
 *   Y(f)   = -HEIGHT e clamp(h(f), 0, 1)               in [top, 0], higher loss higher up
 * </pre>
 * where e is the height exaggeration and h the height scale: the {@link ValueScale} u of the 2D
 * colours when it is linear; when it is logarithmic, the same scale with a gentler log
 * ({@link ValueScale#withLogOffset}, offset {@value #HEIGHT_LOG_OFFSET} of the range instead of
 * the colours' {@value ValueScale#LOG_OFFSET_FRACTION}). The colours' log gives half the colours
 * to the lowest 1% of the range, which reads well as colour but as height digs a deep narrow crease
 * along a valley floor (Rosenbrock's), hiding the paths in it; the gentler log keeps the floor a
 * floor and the walls' decades apart. Colours (the texture) always follow u. Loss below the scale's lo lies on the bottom (Y = 0), above its hi (the robust
 * top, see {@link ValueScale#fit}) and +infinity on the top; NaN has no height. The floor, where
 * contour lines are drawn, lies {@link #FLOOR_GAP} below the bottom so that it never touches the
 * surface. Immutable.
 */
public final class SurfaceBox {
    /** The longer side of the footprint, in scene units. */
    public static final double SIZE = 400;
    /** The height of the box at exaggeration 1, in scene units. */
    public static final double HEIGHT = 180;
    /** How far the floor lies below the lowest point of the surface, in scene units. */
    public static final double FLOOR_GAP = 24;
    /** The log offset of the height scale as a fraction of the range (see the class comment). */
    public static final double HEIGHT_LOG_OFFSET = 0.01;
    /** The smallest height exaggeration. */
    public static final double MIN_EXAGGERATION = 0.1;
    /** The largest height exaggeration. */
    public static final double MAX_EXAGGERATION = 4;

    private final Window window;
    private final ValueScale scale;
    private final ValueScale heightScale;
    private final double exaggeration;
    private final double unitsPerWorld;
    private final double cx;
    private final double cy;

    private SurfaceBox(Window window, ValueScale scale, double exaggeration) {
        this.window = window;
        this.scale = scale;
        this.heightScale = scale.withLogOffset(HEIGHT_LOG_OFFSET);
        this.exaggeration = exaggeration;
        this.unitsPerWorld = SIZE / Math.max(window.width(), window.height());
        this.cx = window.xMin() + window.width() / 2;
        this.cy = window.yMin() + window.height() / 2;
    }

    /**
     * The box over a window with heights from a value scale.
     *
     * @param exaggeration clamped to [{@value #MIN_EXAGGERATION}, {@value #MAX_EXAGGERATION}]; NaN means 1
     * @throws IllegalArgumentException if window or scale is null
     */
    public static SurfaceBox of(Window window, ValueScale scale, double exaggeration) {
        if (window == null || scale == null) {
            throw new IllegalArgumentException("a surface box needs a window and a value scale");
        }
        return new SurfaceBox(window, scale, clampExaggeration(exaggeration));
    }

    /** e clamped to [{@value #MIN_EXAGGERATION}, {@value #MAX_EXAGGERATION}], NaN taken as 1. */
    public static double clampExaggeration(double e) {
        return Double.isNaN(e) ? 1 : Math.max(MIN_EXAGGERATION, Math.min(MAX_EXAGGERATION, e));
    }

    /** The window of the plane the box covers. */
    public Window window() {
        return window;
    }

    /** The scale that maps loss to colour, u, as in 2D. */
    public ValueScale scale() {
        return scale;
    }

    /** The scale that maps loss to height, h (see the class comment). */
    public ValueScale heightScale() {
        return heightScale;
    }

    /** The height exaggeration e. */
    public double exaggeration() {
        return exaggeration;
    }

    /** X(x) = (x - centre x) k. */
    public double sceneX(double x) {
        return (x - cx) * unitsPerWorld;
    }

    /** Z(y) = (y - centre y) k. */
    public double sceneZ(double y) {
        return (y - cy) * unitsPerWorld;
    }

    /** Y(f) = -HEIGHT e clamp(h(f), 0, 1); NaN for NaN. */
    public double sceneY(double f) {
        return -HEIGHT * exaggeration * heightUnit(f);
    }

    /** clamp(u(f), 0, 1): the colour as a fraction of the colour map, NaN for NaN. */
    public double unit(double f) {
        return clampUnit(scale.toUnit(f));
    }

    /** clamp(h(f), 0, 1): the height as a fraction of the box's, NaN for NaN. */
    public double heightUnit(double f) {
        return clampUnit(heightScale.toUnit(f));
    }

    /** The inverse of X: the x of the plane at scene X. */
    public double worldX(double sceneX) {
        return cx + sceneX / unitsPerWorld;
    }

    /** The inverse of Z: the y of the plane at scene Z. */
    public double worldY(double sceneZ) {
        return cy + sceneZ / unitsPerWorld;
    }

    private static double clampUnit(double u) {
        return Double.isNaN(u) ? Double.NaN : Math.max(0, Math.min(1, u));
    }

    /** Half the footprint's extent along X. */
    public double halfWidth() {
        return window.width() * unitsPerWorld / 2;
    }

    /** Half the footprint's extent along Z. */
    public double halfDepth() {
        return window.height() * unitsPerWorld / 2;
    }

    /** The Y of the top of the box, -HEIGHT e. */
    public double top() {
        return -HEIGHT * exaggeration;
    }

    /** The Y of the floor, {@value #FLOOR_GAP} below the bottom (Y = 0). */
    public double floor() {
        return FLOOR_GAP;
    }
}
