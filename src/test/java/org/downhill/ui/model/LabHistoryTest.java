package org.downhill.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.Queue;
import javafx.geometry.Point2D;
import org.downhill.landscape.Landscapes;
import org.downhill.landscape.Window;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.sim.Settings;
import org.junit.jupiter.api.Test;

/** Undo and redo of a lab's edits, with a hand-driven clock and event queue. */
class LabHistoryTest {
    private final LabViewModel lab = new LabViewModel();
    private final Queue<Runnable> queue = new ArrayDeque<>();
    private long now;
    private final LabHistory history = new LabHistory(lab, queue::add, () -> now);

    /** The FX thread finishes the current action: queued reads run; then time passes. */
    private void settle() {
        while (!queue.isEmpty()) {
            queue.remove().run();
        }
        now += 2 * LabHistory.QUIET_NANOS;
    }

    @Test
    void aStrayClickThatMovedEveryStartIsUndoneAndRedone() {
        Point2D before = lab.selected().startProperty().get();
        lab.setStart(1, 1, false);
        settle();
        assertTrue(history.canUndoProperty().get());
        history.undo();
        assertEquals(before, lab.selected().startProperty().get());
        assertEquals(before.getX(), lab.selected().trajectory().x(0));
        assertTrue(history.canRedoProperty().get());
        history.redo();
        assertEquals(new Point2D(1, 1), lab.selected().startProperty().get());
        assertFalse(history.canRedoProperty().get());
    }

    @Test
    void aDraggedSliderIsOneStepOfUndo() {
        double lr = lab.selected().settings().optimizer().lr();
        for (int i = 1; i <= 20; i++) {
            lab.selected().hyperModel().set("lr", 0.05 + i * 0.001);
            now += LabHistory.QUIET_NANOS / 4;
            while (!queue.isEmpty()) {
                queue.remove().run();
            }
        }
        settle();
        history.undo();
        assertEquals(lr, lab.selected().settings().optimizer().lr());
        assertFalse(history.canUndoProperty().get(), "the whole drag was one edit");
    }

    @Test
    void everyKindOfEditCanBeUndoneInTurn() {
        var first = lab.toScenario();
        lab.setLandscapeFamily(Landscapes.byId("rosenbrock"));
        settle();
        var second = lab.toScenario();
        lab.addRun(Settings.of(OptimizerSpec.of(OptimizerKind.ADAM, Map.of("lr", 0.01))));
        settle();
        var third = lab.toScenario();
        lab.selected().nameProperty().set("Mine");
        lab.setSteps(400);
        settle();
        history.undo();
        assertEquals(third.runs(), lab.toScenario().runs());
        assertEquals(third.steps(), lab.steps());
        history.undo();
        assertEquals(second.runs(), lab.toScenario().runs());
        history.undo();
        assertEquals(first.landscape().family(), lab.landscape().family());
        assertEquals(first.runs(), lab.toScenario().runs());
        assertFalse(history.canUndoProperty().get());
        history.redo();
        history.redo();
        history.redo();
        assertEquals("Mine", lab.runs().get(1).name());
        assertEquals(400, lab.steps());
    }

    @Test
    void playingPanningAndZoomingAreNotEditsAndUndoKeepsTheView() {
        lab.selected().hyperModel().set("lr", 0.08);
        settle();
        lab.setPlayhead(40);
        lab.view().show(new Window(-1, 1, -1, 1));
        settle();
        history.undo();
        assertEquals(0.05, lab.selected().settings().optimizer().lr());
        assertEquals(40, lab.playhead(), "the step shown stays");
        assertEquals(new Window(-1, 1, -1, 1), lab.view().window(), "the window in view stays");
        assertFalse(history.canUndoProperty().get(), "the playhead and the pan were no edits");
    }

    @Test
    void aNewEditAfterAnUndoClearsTheRedo() {
        lab.selected().hyperModel().set("lr", 0.08);
        settle();
        history.undo();
        lab.selected().hyperModel().set("lr", 0.07);
        settle();
        assertFalse(history.canRedoProperty().get());
        history.undo();
        assertEquals(0.05, lab.selected().settings().optimizer().lr());
    }

    @Test
    void anEditThatChangedNothingLeavesNoStep() {
        lab.selected().hyperModel().set("lr", 0.08);
        lab.selected().hyperModel().set("lr", 0.05);
        settle();
        assertFalse(history.canUndoProperty().get());
    }
}
