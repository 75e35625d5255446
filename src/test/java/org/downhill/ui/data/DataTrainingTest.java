package org.downhill.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.ToggleSwitch;
import org.downhill.data.Model;
import org.downhill.data.ModelLandscape;
import org.downhill.landscape.Landscape;
import org.downhill.scenario.DataSets;
import org.downhill.ui.MainWindow;
import org.downhill.ui.TestWindows;
import org.downhill.ui.controls.LandscapePicker;
import org.downhill.ui.model.LabViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Training on data in the main window, driven as a user would, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class DataTrainingTest {
    private LabViewModel lab;
    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        lab = new LabViewModel();
        window = TestWindows.open(stage, lab);
    }

    private void pick(FxRobot robot, String dataSet) {
        LandscapePicker picker = robot.lookup("#landscape-picker").queryAs(LandscapePicker.class);
        robot.interact(picker::show);
        robot.interact(picker::hide);
        LandscapePicker.Choice choice = picker.getItems().stream()
                .filter(c -> c.data() != null && c.data().data().name().equals(dataSet)).findFirst().orElseThrow();
        robot.interact(() -> picker.setValue(choice));
        TestWindows.settle();
    }

    @Test
    void pickingADataSetShowsTheDataViewAndTheTrainingControls(FxRobot robot) {
        assertFalse(robot.lookup("#training-panel").query().isVisible(), "no training on a formula");
        assertTrue(robot.lookup("#data-view").tryQuery().isEmpty(), "no data view on a formula");
        pick(robot, "line");
        assertTrue(lab.landscape() instanceof ModelLandscape);
        assertTrue(robot.lookup("#training-panel").query().isVisible());
        DataView view = robot.lookup("#data-view").queryAs(DataView.class);
        assertTrue(view.getWidth() > 100 && view.getHeight() > 100, view.getWidth() + " x " + view.getHeight());
        assertNotNull(view.drawn(), "drawn at the first frame");
        assertEquals(1, view.drawn().fits().size());

        robot.clickOn("#batch-16");
        TestWindows.settle();
        assertEquals(16, lab.selected().batching().size());
        int[] first = lab.selected().trajectory().plan().spec().batchPlan().rowsOf(0);
        assertEquals(java.util.Arrays.stream(first).boxed().toList(), view.drawn().batch(),
                "the 16 rows of the first batch are ringed at step 0");
    }

    @Test
    void theStandardizeSwitchShowsTheScaledModel(FxRobot robot) {
        pick(robot, "faithful");
        Label scaling = robot.lookup("#scaling-text").queryAs(Label.class);
        assertTrue(scaling.getText().startsWith("Condition number 159 raw, 1 standardized"), scaling.getText());
        ToggleSwitch standardize = robot.lookup("#standardize").queryAs(ToggleSwitch.class);
        robot.interact(() -> standardize.setSelected(true));
        TestWindows.settle();
        assertTrue(((ModelLandscape) lab.landscape()).standardized());
        LandscapePicker picker = robot.lookup("#landscape-picker").queryAs(LandscapePicker.class);
        assertEquals(DataSets.byName("faithful"), picker.getValue().data(), "still the same data set");
    }

    @Test
    void aMalformedFileIsRefusedNamingLineAndColumnAndNothingChanges(FxRobot robot) throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "temp,sales\n20,3.1\n21,abc\n");
        Landscape before = lab.landscape();
        robot.interact(() -> window.openDataFile(bad));
        TestWindows.settle();
        DialogPane alert = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("bad.csv: line 3, column 2 (sales): 'abc' is not a number", alert.getContentText());
        robot.type(KeyCode.ENTER);
        TestWindows.settle();
        assertSame(before, lab.landscape());
    }

    @Test
    void aUsersFileTrainsOnTheColumnsChosenInTheDialog(FxRobot robot) throws IOException {
        Path file = dir.resolve("shop.csv");
        Files.writeString(file, "day,temp,sales\n1,20,3.1\n2,22,3.9\n3,25,4.2\n4,27,5.0\n");
        robot.interact(() -> window.openDataFile(file));
        TestWindows.settle();
        @SuppressWarnings("unchecked")
        ComboBox<String> x = robot.lookup("#data-column-0").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<String> y = robot.lookup("#data-column-1").queryAs(ComboBox.class);
        assertEquals("day", x.getValue(), "the first columns proposed");
        robot.interact(() -> {
            x.setValue("temp");
            y.setValue("temp");
        });
        robot.clickOn("#data-train");
        TestWindows.settle();
        Label error = robot.lookup("#data-error").queryAs(Label.class);
        assertFalse(error.getText().isEmpty(), "the same column twice is refused in the dialog");
        assertFalse(lab.landscape() instanceof ModelLandscape, "and nothing changed");
        robot.interact(() -> y.setValue("sales"));
        robot.clickOn("#data-train");
        TestWindows.settle();
        ModelLandscape f = (ModelLandscape) lab.landscape();
        assertEquals(Model.LINEAR, f.model());
        assertEquals(List.of("temp", "sales"), f.columns());
        assertEquals("shop.csv", f.data().name());
        assertEquals(4, f.rows());
    }
}
