package org.downhill.ui.surface;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.PerspectiveCamera;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;
import org.downhill.render.surface.CameraFit;
import org.downhill.render.surface.CameraFrame;

/**
 * A camera that circles a target point: yaw about the vertical axis, pitch from level (0) to
 * straight down (-90 degrees), distance from the target, and a pan that moves the target.
 * The camera sits at (0, 0, -distance) in a rig transformed by translate(target), rotate(yaw, Y),
 * rotate(pitch, X), so it always looks at the target.
 *
 * <p>The default view is chosen from the runs ({@link CameraFit}): {@link #fit} sets it, {@link #reset}
 * returns to it. Until the user moves the camera, its target and distance frame the box with its
 * labels ({@link CameraFrame}, {@link #frame}) for the picture's shape.
 *
 * <p>Mouse: dragging with the left button orbits; with the right (or middle) button, or with Shift,
 * it pans; the wheel zooms. {@link #changed} tells the view when to move its 2D labels.
 */
final class OrbitCamera {
    /** The preset views. */
    enum Preset {
        /** Straight down, x to the right and y up as in 2D. */
        TOP(0, -90),
        /** Level, looking along +y. */
        FRONT(0, -4),
        /** Level, looking along -x. */
        SIDE(-90, -4),
        /** From the front left, above: the default. */
        THREE_QUARTER(35, -32);

        final double yaw;
        final double pitch;

        Preset(double yaw, double pitch) {
            this.yaw = yaw;
            this.pitch = pitch;
        }

        /** The preset's angles. */
        CameraFit.View view() {
            return new CameraFit.View(yaw, pitch);
        }
    }

    static final double DEFAULT_DISTANCE = 1050;
    /** The vertical field of view, degrees. */
    private static final double FIELD_OF_VIEW = 30;
    /** The share of the picture's half width left free left and right of the framed box: room for the colour bar. */
    private static final double FRAME_MARGIN_X = 0.16;
    /** The share of the picture's half height left free above and below the framed box. */
    private static final double FRAME_MARGIN_Y = 0.06;
    /** The point the camera looks at after a reset, {x, y, z}. */
    static final double[] DEFAULT_TARGET = {0, -40, 0};
    private static final double MIN_DISTANCE = 150;
    private static final double MAX_DISTANCE = 5000;
    /** Degrees of yaw per second while auto-rotating. */
    private static final double AUTO_ROTATE_SPEED = 8;
    /** Degrees per pixel dragged. */
    private static final double ORBIT_SPEED = 0.35;

    private final PerspectiveCamera camera = new PerspectiveCamera(true);
    private final Group rig = new Group(camera);
    private final Translate target = new Translate();
    private final Rotate yaw = new Rotate(0, Rotate.Y_AXIS);
    private final Rotate pitch = new Rotate(0, Rotate.X_AXIS);
    private double lastX;
    private double lastY;
    private boolean changed = true;
    /** The angles a reset turns to: the runs' best view ({@link #fit}), or the three-quarter view. */
    private CameraFit.View fitted = Preset.THREE_QUARTER.view();
    /** Whether the user has not moved the camera since the last reset, so a new fit may turn it. */
    private boolean untouched = true;
    /** The points the untouched camera keeps in its picture ({@link CameraFrame}), or null before any. */
    private double[][] framed;
    /** The picture's width over its height. */
    private double aspect = 16.0 / 9;

    OrbitCamera() {
        camera.setNearClip(2);
        camera.setFarClip(20000);
        camera.setFieldOfView(FIELD_OF_VIEW);
        rig.getTransforms().addAll(target, yaw, pitch);
        reset();
    }

    /** The camera, for the sub-scene. */
    PerspectiveCamera camera() {
        return camera;
    }

    /** The rig holding the camera, to add to the scene graph (lights may ride along). */
    Group rig() {
        return rig;
    }

    /** Turns to a preset view, keeping the distance and the pan. */
    void show(Preset preset) {
        turn(preset.view());
        untouched = false;
    }

    private void turn(CameraFit.View view) {
        yaw.setAngle(view.yaw());
        pitch.setAngle(view.pitch());
        changed = true;
    }

    /**
     * The runs' best view ({@link #fit}; the three-quarter view before any), framing the box
     * ({@link #frame}; before any, the default distance, centred).
     */
    void reset() {
        turn(fitted);
        target.setX(DEFAULT_TARGET[0]);
        target.setY(DEFAULT_TARGET[1]);
        target.setZ(DEFAULT_TARGET[2]);
        camera.setTranslateZ(-DEFAULT_DISTANCE);
        untouched = true;
        reframe();
    }

    /**
     * Keeps these points (the box with its labels, {@link CameraFrame#points}) filling the picture
     * while the user has not moved the camera: the target and distance follow the angles and the
     * picture's shape.
     */
    void frame(double[][] points) {
        framed = points.clone();
        reframe();
    }

    /** The picture's width over its height (the frame follows it while the camera is untouched). */
    void setAspect(double widthOverHeight) {
        if (widthOverHeight > 0 && Double.isFinite(widthOverHeight) && widthOverHeight != aspect) {
            aspect = widthOverHeight;
            reframe();
        }
    }

    private void reframe() {
        if (!untouched || framed == null) {
            return;
        }
        CameraFrame f = CameraFrame.of(framed, new CameraFit.View(yaw.getAngle(), pitch.getAngle()), FIELD_OF_VIEW,
                aspect, FRAME_MARGIN_X, FRAME_MARGIN_Y);
        target.setX(f.target()[0]);
        target.setY(f.target()[1]);
        target.setZ(f.target()[2]);
        camera.setTranslateZ(-Math.max(MIN_DISTANCE, Math.min(MAX_DISTANCE, f.distance())));
        changed = true;
    }

    /**
     * Takes the angles that show the runs best as the view of {@link #reset}, and, if asked
     * ({@code turnNow}, for a new landscape or window: not while a slider is dragged), turns to
     * them now unless the user has moved the camera since the last reset.
     */
    void fit(CameraFit.View view, boolean turnNow) {
        fitted = view;
        if (turnNow && untouched) {
            turn(view);
            reframe();
        }
    }

    /** Turns about the vertical axis by the degrees due after {@code seconds} of auto-rotation. */
    void autoRotate(double seconds) {
        if (seconds > 0 && seconds < 1) {
            untouched = false;
            yaw.setAngle((yaw.getAngle() + AUTO_ROTATE_SPEED * seconds) % 360);
            changed = true;
        }
    }

    /** +1 if the camera is on the +X side of the target, else -1 (for pitch above level). */
    int sideX() {
        return -Math.sin(Math.toRadians(yaw.getAngle())) >= 0 ? 1 : -1;
    }

    /** +1 if the camera is on the +Z side of the target, else -1 (for pitch above level). */
    int sideZ() {
        return -Math.cos(Math.toRadians(yaw.getAngle())) >= 0 ? 1 : -1;
    }

    /** Whether the camera moved since the last call; clears the flag. */
    boolean changed() {
        boolean was = changed;
        changed = false;
        return was;
    }

    /** Lets the mouse move the camera when it acts on {@code surface}. */
    void install(Node surface) {
        surface.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            lastX = e.getX();
            lastY = e.getY();
        });
        surface.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        surface.addEventHandler(ScrollEvent.SCROLL, this::zoom);
    }

    private void drag(MouseEvent e) {
        double dx = e.getX() - lastX;
        double dy = e.getY() - lastY;
        lastX = e.getX();
        lastY = e.getY();
        if (e.getButton() == MouseButton.PRIMARY && !e.isShiftDown()) {
            yaw.setAngle(yaw.getAngle() + dx * ORBIT_SPEED);
            pitch.setAngle(Math.max(-90, Math.min(0, pitch.getAngle() - dy * ORBIT_SPEED)));
        } else {
            pan(dx, dy);
        }
        untouched = false;
        changed = true;
        e.consume();
    }

    /** Moves the target against the drag, in the camera's screen plane, so the scene follows the mouse. */
    private void pan(double dx, double dy) {
        double perPixel = -camera.getTranslateZ() / 700;
        double a = Math.toRadians(yaw.getAngle());
        double p = Math.toRadians(pitch.getAngle());
        // the camera's right (1, 0, 0) and down (0, 1, 0) axes after pitch about X, then yaw about Y
        double rightX = Math.cos(a);
        double rightZ = -Math.sin(a);
        double downX = Math.sin(a) * Math.sin(p);
        double downY = Math.cos(p);
        double downZ = Math.cos(a) * Math.sin(p);
        target.setX(target.getX() - (dx * rightX + dy * downX) * perPixel);
        target.setY(target.getY() - dy * downY * perPixel);
        target.setZ(target.getZ() - (dx * rightZ + dy * downZ) * perPixel);
    }

    private void zoom(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        double distance = -camera.getTranslateZ() * Math.pow(1.002, -e.getDeltaY());
        camera.setTranslateZ(-Math.max(MIN_DISTANCE, Math.min(MAX_DISTANCE, distance)));
        untouched = false;
        changed = true;
        e.consume();
    }
}
