package org.downhill.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.HiddenSidesPane;
import org.downhill.lesson.Lessons;
import org.downhill.scenario.Presets;
import org.downhill.ui.model.LabViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presentation mode driven with the keys a presenter uses, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class PresentationTest {
    private LabViewModel lab;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        lab = new LabViewModel();
        window = TestWindows.open(stage, lab);
    }

    private boolean presenting() {
        return window.work().presentingProperty().get();
    }

    private static boolean inside(Node node, Class<?> type) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (type.isInstance(p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a node and every parent of it are visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private void until(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        TestWindows.settle();
    }

    @Test
    void f11PresentsFullScreenWithTheControlsInADrawerAndEscLeaves(FxRobot robot) {
        Node controls = robot.lookup(".controls-scroll").query();
        double viewWidth = window.plane().getWidth();
        double viewHeight = window.plane().getHeight();
        robot.interact(() -> window.plane().requestFocus());
        robot.type(KeyCode.F11);
        TestWindows.settle();
        assertTrue(presenting());
        assertTrue(stage.isFullScreen());
        assertFalse(shown(robot.lookup("#menu-bar").query()));
        assertFalse(shown(robot.lookup(".view-toolbar").query()));
        assertFalse(shown(robot.lookup(".status-bar").query()));
        assertTrue(shown(robot.lookup(".transport-bar").query()));
        assertTrue(shown(window.plane()));
        assertTrue(inside(controls, HiddenSidesPane.class), "the controls are in the drawer");
        assertTrue(window.plane().getWidth() > viewWidth && window.plane().getHeight() > viewHeight,
                "the view is larger: " + window.plane().getWidth() + " x " + window.plane().getHeight());

        robot.type(KeyCode.C);
        TestWindows.settle();
        assertTrue(window.work().drawerOpenProperty().get());
        assertTrue(TestWindows.onFx(() -> controls.isVisible()
                && controls.localToScene(controls.getBoundsInLocal()).getMinX() < stage.getScene().getWidth()),
                "the drawer is on screen");
        robot.type(KeyCode.C);
        TestWindows.settle();
        assertFalse(window.work().drawerOpenProperty().get());

        robot.type(KeyCode.ESCAPE);
        TestWindows.settle();
        assertFalse(presenting());
        assertFalse(stage.isFullScreen());
        assertTrue(shown(robot.lookup("#menu-bar").query()));
        assertTrue(shown(robot.lookup(".status-bar").query()));
        assertFalse(inside(controls, HiddenSidesPane.class));
        assertTrue(inside(controls, javafx.scene.control.SplitPane.class), "the controls are back beside the view");
        assertEquals(viewWidth, window.plane().getWidth(), 0.5);
        assertEquals(viewHeight, window.plane().getHeight(), 0.5);
    }

    @Test
    void f11AgainLeavesAndAWindowThatLeavesFullScreenLeavesThePresentation(FxRobot robot) {
        robot.type(KeyCode.F11);
        TestWindows.settle();
        assertTrue(presenting());
        robot.type(KeyCode.F11);
        TestWindows.settle();
        assertFalse(presenting());
        assertFalse(stage.isFullScreen());

        robot.type(KeyCode.F11);
        TestWindows.settle();
        robot.interact(() -> stage.setFullScreen(false));
        TestWindows.settle();
        assertFalse(presenting(), "the window manager took the window out of full screen");
    }

    @Test
    void pageDownAndPageUpTurnTheLessonsPages(FxRobot robot) throws Exception {
        robot.interact(() -> window.lessons().open(Lessons.byId("learning-rate"), null));
        until(() -> !window.lessons().loadingProperty().get());
        assertEquals(0, window.lessons().page());
        robot.type(KeyCode.F11);
        robot.type(KeyCode.PAGE_DOWN);
        until(() -> window.lessons().page() == 1 && !window.lessons().loadingProperty().get());
        assertEquals(Lessons.byId("learning-rate").pages().get(1).scenario().plans(), lab.toScenario().plans());
        Node panel = robot.lookup("#lesson-panel").query();
        assertTrue(shown(panel));
        assertFalse(inside(panel, HiddenSidesPane.class), "the lesson stays in sight beside the drawer");
        robot.type(KeyCode.PAGE_UP);
        until(() -> window.lessons().page() == 0 && !window.lessons().loadingProperty().get());
        assertEquals(Lessons.byId("learning-rate").pages().get(0).scenario().plans(), lab.toScenario().plans());
        robot.type(KeyCode.PAGE_UP);
        TestWindows.settle();
        assertEquals(0, window.lessons().page(), "nothing before the first page");
    }

    @Test
    void withoutALessonPageDownGoesThroughThePresets(FxRobot robot) throws Exception {
        assertNull(window.files().presetProperty().get());
        robot.interact(() -> window.plane().requestFocus());
        robot.type(KeyCode.PAGE_DOWN);
        until(() -> window.files().presetProperty().get() != null);
        assertSame(Presets.all().get(0), window.files().presetProperty().get());
        assertEquals(Presets.all().get(0).scenario().plans(), lab.toScenario().plans());
        robot.type(KeyCode.PAGE_DOWN);
        until(() -> window.files().presetProperty().get() == Presets.all().get(1));
        robot.type(KeyCode.PAGE_UP);
        until(() -> window.files().presetProperty().get() == Presets.all().get(0));
        robot.type(KeyCode.PAGE_UP);
        until(() -> window.files().presetProperty().get() == Presets.all().get(Presets.all().size() - 1));
        // with the keyboard in a field (as after typing a value) the remote still turns the page
        robot.clickOn("#lr-strip-field");
        assertTrue(robot.lookup("#lr-strip-field").query().isFocused());
        robot.type(KeyCode.PAGE_DOWN);
        until(() -> window.files().presetProperty().get() == Presets.all().get(0));
    }

    @Test
    void theLessonPanelShowsLiveCheckMarksAndShowMeDoesTheTask(FxRobot robot) throws Exception {
        robot.interact(() -> window.lessons().open(Lessons.byId("learning-rate"), null));
        until(() -> !window.lessons().loadingProperty().get());
        javafx.scene.control.Label mark = robot.lookup(".lesson-mark").queryAs(javafx.scene.control.Label.class);
        until(() -> mark.getStyleClass().contains("not-done"));
        assertTrue(robot.lookup("#lesson-text").queryAs(javafx.scene.control.Label.class).getText()
                .contains("lr = 0.09"));
        Node showMe = robot.lookup(".lesson-show-me").query();
        ScrollPane tasks = robot.lookup("#lesson-tasks-scroll").queryAs(ScrollPane.class);
        assertTrue(tasks.localToScene(tasks.getViewportBounds()).contains(showMe.localToScene(showMe.getLayoutBounds())),
                "the first task and its Show me are in sight without scrolling");
        robot.clickOn(".lesson-show-me");
        until(() -> mark.getStyleClass().contains("done"));
        assertTrue(Lessons.byId("learning-rate").pages().get(0).tasks().get(0).check(lab.toScenario()).holds());
        Node scroll = robot.lookup("#lesson-scroll").query();
        assertTrue(((ScrollPane) scroll).getHeight() > 100, "the page's text has room: " + ((ScrollPane) scroll).getHeight());
        robot.clickOn("#lesson-next");
        until(() -> window.lessons().page() == 1 && !window.lessons().loadingProperty().get());
        robot.clickOn("#lesson-close");
        TestWindows.settle();
        assertFalse(shown(robot.lookup("#lesson-panel").query()));
    }
}
