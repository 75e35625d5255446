package org.downhill.ui.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.downhill.param.InvalidParameterException;
import org.downhill.scenario.Scenario;

/**
 * Undo and redo for every edit of a lab: the landscape and its parameters, the number of steps, the
 * runs (added, removed, renamed, recoloured, shown or hidden, their starts, settings and the
 * changes made while they played), the display options and the caption, a loaded preset or file.
 * Playing, moving the playhead, panning and zooming are not edits; undoing keeps the window in
 * view (unless the landscape family changes back) and the step shown.
 *
 * <p>Each entry is the lab as a {@link Scenario} before a burst of edits: edits less than
 * {@link #QUIET_NANOS} apart (a slider dragged, a field typed) form one burst and are undone
 * together. The lab is read once after each burst of change notifications, through {@code later}
 * (the FX thread's queue), so one user action that touches many properties is read once, whole.
 * At most {@link #LIMIT} entries are kept. Lives on the FX thread.
 */
public final class LabHistory {
    /** Edits closer together than this (in nanoseconds) are one step of undo: 0.6 s. */
    public static final long QUIET_NANOS = 600_000_000L;
    /** The most steps of undo kept. */
    public static final int LIMIT = 200;

    private final LabViewModel lab;
    private final Executor later;
    private final LongSupplier clock;
    private final Deque<Scenario> undo = new ArrayDeque<>();
    private final Deque<Scenario> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private Scenario settled;
    private boolean reading;
    private boolean restoring;
    private boolean inBurst;
    private long lastEdit;

    /**
     * The history of a lab, starting from what it shows now.
     *
     * @param later runs a task after the current one (the app: {@code Platform::runLater})
     * @param clock the time in nanoseconds ({@code System::nanoTime})
     */
    public LabHistory(LabViewModel lab, Executor later, LongSupplier clock) {
        this.lab = lab;
        this.later = later;
        this.clock = clock;
        this.settled = snapshot();
        lab.addEditListener(changed -> edited());
    }

    /** Whether there is an edit to undo. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** Whether there is an undone edit to redo. */
    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Goes back to the lab before the last burst of edits; nothing happens if there is none. */
    public void undo() {
        readNow();
        move(undo, redo);
    }

    /** Goes forward again to the lab an undo left; nothing happens if there is none. */
    public void redo() {
        readNow();
        move(redo, undo);
    }

    private void edited() {
        if (restoring) {
            return;
        }
        long now = clock.getAsLong();
        if ((!inBurst || now - lastEdit > QUIET_NANOS) && settled != null) {
            push(undo, settled);
            redo.clear();
            showAvailability();
        }
        inBurst = true;
        lastEdit = now;
        if (!reading) {
            reading = true;
            later.execute(this::readNow);
        }
    }

    /** Reads the lab after a burst; an entry that turned out to change nothing is dropped. */
    private void readNow() {
        if (!reading) {
            return;
        }
        reading = false;
        Scenario now = snapshot();
        if (now == null) {
            return;
        }
        if (!undo.isEmpty() && sameEdits(undo.peek(), now)) {
            undo.pop();
            showAvailability();
        }
        settled = now;
    }

    private void move(Deque<Scenario> from, Deque<Scenario> to) {
        if (from.isEmpty() || settled == null) {
            return;
        }
        Scenario target = from.pop();
        push(to, settled);
        restore(target);
        inBurst = false;
        showAvailability();
    }

    /** Shows an entry, keeping the window in view (within the same landscape family), the step shown and the selection. */
    private void restore(Scenario target) {
        boolean sameFamily = target.landscape().family().equals(lab.landscape().family());
        Scenario shown = target.withView(sameFamily ? lab.view().window() : target.window(), lab.playhead());
        int selected = lab.runs().indexOf(lab.selected());
        restoring = true;
        try {
            lab.load(shown);
            if (selected >= 0 && selected < lab.runs().size()) {
                lab.selectedProperty().set(lab.runs().get(selected));
            }
        } finally {
            restoring = false;
        }
        settled = snapshot();
    }

    /** The lab now, or null where it is no valid scenario (a caption naming a renamed run, say). */
    private Scenario snapshot() {
        try {
            return lab.toScenario();
        } catch (InvalidParameterException notASavableLab) {
            return null;
        }
    }

    private static boolean sameEdits(Scenario a, Scenario b) {
        return a.withView(b.window(), b.playhead()).equals(b);
    }

    private static void push(Deque<Scenario> stack, Scenario s) {
        stack.push(s);
        while (stack.size() > LIMIT) {
            stack.removeLast();
        }
    }

    private void showAvailability() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
