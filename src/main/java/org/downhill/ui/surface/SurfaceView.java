package org.downhill.ui.surface;

import java.util.concurrent.Executor;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Transform;
import org.downhill.ui.Theme;
import org.downhill.ui.model.LabViewModel;

/**
 * The 3D view: the lab's landscape over its current window as a shaded surface, its height the
 * loss scaled as the 2D colours are (linearly or logarithmically, {@code ViewOptions.logScale})
 * times a height exaggeration, coloured with the same colour map; contour lines on the floor,
 * axis labels, the known minima, and every visible run as a tube riding on the surface up to the
 * playhead with a ball at the current position. A run that leaves the window ends at the box's
 * edge with a marker and a note ("Diverged at step k").
 *
 * <p>Use: construct with the lab and the window's background worker (a single daemon thread);
 * call {@link #pulse} from the window's animation timer every frame. The mesh, the tubes and all
 * scaling are computed on the worker by the JavaFX-free {@code org.downhill.render.surface}
 * package; the FX thread swaps arrays in. A change of colour map repaints a 256-texel palette
 * only; a change of scaling or exaggeration recomputes heights without resampling.
 *
 * <p>Mouse: drag to orbit, Shift-drag or right-drag to pan, wheel to zoom; the control strip has
 * the preset views, reset and auto-rotation. Where the graphics system has no 3D
 * ({@code ConditionalFeature.SCENE3D}, e.g. headless or a blacklisted GPU driver), the view shows
 * {@link #UNAVAILABLE} instead and does nothing else.
 */
public final class SurfaceView extends StackPane {
    /** What the view says where 3D is not supported. */
    public static final String UNAVAILABLE =
            "3D is not available on this graphics system; the 2D view works as usual.";
    private static final double MAX_SNAPSHOT_SCALE = 8;

    private final SurfaceOptions options = new SurfaceOptions();
    private final ReadOnlyBooleanWrapper built = new ReadOnlyBooleanWrapper();
    private final LabViewModel lab;
    private final Executor worker;
    private final boolean supported;
    /** The 3D scene, built at the first pulse: a window that starts in 2D does not wait for it. */
    private SurfacePane pane;

    /**
     * A 3D view of a lab.
     *
     * @param worker runs the surface and tube computations, e.g. the window's single background thread
     */
    public SurfaceView(LabViewModel lab, Executor worker) {
        this.lab = lab;
        this.worker = worker;
        setId("surface-view");
        getStyleClass().add("surface-view");
        supported = Platform.isSupported(ConditionalFeature.SCENE3D);
        if (!supported) {
            Label message = new Label(UNAVAILABLE);
            message.setId("surface-unavailable");
            message.getStyleClass().add("surface-message");
            message.setWrapText(true);
            getChildren().add(message);
        }
    }

    /** Whether this view draws in 3D (false where the graphics system has no 3D). */
    public boolean is3D() {
        return supported;
    }

    /**
     * Whether the picture shows the surface and tubes of the lab's current landscape, window and
     * runs: false from a change until the background work for it is in the scene (false before the
     * first pulse, and always without 3D). A figure of the view waits for it, and for a frame drawn
     * after it.
     */
    public ReadOnlyBooleanProperty builtProperty() {
        return built.getReadOnlyProperty();
    }

    /**
     * The diamonds shown where a run's settings changed, by scene point, each with whether the
     * playhead has passed it; none before the 3D scene is built.
     */
    java.util.Map<javafx.geometry.Point3D, Boolean> changeMarks() {
        return pane == null ? java.util.Map.of() : pane.changeMarks();
    }

    /** The 3D view's own settings: quality, exaggeration, wireframe, floor contours, auto-rotation. */
    public SurfaceOptions options() {
        return options;
    }

    /**
     * Does what changed since the last frame; call once per frame on the FX thread, while the view
     * is shown. The first call builds the 3D scene.
     */
    public void pulse(long nanos) {
        if (supported && pane == null) {
            pane = new SurfacePane(lab, options, worker);
            built.bind(pane.builtProperty());
            getChildren().add(pane);
        }
        if (pane != null) {
            pane.pulse(nanos);
        }
    }

    /**
     * The picture (the 3D scene with its labels, without the control strip; or the message where
     * there is no 3D) rendered at {@code scale} times its size on screen, for a PNG export. Call on
     * the FX thread. A scale that is not a positive number counts as 1; scales above 8 count as 8.
     * A view not laid out yet gives a 1 x 1 image.
     */
    public WritableImage snapshot(double scale) {
        double s = scale > 0 && Double.isFinite(scale) ? Math.min(scale, MAX_SNAPSHOT_SCALE) : 1;
        Node picture = pane != null ? pane.picture() : this;
        Bounds b = picture.getLayoutBounds();
        if (!(b.getWidth() >= 1 && b.getHeight() >= 1)) {
            return new WritableImage(1, 1);
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(s, s));
        params.setFill(Theme.BACKGROUND);
        return picture.snapshot(params, null);
    }
}
