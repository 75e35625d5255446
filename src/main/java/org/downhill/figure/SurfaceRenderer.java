package org.downhill.figure;

import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.ServiceLoader;
import org.downhill.scenario.Scenario;

/**
 * The 3D view of a scenario as an image, for figures made without the app's window. 3D needs
 * JavaFX and a display with OpenGL, so the implementation lives in the UI and is found with a
 * {@link ServiceLoader} ({@link #find}): the command line uses it without depending on the UI.
 */
public interface SurfaceRenderer {

    /** The renderer on the class path, if any. */
    static Optional<SurfaceRenderer> find() {
        return ServiceLoader.load(SurfaceRenderer.class).findFirst();
    }

    /** Why this machine cannot draw the 3D view (e.g. no display), or null if it can try. */
    String unavailable();

    /**
     * Draws the 3D view of a scenario's runs up to {@code step} once its surface and tubes are
     * built: width x height units at {@code scale} pixels per unit. Blocks until the image is
     * ready.
     *
     * @throws IllegalStateException if 3D turns out not to be supported, or the view is not ready
     *                               within a minute (the message says which)
     */
    BufferedImage render(Scenario scenario, int step, double width, double height, double scale);
}
