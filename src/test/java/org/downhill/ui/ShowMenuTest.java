package org.downhill.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.stage.Stage;
import org.downhill.scenario.Presets;
import org.downhill.ui.model.LabViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Show menu's toggles: a hidden learning-rate strip gives its height to the views, and comes
 * back; small multiples replace the 2D view with a panel per visible run, and give it back.
 */
@ExtendWith(ApplicationExtension.class)
class ShowMenuTest {
    private final LabViewModel lab = new LabViewModel();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        stage.setWidth(1280);
        stage.setHeight(720);
        window = TestWindows.open(stage, lab);
    }

    @Test
    void hidingTheLearningRateStripGivesItsHeightToTheViews(FxRobot robot) {
        TestWindows.settle();
        Node strip = robot.lookup("#lr-strip-pane").query();
        double viewHeight = window.plane().getHeight();
        double stripHeight = strip.getLayoutBounds().getHeight();
        assertTrue(strip.isVisible() && stripHeight > 40, "the strip is shown at first: " + stripHeight);

        robot.interact(() -> lab.view().lrStripProperty().set(false));
        TestWindows.settle();
        assertFalse(strip.isVisible());
        assertTrue(window.plane().getHeight() >= viewHeight + stripHeight - 1,
                viewHeight + " + " + stripHeight + " -> " + window.plane().getHeight());

        robot.interact(() -> lab.view().lrStripProperty().set(true));
        TestWindows.settle();
        assertEquals(viewHeight, window.plane().getHeight(), 0.5, "the layout comes back");
    }

    @Test
    void smallMultiplesTakeThePlaneViewsPlaceWithAPanelPerVisibleRunAndGiveItBack(FxRobot robot) {
        robot.interact(() -> lab.load(Presets.byId("schedules").scenario()));
        TestWindows.settle();
        long visible = lab.runs().stream().filter(r -> r.isVisible()).count();
        assertTrue(visible >= 2, "the preset compares runs: " + visible);
        robot.interact(() -> lab.view().panelsProperty().set(true));
        TestWindows.settle();
        assertFalse(window.plane().isVisible() && window.plane().getScene() != null, "the single plot is replaced");
        assertTrue(window.multiples().getScene() != null && window.multiples().getWidth() > 300);
        assertEquals(visible, window.multiples().panels().runs().size());
        assertTrue(window.multiples().landscapeDrawn(), "the panels show the landscape");
        assertTrue(lab.toScenario().display().panels(), "the session keeps the panels");

        org.downhill.figure.Panels panels = window.multiples().panels();
        int last = panels.runs().size() - 1;
        javafx.geometry.Point2D middle = window.multiples().localToScreen(panels.x(last) + panels.cellWidth() / 2,
                panels.y(last) + panels.cellHeight() / 2);
        robot.clickOn(middle);
        TestWindows.settle();
        assertEquals(lab.runs().get(panels.runs().get(last)), lab.selected(), "a click on a panel selects its run");

        // the status bar reads the point under the pointer in the panel it is over; the axes are shared
        org.downhill.figure.PlotArea area = window.multiples().plotArea(panels);
        org.downhill.render.Viewport viewport = window.multiples().viewport(panels);
        double px = area.width() * 0.3;
        double py = area.height() * 0.6;
        for (int p : new int[] {0, last}) {
            robot.moveTo(window.multiples().localToScreen(panels.x(p) + area.x() + px,
                    panels.y(p) + panels.titleHeight() + area.y() + py));
            TestWindows.settle();
            javafx.geometry.Point2D read = window.multiples().pointerProperty().get();
            assertTrue(read != null, "a point under the pointer over panel " + p);
            double pixel = viewport.window().width() / area.width();
            assertEquals(viewport.toWorldX(px), read.getX(), 1.5 * pixel, "x in panel " + p);
            assertEquals(viewport.toWorldY(py), read.getY(), 1.5 * pixel, "y in panel " + p);
            String status = robot.lookup("#status-pointer").queryAs(javafx.scene.control.Label.class).getText();
            assertTrue(status.startsWith("x = " + org.downhill.figure.Labels.number(read.getX()) + "   y = "
                    + org.downhill.figure.Labels.number(read.getY())), "the status bar reads it: " + status);
        }

        robot.interact(() -> lab.runs().get(0).visibleProperty().set(false));
        assertEquals(visible - 1, window.multiples().panels().runs().size(), "a hidden run loses its panel");

        robot.interact(() -> lab.view().panelsProperty().set(false));
        TestWindows.settle();
        assertTrue(window.plane().getScene() != null && window.multiples().getScene() == null);
    }
}
