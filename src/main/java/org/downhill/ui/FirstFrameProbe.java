package org.downhill.ui;

import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Reports when the first frame that shows something has reached the screen, and when the first
 * frame of the complete window has, for the start-up measurement ({@code tools/startup.sh}) and
 * the packaged app's smoke test. Off unless the system property {@value #PROPERTY} is
 * {@code print} (print the moments) or {@code exit} (print them, then exit the app).
 *
 * <p>JavaFX renders a pulse's scene after the pulse's animation timers ran, and starts the next
 * pulse only when that rendering is done. So when a condition first holds in a timer tick that
 * runs after the window's own timer (the probe is started after it), the frame of that pulse
 * shows it; the probe prints in the next tick, after that frame was rendered:
 * {@code downhill.firstFrame <epoch milliseconds>} for the first condition, then
 * {@code downhill.complete <epoch milliseconds>} for the second.
 */
public final class FirstFrameProbe {
    /** The system property that turns the probe on. */
    public static final String PROPERTY = "downhill.startupProbe";
    /** The start of the line printed for the first frame that shows what counts. */
    public static final String MARKER = "downhill.firstFrame";
    /** The start of the line printed for the first frame of the complete window. */
    public static final String COMPLETE = "downhill.complete";

    private FirstFrameProbe() {
    }

    /**
     * Starts the probe if {@value #PROPERTY} asks for it; call on the FX thread after the window's
     * own animation timer was started.
     *
     * @param shown    whether the frame being drawn in this pulse shows what counts (e.g. the landscape)
     * @param complete whether the frame being drawn in this pulse shows the whole window
     */
    public static void startIfAsked(BooleanSupplier shown, BooleanSupplier complete) {
        String mode = System.getProperty(PROPERTY);
        if (!"print".equals(mode) && !"exit".equals(mode)) {
            return;
        }
        new AnimationTimer() {
            private boolean drawn;
            private boolean printed;
            private boolean whole;

            @Override
            public void handle(long now) {
                if (drawn && !printed) {
                    System.out.println(MARKER + " " + System.currentTimeMillis());
                    printed = true;
                }
                if (whole && printed) {
                    System.out.println(COMPLETE + " " + System.currentTimeMillis());
                    stop();
                    if ("exit".equals(mode)) {
                        Platform.exit();
                    }
                    return;
                }
                drawn = drawn || shown.getAsBoolean();
                whole = drawn && complete.getAsBoolean();
            }
        }.start();
    }
}
