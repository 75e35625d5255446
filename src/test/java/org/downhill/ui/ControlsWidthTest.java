package org.downhill.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.downhill.scenario.Preset;
import org.downhill.scenario.Presets;
import org.downhill.ui.model.LabViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The controls on the right are never cut off at their right edge: the panel is as wide as they need. */
@ExtendWith(ApplicationExtension.class)
class ControlsWidthTest {
    private final LabViewModel lab = new LabViewModel();

    @Start
    void start(Stage stage) {
        stage.setWidth(1280);
        stage.setHeight(720);
        TestWindows.open(stage, lab);
    }

    @Test
    void everyPresetsControlsFitTheirPanelAt1280x720(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        for (Preset preset : Presets.all()) {
            robot.interact(() -> lab.load(preset.scenario()));
            TestWindows.settle();
            robot.interact(() -> {
                ScrollPane panel = robot.lookup(".controls-scroll").queryAs(ScrollPane.class);
                double viewport = panel.getViewportBounds().getWidth();
                double content = panel.getContent().getLayoutBounds().getWidth();
                if (content > viewport + 0.5) {
                    cut.add(preset.id() + ": " + content + " px of controls in " + viewport + " px");
                }
            });
        }
        assertTrue(cut.isEmpty(), String.join("; ", cut));
    }
}
