package org.downhill.ui.lr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.downhill.diagnose.Regime;
import org.downhill.ui.MainWindow;
import org.downhill.ui.TestWindows;
import org.downhill.ui.model.LabViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The learning-rate strip in the real window with a real mouse and keyboard (the {@code display}
 * profile, under Xvfb): dragging the thumb, Shift-dragging, the arrow keys and a typed value.
 */
@Tag("display")
@ExtendWith(ApplicationExtension.class)
class LrStripDisplayTest {
    private LabViewModel lab;
    private MainWindow window;
    private LrStripModel model;

    @Start
    void start(Stage stage) {
        lab = new LabViewModel();
        window = TestWindows.open(stage, lab);
        stage.setWidth(1280);
        stage.setHeight(720);
        model = window.lrStrip();
    }

    @AfterEach
    void stop() {
        window.stop();
    }

    private double lr() {
        return lab.selected().settings().optimizer().lr();
    }

    /** The screen point of the thumb, in the middle of the bands. */
    private Point2D thumb(FxRobot robot) {
        Node strip = robot.lookup("#lr-strip").query();
        Point2D[] p = new Point2D[1];
        robot.interact(() -> p[0] = strip.localToScreen(LrStrip.INSET + model.x(lr()),
                strip.getLayoutBounds().getHeight() * 0.4));
        return p[0];
    }

    private Bounds stripOnScreen(FxRobot robot) {
        Node strip = robot.lookup("#lr-strip").query();
        Bounds[] b = new Bounds[1];
        robot.interact(() -> b[0] = strip.localToScreen(strip.getLayoutBounds()));
        return b[0];
    }

    @Test
    void draggingTheThumbAcrossTwoOverLDivergesTheRunAndNothingMoves(FxRobot robot) {
        TestWindows.settle();
        assertTrue(model.width() >= 400, "the track is at least 400 px wide at 1280 x 720: " + model.width());
        Bounds before = stripOnScreen(robot);
        double edge = model.theoryProperty().get().get(1).lr();
        double pixels = model.x(edge * 1.3) - model.x(lr());
        double start = lr();
        robot.moveTo(thumb(robot)).press(MouseButton.PRIMARY);
        robot.moveBy(pixels / 2, 0);
        Bounds during = stripOnScreen(robot);
        robot.moveBy(pixels / 2, 0).release(MouseButton.PRIMARY);
        TestWindows.settle();
        assertEquals(before, during, "the strip does not move while dragging");
        assertEquals(before, stripOnScreen(robot));
        assertTrue(lr() > edge, "dragged past 2/L: " + lr() + " vs " + edge);
        assertEquals(Math.log10(start) + pixels / model.width() * model.axis().span(), Math.log10(lr()), 0.02);
        assertEquals(Regime.DIVERGES, lab.selected().diagnosis().regime());
    }

    @Test
    void shiftDragIsTenTimesFinerAndTheArrowKeysMoveAHundredthOfADecade(FxRobot robot) {
        TestWindows.settle();
        double start = lr();
        robot.moveTo(thumb(robot)).press(MouseButton.PRIMARY).press(KeyCode.SHIFT);
        robot.moveBy(100, 0);
        robot.release(KeyCode.SHIFT).release(MouseButton.PRIMARY);
        TestWindows.settle();
        double decades = 100 / model.width() * model.axis().span();
        assertEquals(decades / 10, Math.log10(lr() / start), 0.003, "Shift-drag: a tenth of the coarse move");

        double before = lr();
        robot.type(KeyCode.RIGHT);
        TestWindows.settle();
        assertEquals(before * Math.pow(10, 0.01), lr(), 1e-3 * before);
        assertEquals(0, lab.playhead(), "the arrow moved the rate, not the playhead");
        robot.type(KeyCode.LEFT).type(KeyCode.LEFT);
        TestWindows.settle();
        assertEquals(before * Math.pow(10, -0.01), lr(), 1e-3 * before);
    }

    @Test
    void aTypedValueIsTakenAsItIs(FxRobot robot) {
        TestWindows.settle();
        robot.doubleClickOn("#lr-strip-field").eraseText(12).write("0.1987").type(KeyCode.ENTER);
        TestWindows.settle();
        assertEquals(0.1987, lr());
        robot.doubleClickOn("#lr-strip-field").eraseText(12).write("0.000002").type(KeyCode.ENTER);
        TestWindows.settle();
        assertEquals(2e-6, lr());
        assertTrue(model.axis().contains(2e-6), "the strip shows the typed rate");
        robot.doubleClickOn("#lr-strip-field").eraseText(12).write("-1").type(KeyCode.ENTER);
        TestWindows.settle();
        assertEquals(2e-6, lr(), "refused");
        assertTrue(robot.lookup("#lr-strip-error").query().isVisible());
    }
}
