package org.downhill.ui.controls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.stage.Stage;
import org.downhill.scenario.DataSets;
import org.downhill.ui.TestWindows;
import org.downhill.ui.model.LabViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The landscape menu lists the shipped data sets once it is opened, in the index's order, once. */
@ExtendWith(ApplicationExtension.class)
class LandscapePickerTest {
    @Start
    void start(Stage stage) {
        TestWindows.open(stage, new LabViewModel());
    }

    @Test
    void theDataSetsAreListedBeforeTheFileEntryWhenTheMenuOpens(FxRobot robot) {
        LandscapePicker picker = robot.lookup("#landscape-picker").queryAs(LandscapePicker.class);
        assertTrue(picker.getItems().stream().noneMatch(c -> c.data() != null), "not read before the menu opens");
        for (int time = 0; time < 2; time++) {
            robot.interact(picker::show);
            robot.interact(picker::hide);
        }
        List<LandscapePicker.Choice> items = picker.getItems();
        List<DataSets.Entry> listed = items.stream().filter(c -> c.data() != null).map(LandscapePicker.Choice::data).toList();
        assertEquals(DataSets.all(), listed, "every shipped set, once, in order");
        int file = items.indexOf(LandscapePicker.Choice.FILE);
        assertEquals(items.size() - 1, file, "the file entry stays last");
        assertEquals(listed.get(listed.size() - 1), items.get(file - 1).data(), "the sets come just before it");
        assertEquals(LandscapePicker.Choice.FORMULA, items.get(file - 1 - listed.size()), "and just after the formula");
    }
}
