package org.downhill.ui.controls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.downhill.landscape.FormulaLandscape;
import org.downhill.landscape.Landscape;
import org.downhill.ui.TestWindows;
import org.downhill.ui.model.LabViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The formula field in the main window, typed into as a user would, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class FormulaFieldTest {
    private LabViewModel lab;

    @Start
    void start(Stage stage) {
        lab = new LabViewModel();
        TestWindows.open(stage, lab);
    }

    @Test
    void typingShowsTheErrorUnderTheFieldAndAValidFormulaMakesSliders(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<LandscapePicker.Choice> picker = robot.lookup("#landscape-picker").queryAs(ComboBox.class);
        robot.interact(() -> picker.setValue(LandscapePicker.Choice.FORMULA));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lab.landscape() instanceof FormulaLandscape);
        TestWindows.settle();
        TextField field = robot.lookup("#" + FormulaField.FIELD_ID).queryAs(TextField.class);
        assertTrue(field.isFocused(), "the menu hands over to the field");
        assertEquals(lab.landscape().formula().plain(), field.getText(), "the bowl's own formula, copied");
        assertEquals(LandscapePicker.Choice.FORMULA, picker.getValue());

        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("x^2");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lab.landscape().formula().plain().equals("x^2"));
        Landscape before = lab.landscape();
        robot.write(" + * y");
        TestWindows.settle();
        assertEquals("x^2 + * y", field.getText());
        Node error = robot.lookup("#formula-error").query();
        assertTrue(error.isVisible());
        Label problem = robot.lookup("#formula-error .param-error").queryAs(Label.class);
        assertEquals("expected a number, a variable or ( at column 6", problem.getText());
        assertEquals("*", robot.lookup(".formula-error-mark").queryAs(Label.class).getText());
        assertTrue(field.getStyleClass().contains("invalid"));
        assertSame(before, lab.landscape(), "nothing changes until the formula is valid");

        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("a*x^2 + b*y^2");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> lab.landscape().formula().plain().equals("a*x^2 + b*y^2"));
        TestWindows.settle();
        assertFalse(error.isVisible());
        assertFalse(field.getStyleClass().contains("invalid"));
        assertTrue(robot.lookup("#param-a").tryQuery().isPresent() && robot.lookup("#param-b").tryQuery().isPresent(),
                "a slider for each parameter");
        assertEquals("Landscape: Formula", robot.lookup("#landscape-panel").queryAs(LandscapePanel.class).getText());
    }
}
