package org.downhill.ui;

import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Reports when the first frame that shows something has reached the screen, for the start-up
 * measurement ({@code tools/startup.sh}) and the packaged app's smoke test. Off unless the system
 * property {@value #PROPERTY} is {@code print} (print the moment) or {@code exit} (print it, then
 * exit the app).
 *
 * <p>JavaFX renders a pulse's scene after the pulse's animation timers ran, and starts the next
 * pulse only when that rendering is done. So when {@code shown} first holds in a timer tick that
 * runs after the window's own timer (the probe is started after it), the frame of that pulse
 * shows it; the probe prints in the next tick, after that frame was rendered:
 * {@code downhill.firstFrame <epoch milliseconds>} on standard output.
 */
public final class FirstFrameProbe {
    /** The system property that turns the probe on. */
    public static final String PROPERTY = "downhill.startupProbe";
    /** The start of the line the probe prints. */
    public static final String MARKER = "downhill.firstFrame";

    private FirstFrameProbe() {
    }

    /**
     * Starts the probe if {@value #PROPERTY} asks for it; call on the FX thread after the window's
     * own animation timer was started.
     *
     * @param shown whether the frame being drawn in this pulse shows what counts (e.g. the landscape)
     */
    public static void startIfAsked(BooleanSupplier shown) {
        String mode = System.getProperty(PROPERTY);
        if (!"print".equals(mode) && !"exit".equals(mode)) {
            return;
        }
        new AnimationTimer() {
            private boolean drawn;

            @Override
            public void handle(long now) {
                if (drawn) {
                    stop();
                    System.out.println(MARKER + " " + System.currentTimeMillis());
                    if ("exit".equals(mode)) {
                        Platform.exit();
                    }
                } else {
                    drawn = shown.getAsBoolean();
                }
            }
        }.start();
    }
}
