package org.downhill.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.downhill.scenario.Presets;
import org.downhill.ui.model.AppTheme;
import org.downhill.ui.model.LabViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The theme switch and the text size, on the real window, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class ThemeAndTextSizeTest {
    private LabViewModel lab;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        lab = new LabViewModel();
        window = TestWindows.open(stage, lab);
    }

    private static Paint background(Node node) {
        return ((Region) node).getBackground().getFills().get(0).getFill();
    }

    private static double luminance(Paint paint) {
        Color c = (Color) paint;
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    /** The fills and text colours of some parts of the window, by a name. */
    private Map<String, Object> styles(FxRobot robot) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("controls", background(robot.lookup(".controls").query()));
        s.put("transport", background(robot.lookup(".transport-bar").query()));
        s.put("section title", robot.lookup(".section-title").queryAs(Label.class).getTextFill());
        s.put("field title", robot.lookup(".field-title").queryAs(Label.class).getTextFill());
        s.put("label", robot.lookup("#status-pointer").queryAs(Label.class).getTextFill());
        s.put("stylesheets", List.copyOf(window.getScene().getStylesheets()));
        return s;
    }

    /** Chooses an item of the View menu's Theme menu as a click on it does. */
    private static void choose(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        Menu view = bar.getMenus().stream().filter(m -> "view-menu".equals(m.getId())).findFirst().orElseThrow();
        Menu themes = (Menu) view.getItems().stream().filter(m -> "theme-menu".equals(m.getId())).findFirst()
                .orElseThrow();
        RadioMenuItem item = (RadioMenuItem) themes.getItems().stream().filter(m -> id.equals(m.getId()))
                .findFirst().orElseThrow();
        // what a click on the item does (the menu's skin selects it and fires it)
        robot.interact(() -> {
            item.setSelected(true);
            item.fire();
        });
    }

    @Test
    void theDarkThemeIsDarkAndSwitchingBackRestoresTheSameStyles(FxRobot robot) {
        Map<String, Object> light = styles(robot);
        assertTrue(luminance((Paint) light.get("controls")) > 0.8);
        assertEquals(Theme.BACKGROUND, background(robot.lookup(".charts-row").query()));

        choose(robot, "theme-dark");
        TestWindows.settle();
        assertEquals(AppTheme.DARK, lab.view().themeProperty().get());
        Map<String, Object> dark = styles(robot);
        assertTrue(luminance((Paint) dark.get("controls")) < 0.2, dark.toString());
        assertTrue(luminance((Paint) dark.get("section title")) > 0.8, "light text on dark: " + dark);
        assertTrue(luminance((Paint) dark.get("label")) > 0.6, "Modena's labels follow the base: " + dark);
        for (String part : light.keySet()) {
            assertNotEquals(light.get(part), dark.get(part), part);
        }
        assertEquals(Theme.BACKGROUND, background(robot.lookup(".charts-row").query()),
                "the charts are figures, on the figures' light ground, so their ink reads in the dark theme too");

        choose(robot, "theme-light");
        TestWindows.settle();
        assertEquals(light, styles(robot));
    }

    /** The layout bounds in the scene of the window's parts. */
    private Map<String, Bounds> layout(FxRobot robot) {
        Map<String, Bounds> b = new LinkedHashMap<>();
        List<Node> nodes = new ArrayList<>(robot.lookup(".view-toolbar > *").queryAll());
        for (String part : List.of("#menu-bar", ".view-toolbar", ".views", ".plane-view", ".charts-row",
                ".transport-bar", ".controls-scroll", ".status-bar", "#caption", "#param-lr-field")) {
            nodes.add(robot.lookup(part).query());
        }
        nodes.addAll(robot.lookup(".view-toolbar").queryAs(ToolBar.class).getItems());
        return TestWindows.onFx(() -> {
            for (int i = 0; i < nodes.size(); i++) {
                Node n = nodes.get(i);
                b.put(i + " " + n.getClass().getSimpleName() + n.getStyleClass(), n.localToScene(n.getLayoutBounds()));
            }
            return b;
        });
    }

    @Test
    void largerTextNeverShrinksTheViewNorHidesAToolBarActionAndSmallerGivesBackTheLayout(FxRobot robot) {
        robot.interact(() -> {
            window.getScene().getWindow().setWidth(1280);
            window.getScene().getWindow().setHeight(720);
        });
        TestWindows.settle();
        Map<String, Bounds> before = layout(robot);
        Bounds view = TestWindows.onFx(() -> window.plane().localToScene(window.plane().getLayoutBounds()));
        robot.clickOn("#larger-text");
        TestWindows.settle();
        assertEquals(1.15, lab.view().textScaleProperty().get(), 1e-12);
        Bounds larger = TestWindows.onFx(() -> window.plane().localToScene(window.plane().getLayoutBounds()));
        assertTrue(larger.getWidth() >= view.getWidth() && larger.getHeight() >= view.getHeight(),
                view + " -> " + larger);
        ToolBar bar = robot.lookup(".view-toolbar").queryAs(ToolBar.class);
        for (Node item : bar.getItems()) {
            assertTrue(TestWindows.onFx(() -> item.getParent() != null && item.isVisible() && item.getScene() != null
                            && bar.localToScene(bar.getLayoutBounds()).contains(
                            item.localToScene(item.getLayoutBounds()).getCenterX(), item.localToScene(
                                    item.getLayoutBounds()).getCenterY())),
                    "still on the tool bar: " + item);
        }
        Label section = robot.lookup(".section-title").queryAs(Label.class);
        assertEquals(Theme.BASE_FONT_SIZE * 1.15 * 1.15, section.getFont().getSize(), 0.2,
                "the controls' text is larger");

        robot.clickOn("#smaller-text");
        TestWindows.settle();
        assertEquals(1.0, lab.view().textScaleProperty().get());
        assertEquals(before, layout(robot));
    }

    @Test
    void twoNotchesLargerKeepEveryFieldOfTheControlsInSight(FxRobot robot) {
        robot.interact(() -> {
            window.getScene().getWindow().setWidth(1280);
            window.getScene().getWindow().setHeight(720);
        });
        robot.clickOn("#larger-text");
        robot.clickOn("#larger-text");
        TestWindows.settle();
        assertEquals(1.15 * 1.15, lab.view().textScaleProperty().get(), 1e-12);
        ScrollPane scroll = robot.lookup(".controls-scroll").queryAs(ScrollPane.class);
        Bounds viewport = TestWindows.onFx(() -> scroll.localToScene(scroll.getViewportBounds()));
        List<TextField> fields = List.copyOf(robot.lookup(".controls .text-field").queryAllAs(TextField.class));
        assertTrue(fields.size() >= 5, "the run's fields: " + fields.size());
        for (TextField f : fields) {
            if (f.isVisible() && f.getScene() != null) {
                Bounds b = TestWindows.onFx(() -> f.localToScene(f.getLayoutBounds()));
                assertTrue(b.getMaxX() <= viewport.getMaxX() + 0.5, f.getId() + " at " + b + " beyond " + viewport);
            }
        }
    }

    @Test
    void threeNotchesLargerNeverShrinkTheViewAndCutNoRegimeOffTheLegend(FxRobot robot) {
        robot.interact(() -> {
            window.getScene().getWindow().setWidth(1280);
            window.getScene().getWindow().setHeight(720);
            lab.load(Presets.byId("lr-too-large").scenario());
        });
        TestWindows.settle();
        Bounds view = window.plane().getLayoutBounds();
        for (int notch = 1; notch <= 3; notch++) {
            robot.clickOn("#larger-text");
            TestWindows.settle();
            Bounds now = window.plane().getLayoutBounds();
            assertTrue(now.getWidth() >= view.getWidth() - 0.5 && now.getHeight() >= view.getHeight() - 0.5,
                    "notch " + notch + ": the view shrank from " + view + " to " + now);
            view = now;
        }
        Region charts = robot.lookup(".charts-row").queryAs(Region.class);
        assertTrue(!charts.isVisible() || charts.getHeight() >= 64, "charts squeezed to " + charts.getHeight() + " px");
        Node legend = robot.lookup("#lr-legend").query();
        Bounds room = TestWindows.onFx(() -> legend.getParent().localToScene(legend.getParent().getLayoutBounds()));
        for (Node regime : ((Parent) legend).getChildrenUnmodifiable()) {
            Bounds b = TestWindows.onFx(() -> regime.localToScene(regime.getLayoutBounds()));
            assertTrue(b.getMaxX() <= room.getMaxX() + 0.5, regime + " at " + b + " beyond " + room);
        }
    }

    @Test
    void presentingLargerTextKeepsTheViewAndScrollsTheCaption(FxRobot robot) {
        robot.interact(() -> {
            window.getScene().getWindow().setWidth(1280);
            window.getScene().getWindow().setHeight(720);
            lab.load(Presets.byId("lr-too-large").scenario());
            window.work().presentingProperty().set(true);
        });
        TestWindows.settle();
        Region caption = robot.lookup("#caption").queryAs(Region.class);
        double captionHeight = caption.getHeight();
        Bounds view = window.plane().getLayoutBounds();
        for (int notch = 1; notch <= 2; notch++) {
            robot.interact(() -> lab.view().changeTextSize(1));
            TestWindows.settle();
        }
        Bounds now = window.plane().getLayoutBounds();
        assertTrue(now.getWidth() >= view.getWidth() - 0.5 && now.getHeight() >= view.getHeight() - 0.5,
                "the view shrank from " + view + " to " + now);
        assertTrue(caption.getHeight() <= captionHeight + 0.5, "the caption grew from " + captionHeight + " to "
                + caption.getHeight() + " px instead of scrolling");
        assertTrue(robot.lookup(".charts-row").queryAs(Region.class).isVisible(), "room for the charts");
    }
}
