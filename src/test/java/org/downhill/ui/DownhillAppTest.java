package org.downhill.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.controlsfx.control.NotificationPane;
import org.downhill.scenario.ScenarioJson;
import org.downhill.ui.model.LabViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app as launched: the session is saved and shown again at the next start; one that cannot be
 * shown is kept and the window says where. (A killed app: {@link org.downhill.ui.session.KilledAppTest}.)
 */
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

    @Test
    void aBrokenSessionIsKeptAsideAndTheWindowSaysWhere() throws Exception {
        Files.createDirectories(AppFiles.home());
        Files.writeString(AppFiles.session(), "{\"format\": \"downhill-scenario\", \"version\": 1, \"steps\": [");
        Stage stage = FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(DownhillApp.class);
        WaitForAsyncUtils.waitForFxEvents();
        List<Path> aside = sessionFiles().stream()
                .filter(p -> p.getFileName().toString().startsWith("session.broken-")).toList();
        assertEquals(1, aside.size(), aside.toString());
        assertTrue(aside.get(0).getFileName().toString().matches("session\\.broken-\\d{8}-\\d{6}\\.json"), aside.toString());
        assertTrue(((NotificationPane) stage.getScene().lookup("#notices")).isShowing(), "shown in the window");
        String notice = ((Label) stage.getScene().lookup("#notice-text")).getText();
        assertTrue(notice.contains("could not be restored (session.json: not valid JSON at line 1"), notice);
        assertTrue(notice.contains(aside.get(0).toString()), notice);
        assertEquals(0.05, labOf(stage).selected().settings().optimizer().lr(), "the first scene");
        FxToolkit.cleanupApplication(app);
        assertTrue(Files.exists(aside.get(0)), "still there after the app closed");
    }

    @Test
    void aSessionFromANewerDownhillIsNeverOverwritten() throws Exception {
        Files.createDirectories(AppFiles.home());
        String newer = "{\"format\": \"downhill-scenario\", \"version\": 99, \"new\": {}}";
        Files.writeString(AppFiles.session(), newer);
        Stage stage = FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(DownhillApp.class);
        WaitForAsyncUtils.waitForFxEvents();
        String notice = ((Label) stage.getScene().lookup("#notice-text")).getText();
        Path own = AppFiles.home().resolve("session-v" + ScenarioJson.VERSION + ".json");
        assertTrue(notice.contains("saved by a newer Downhill (format version 99) and is left as it is"), notice);
        assertTrue(notice.contains(own.toString()), notice);
        FxToolkit.setupFixture(() -> labOf(stage).setPlayhead(9));
        FxToolkit.cleanupApplication(app);
        assertEquals(newer, Files.readString(AppFiles.session()), "untouched");
        assertEquals(9, ScenarioJson.read(own).playhead(), "this session is kept beside it");
    }

    private static List<Path> sessionFiles() throws Exception {
        try (Stream<Path> files = Files.list(AppFiles.home())) {
            return files.filter(p -> p.getFileName().toString().startsWith("session")).toList();
        }
    }

    /** The primary stage is shared with the other UI tests: undo what the app set on it. */
    @AfterEach
    void releaseTheStage() throws Exception {
        for (Path file : sessionFiles()) {
            Files.delete(file);
        }
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            stage.titleProperty().unbind();
            stage.setMinWidth(0);
            stage.setMinHeight(0);
        });
    }
}
