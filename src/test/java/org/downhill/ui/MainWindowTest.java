package org.downhill.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.downhill.figure.PlotArea;
import org.downhill.render.Viewport;
import org.downhill.scenario.Preset;
import org.downhill.scenario.Presets;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.RunViewModel;
import org.downhill.ui.plane.PlaneView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window driven as a user would, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private LabViewModel lab;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        lab = new LabViewModel();
        window = TestWindows.open(stage, lab);
    }


    @Test
    void thePresetsAreReadWhenTheFileMenuFirstOpens(FxRobot robot) {
        Menu file = robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().get(0);
        Menu presets = (Menu) file.getItems().stream().filter(i -> "presets-menu".equals(i.getId()))
                .findFirst().orElseThrow();
        assertTrue(presets.getItems().isEmpty(), "not read at start-up");
        robot.clickOn("File");
        TestWindows.settle();
        assertEquals(Presets.all().stream().map(Preset::title).toList(),
                presets.getItems().stream().map(MenuItem::getText).toList());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void draggingTheLearningRatePastTwoOverLDivergesTheBowl(FxRobot robot) {
        Label badge = robot.lookup("#diagnosis-headline").queryAs(Label.class);
        assertTrue(badge.getText().startsWith("Converged"), badge.getText());
        Node thumb = robot.lookup("#param-lr").lookup(".thumb").query();
        robot.drag(thumb, MouseButton.PRIMARY).moveBy(120, 0).drop();
        TestWindows.settle();
        double lr = lab.selected().settings().optimizer().lr();
        assertTrue(lr > 0.2, "lr = " + lr + " is past 2/L = 0.2");
        assertTrue(badge.getText().startsWith("Diverg"), badge.getText());
        assertTrue(badge.getStyleClass().contains("badge-bad"));
    }

    @Test
    void typingAnImpossibleLearningRateIsRefusedInline(FxRobot robot) {
        robot.doubleClickOn("#param-lr-field").write("-3").type(KeyCode.ENTER);
        TestWindows.settle();
        assertEquals(0.05, lab.selected().settings().optimizer().lr());
        Label error = robot.lookup(".param-error").match(Node::isVisible).queryAs(Label.class);
        assertEquals("Invalid value for lr: -3 (allowed: lr >= 0)", error.getText());
    }

    @Test
    void aClickOnTheLandscapeMovesTheStart(FxRobot robot) {
        PlaneView plane = window.plane();
        Point2D before = lab.selected().startProperty().get();
        robot.clickOn(plane);
        TestWindows.settle();
        Point2D after = lab.selected().startProperty().get();
        assertFalse(before.equals(after));
        Viewport v = plane.viewport();
        PlotArea area = plane.plotArea();
        double cx = plane.getWidth() / 2 - area.x();
        double cy = plane.getHeight() / 2 - area.y();
        assertEquals(v.toWorldX(cx), after.getX(), v.window().width() / 50);
        assertEquals(v.toWorldY(cy), after.getY(), v.window().height() / 50);
        assertEquals(after.getX(), lab.selected().trajectory().x(0));
    }

    @Test
    void spaceArrowsAndRDoWhatTheHelpSays(FxRobot robot) {
        robot.interact(() -> window.plane().requestFocus());
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        assertEquals(3, lab.playhead());
        robot.type(KeyCode.LEFT);
        assertEquals(2, lab.playhead());
        robot.type(KeyCode.SPACE);
        assertTrue(lab.playingProperty().get());
        robot.type(KeyCode.SPACE);
        assertFalse(lab.playingProperty().get());
        robot.type(KeyCode.R);
        assertEquals(0, lab.playhead());
        robot.type(KeyCode.F1);
        assertTrue(robot.lookup("#help-overlay").query().isVisible());
        robot.type(KeyCode.F1);
        assertFalse(robot.lookup("#help-overlay").query().isVisible());
    }

    /** The help card is built when first asked for, and whole in a 1280 x 720 window: the shortcuts scroll. */
    @Test
    void theHelpCardIsWholeAndItsListScrolls(FxRobot robot) {
        robot.interact(() -> window.plane().requestFocus());
        assertTrue(robot.lookup(".help-card").tryQuery().isEmpty(), "the help card is built when first shown");
        robot.type(KeyCode.F1);
        assertTrue(robot.lookup("#help-overlay").query().isVisible());
        assertEquals(Shortcut.ALL.size(), robot.lookup(".help-key").queryAll().size(), "every shortcut on the card");
        Label intro = robot.lookup("#help-intro").queryAs(Label.class);
        assertTrue(intro.getHeight() >= intro.prefHeight(intro.getWidth()) - 0.5 && intro.getHeight() > 1.5 * intro.getFont()
                .getSize(), "the introduction is whole, wrapped over lines: " + intro.getWidth() + " x " + intro.getHeight());
        for (Label key : robot.lookup(".help-key").queryAllAs(Label.class)) {
            assertTrue(key.getWidth() >= key.prefWidth(-1) - 0.5, key.getText() + " is cut short: " + key.getWidth());
        }
        javafx.scene.Node list = robot.lookup(".help-list").query();
        double listRight = list.localToScene(list.getLayoutBounds()).getMaxX();
        for (Label description : robot.lookup(".help-description").queryAllAs(Label.class)) {
            javafx.geometry.Bounds b = description.localToScene(description.getLayoutBounds());
            assertTrue(description.getHeight() >= description.prefHeight(description.getWidth()) - 0.5
                    && b.getMaxX() <= listRight + 0.5, description.getText() + " is cut short: " + b);
        }
        javafx.scene.Node card = robot.lookup(".help-card").query();
        javafx.geometry.Bounds onScreen = card.localToScene(card.getLayoutBounds());
        assertTrue(onScreen.getMinY() >= -0.5 && onScreen.getMaxY() <= card.getScene().getHeight() + 0.5,
                "the card, with how to close it at its foot, inside the window: " + onScreen);
        robot.clickOn(robot.lookup(".help-list .scroll-bar:vertical .increment-button").queryAs(javafx.scene.Node.class));
        assertTrue(robot.lookup("#help-overlay").query().isVisible(), "a click on the list's scroll bar scrolls it");
        robot.type(KeyCode.F1);
        assertFalse(robot.lookup("#help-overlay").query().isVisible());
    }

    @Test
    void theThreeDViewSaysItIsUnavailableHeadlessAndTheAppKeepsWorking(FxRobot robot) {
        robot.interact(() -> window.plane().requestFocus());
        robot.type(KeyCode.V);
        TestWindows.settle();
        assertEquals(org.downhill.ui.model.ViewLayout.SURFACE, lab.view().layoutProperty().get());
        assertTrue(window.surface().isVisible() && window.surface().getScene() != null);
        assertTrue(robot.lookup(".label").match(n -> n instanceof Label l && l.isVisible()
                && org.downhill.ui.surface.SurfaceView.UNAVAILABLE.equals(l.getText())).tryQuery().isPresent());
        robot.clickOn("#layout-both");
        TestWindows.settle();
        robot.type(KeyCode.RIGHT);
        assertEquals(1, lab.playhead());
        robot.clickOn("#layout-plane");
        TestWindows.settle();
        assertEquals(org.downhill.ui.model.ViewLayout.PLANE, lab.view().layoutProperty().get());
        assertTrue(window.plane().getScene() != null);
    }

    @Test
    void theCanvasShowsThePathInTheRunsColour(FxRobot robot) {
        robot.interact(() -> lab.setPlayhead(lab.steps()));
        TestWindows.settle();
        PlaneView plane = window.plane();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = plane.snapshot(null, null));
        RunViewModel run = lab.selected();
        int matching = Pixels.pathPointsInColour(image[0], plane, run.trajectory(), run.color(), 1);
        int checked = Pixels.PATH_POINTS;
        assertTrue(matching >= checked * 0.8, matching + " of " + checked + " path points in the run's colour");
    }

    @Test
    void theBadgeShowsTheSelectedRunOnlyAfterSelectingBackAndForth(FxRobot robot) {
        RunViewModel first = lab.selected();
        RunViewModel[] second = new RunViewModel[1];
        robot.interact(() -> second[0] = lab.duplicate(first));
        robot.interact(() -> lab.selectedProperty().set(first));
        robot.interact(() -> second[0].hyperModel().set("lr", 0.25));
        TestWindows.settle();
        Label badge = robot.lookup("#diagnosis-headline").queryAs(Label.class);
        assertTrue(second[0].diagnosis().headline().startsWith("Diverg"), second[0].diagnosis().headline());
        assertEquals(first.diagnosis().headline(), badge.getText());
        robot.interact(() -> lab.selectedProperty().set(second[0]));
        assertEquals(second[0].diagnosis().headline(), badge.getText());
    }

    @Test
    void enterGivesTheKeysBackToTheViewAndEscDropsWhatWasTyped(FxRobot robot) {
        robot.doubleClickOn("#param-lr-field").write("0.06").type(KeyCode.ENTER);
        TestWindows.settle();
        assertEquals(0.06, lab.selected().settings().optimizer().lr());
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        assertEquals(2, lab.playhead(), "the arrows step the runs, not the caret");
        robot.type(KeyCode.SPACE);
        assertTrue(lab.playingProperty().get(), "Space plays");
        robot.type(KeyCode.SPACE);

        robot.doubleClickOn("#param-lr-field").write("0.07").type(KeyCode.ESCAPE);
        TestWindows.settle();
        assertEquals(0.06, lab.selected().settings().optimizer().lr(), "Esc drops the typed value");
        assertEquals("0.06", robot.lookup("#param-lr-field").queryAs(javafx.scene.control.TextField.class).getText());
        int before = lab.playhead();
        robot.type(KeyCode.RIGHT);
        assertEquals(before + 1, lab.playhead(), "after Esc the keys are the view's again");
    }

    @Test
    void noShortcutFiresWhileAMenuIsOpen(FxRobot robot) {
        robot.clickOn("File");
        TestWindows.settle();
        robot.type(KeyCode.RIGHT).type(KeyCode.SPACE);
        assertEquals(0, lab.playhead());
        assertFalse(lab.playingProperty().get());
        robot.type(KeyCode.ESCAPE).type(KeyCode.ESCAPE);
        TestWindows.settle();
    }

    @Test
    void controlZUndoesAStrayClickOnTheLandscapeAndShiftRedoes(FxRobot robot) {
        Point2D before = lab.selected().startProperty().get();
        robot.clickOn(window.plane());
        TestWindows.settle();
        Point2D clicked = lab.selected().startProperty().get();
        assertFalse(before.equals(clicked));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        TestWindows.settle();
        assertEquals(before, lab.selected().startProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        TestWindows.settle();
        assertEquals(clicked, lab.selected().startProperty().get());
    }

    @Test
    void theRulePanelWritesOutTheUpdateAtThePlayhead(FxRobot robot) throws Exception {
        robot.clickOn("Update rule at the playhead");
        robot.interact(() -> lab.setPlayhead(7));
        Label title = robot.lookup("#rule-title").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> title.getText().endsWith("the update from step 7"));
        javafx.scene.image.ImageView formula = robot.lookup("#rule-formula").queryAs(javafx.scene.image.ImageView.class);
        assertTrue(formula.getImage().getWidth() > 100);
        javafx.scene.Node panel = robot.lookup("#rule-panel").query();
        assertTrue(TestWindows.onFx(() -> formula.getBoundsInParent().getMaxX() <= panel.getBoundsInLocal().getWidth()),
                "the formula fits the panel");
        String accessible = formula.getAccessibleText();
        double x = lab.selected().trajectory().x(8);
        assertTrue(accessible.contains(org.downhill.claim.Numbers.format(x, 3)), accessible);
    }
}
