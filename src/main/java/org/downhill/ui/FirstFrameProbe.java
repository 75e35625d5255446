package org.downhill.ui;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * Reports when the first frame that shows something has reached the screen, and when the first
 * frame of the complete window has, for the start-up measurement ({@code tools/startup.sh}) and
 * the packaged app's smoke test. Off unless the system property {@value #PROPERTY} is
 * {@code print} (print the moments) or {@code exit} (print them, then exit the app).
 *
 * <p>In each pulse JavaFX runs the animation timers, then lays the scene out, waits until the
 * previous pulse's frame has been rendered (only if the scene changed: it waits before handing
 * the changes over) and hands the scene to the renderer. So a timer tick runs while the frame of
 * the pulse before may still be rendering (the first frames of a window take hundreds of
 * milliseconds), and only a tick two pulses after a frame's is sure to come after that frame was
 * rendered. The probe makes every pulse change the scene (a transparent 1 x 1 node it adds to
 * the host moves by a pixel), so that every pulse waits; when a condition first holds in a tick
 * that runs after the window's own timer (the probe is started after it), the frame of that pulse
 * shows it, and the probe prints two ticks later: {@code downhill.firstFrame <epoch
 * milliseconds> <processor milliseconds>} for the first condition, then {@code downhill.complete
 * <epoch milliseconds> <processor milliseconds>} for the second, where the processor time is what
 * the whole process (all its threads) has used so far, or -1 where the system does not tell. Then
 * it removes its node and stops. Reporting both from inside, when they happen, spares the script
 * that measures the start from sampling the process while it starts: that sampling would take
 * processor time from the start it measures.
 */
public final class FirstFrameProbe {
    /** The system property that turns the probe on. */
    public static final String PROPERTY = "downhill.startupProbe";
    /** The start of the line printed for the first frame that shows what counts. */
    public static final String MARKER = "downhill.firstFrame";
    /** The start of the line printed for the first frame of the complete window. */
    public static final String COMPLETE = "downhill.complete";
    /** Ticks from the one in whose pulse a condition held to the one sure to follow its frame. */
    private static final int RENDERED = 2;

    private FirstFrameProbe() {
    }

    /**
     * Starts the probe if {@value #PROPERTY} asks for it; call on the FX thread after the window's
     * own animation timer was started.
     *
     * @param host     a pane of the window's scene, to hold the probe's node while it runs
     * @param shown    whether the frame being drawn in this pulse shows what counts (e.g. the landscape)
     * @param complete whether the frame being drawn in this pulse shows the whole window
     */
    public static void startIfAsked(Pane host, BooleanSupplier shown, BooleanSupplier complete) {
        String mode = System.getProperty(PROPERTY);
        if (!"print".equals(mode) && !"exit".equals(mode)) {
            return;
        }
        Region nudge = new Region();
        nudge.setManaged(false);
        nudge.setMouseTransparent(true);
        nudge.resize(1, 1);
        host.getChildren().add(nudge);
        new AnimationTimer() {
            /** Ticks since the one whose pulse first showed it; -1 until then. */
            private int sinceShown = -1;
            private int sinceComplete = -1;

            @Override
            public void handle(long now) {
                nudge.setTranslateX(1 - nudge.getTranslateX());
                sinceShown += sinceShown >= 0 ? 1 : 0;
                sinceComplete += sinceComplete >= 0 ? 1 : 0;
                if (sinceShown == RENDERED) {
                    System.out.println(moment(MARKER));
                }
                if (sinceComplete == RENDERED) {
                    System.out.println(moment(COMPLETE));
                    host.getChildren().remove(nudge);
                    stop();
                    if ("exit".equals(mode)) {
                        Platform.exit();
                    }
                    return;
                }
                if (sinceShown < 0 && shown.getAsBoolean()) {
                    sinceShown = 0;
                }
                if (sinceShown >= 0 && sinceComplete < 0 && complete.getAsBoolean()) {
                    sinceComplete = 0;
                }
            }
        }.start();
    }

    /** The line that reports a moment: its name, the wall clock and the processor time used so far, in milliseconds. */
    static String moment(String name) {
        long processor = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        return name + " " + System.currentTimeMillis() + " " + processor;
    }
}
