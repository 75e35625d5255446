package org.downhill.ui.session;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.downhill.param.InvalidParameterException;
import org.downhill.scenario.Scenario;
import org.downhill.ui.model.LabViewModel;

/**
 * Saves the lab as the session while the app runs: {@link #DELAY} after the first change that
 * is not yet saved, the lab is taken as a {@link Scenario} on the FX thread (a cheap, immutable
 * snapshot) and written by a background writer, atomically (see {@link SessionFile}). Changes
 * during the delay join that save, so a crash or a kill loses at most the last {@code DELAY} of
 * work, and a session that did not change is not written again. A failed save (a write, or a
 * lab that is no valid scenario) is reported once per distinct reason, never thrown.
 */
public final class SessionSaver {
    /** How long after a change the session is saved. */
    public static final Duration DELAY = Duration.ofSeconds(2);

    private final LabViewModel lab;
    private final SessionFile file;
    private final Executor delayed;
    private final Executor writer;
    private final Executor fx;
    private final Consumer<String> failures;
    private Scenario saved;
    private boolean pending;
    private String lastFailure;

    /**
     * A saver of a lab whose session was just restored (so what the lab shows is what the file
     * holds). Call on the FX thread; it saves once the lab changes.
     *
     * @param delayed  runs a task after {@link #DELAY} on any thread (the app: a scheduled executor)
     * @param writer   runs the writes one after the other, off the FX thread
     * @param fx       runs a task on the FX thread ({@code Platform::runLater})
     * @param failures receives, on the FX thread, why a save failed (a different reason each time)
     */
    public SessionSaver(LabViewModel lab, SessionFile file, Executor delayed, Executor writer, Executor fx,
                        Consumer<String> failures) {
        this.lab = lab;
        this.file = file;
        this.delayed = delayed;
        this.writer = writer;
        this.fx = fx;
        this.failures = failures;
        this.saved = lab.toScenario();
        lab.addScenarioListener(changed -> changed());
    }

    /** Notes a change: a save follows after {@link #DELAY} unless one is already due. */
    private void changed() {
        if (!pending) {
            pending = true;
            delayed.execute(() -> fx.execute(this::saveNow));
        }
    }

    /**
     * Takes the lab now and hands it to the writer if it differs from the last saved one (on exit,
     * the app calls this and then waits for the writer). Call on the FX thread.
     */
    public void saveNow() {
        pending = false;
        Scenario now;
        try {
            now = lab.toScenario();
        } catch (InvalidParameterException e) {
            report("The session could not be saved: " + e.getMessage());
            return;
        }
        if (now.equals(saved)) {
            return;
        }
        saved = now;
        writer.execute(() -> write(now));
    }

    private void write(Scenario scenario) {
        String failure;
        try {
            file.save(scenario);
            failure = null;
        } catch (IOException | RuntimeException e) {
            failure = "The session could not be saved to " + file.target() + ": " + e.getMessage();
        }
        String report = failure;
        fx.execute(() -> report(report));
    }

    /** Shows a failure unless it is the one shown last; {@code null}: the last save worked. Call on the FX thread. */
    private void report(String failure) {
        if (failure != null && !failure.equals(lastFailure)) {
            failures.accept(failure);
        }
        lastFailure = failure;
    }
}
