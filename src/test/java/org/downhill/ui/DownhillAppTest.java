package org.downhill.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import javafx.application.Application;
import javafx.stage.Stage;
import org.downhill.ui.model.LabViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The app as launched: the session is saved on exit and shown again at the next start. */
class DownhillAppTest {

    private static LabViewModel labOf(Stage stage) {
        return ((MainWindow) stage.getScene().getRoot()).lab();
    }

    @Test
    void closingTheAppLosesNothing() throws Exception {
        Files.deleteIfExists(AppFiles.session());
        Stage stage = FxToolkit.registerPrimaryStage();
        Application first = FxToolkit.setupApplication(DownhillApp.class);
        LabViewModel lab = labOf(stage);
        assertEquals(0.05, lab.selected().settings().optimizer().lr(), "the first launch");
        FxToolkit.setupFixture(() -> {
            lab.selected().hyperModel().set("lr", 0.12);
            lab.duplicate(lab.selected()).nameProperty().set("Twin");
            lab.setPlayhead(42);
        });
        FxToolkit.cleanupApplication(first);
        assertTrue(Files.exists(AppFiles.session()), "saved on exit");

        Application second = FxToolkit.setupApplication(DownhillApp.class);
        LabViewModel restored = labOf(stage);
        assertEquals(2, restored.runs().size());
        assertEquals("Twin", restored.runs().get(1).name());
        assertEquals(0.12, restored.runs().get(0).settings().optimizer().lr());
        assertEquals(42, restored.playhead());
        FxToolkit.cleanupApplication(second);
    }

    /** The primary stage is shared with the other UI tests: undo what the app set on it. */
    @AfterEach
    void releaseTheStage() throws Exception {
        Files.deleteIfExists(AppFiles.session());
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            stage.titleProperty().unbind();
            stage.setMinWidth(0);
            stage.setMinHeight(0);
        });
    }
}
