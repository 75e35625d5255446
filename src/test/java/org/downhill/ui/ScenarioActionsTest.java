package org.downhill.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.downhill.scenario.Presets;
import org.downhill.scenario.Scenario;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.RecentFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening and saving scenario files: what is saved opens again; a broken file changes nothing. */
class ScenarioActionsTest {
    @TempDir
    Path dir;

    private final List<String> errors = new ArrayList<>();

    private ScenarioActions actions(LabViewModel lab) {
        return new ScenarioActions(lab, new RecentFiles(dir.resolve("recent.txt")),
                (title, message) -> errors.add(title + ": " + message));
    }

    @Test
    void aSavedFileOpensIntoAnEqualLabAndIsListedAsRecent() {
        LabViewModel lab = new LabViewModel();
        actions(lab).load(Presets.byId("ravine-momentum"));
        Path file = dir.resolve("ravine.json");
        assertTrue(actions(lab).save(file));

        LabViewModel other = new LabViewModel();
        ScenarioActions open = actions(other);
        assertTrue(open.open(file));
        assertEquals(lab.toScenario(), other.toScenario());
        assertEquals(file, open.currentProperty().get());
        assertEquals(List.of(file.toAbsolutePath().normalize()), new RecentFiles(dir.resolve("recent.txt")).files());
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void aPresetIsMeasuredOnTheWorkerAndShownWithItsCaptionFilled() {
        LabViewModel lab = new LabViewModel();
        Scenario before = lab.toScenario();
        List<Runnable> worker = new ArrayList<>();
        ScenarioActions actions = new ScenarioActions(lab, new RecentFiles(dir.resolve("recent.txt")),
                (title, message) -> errors.add(title), worker::add, Runnable::run);
        actions.load(Presets.byId("lr-too-large"));
        assertEquals(before, lab.toScenario(), "nothing measured or shown on the calling thread");
        assertEquals(1, worker.size());
        worker.remove(0).run();
        String caption = lab.captionProperty().get();
        assertTrue(caption.startsWith("Too large a learning rate. With lr = 0.195, just below the limit 2/L = 0.2"),
                caption);
        assertFalse(caption.contains("{"), caption);
        assertEquals(Presets.byId("lr-too-large").scenario().plans(), lab.toScenario().plans());
    }

    @Test
    void aRecentFileThatIsGoneIsRefusedAndLeavesTheList() throws IOException {
        LabViewModel lab = new LabViewModel();
        Path file = dir.resolve("gone.json");
        assertTrue(actions(lab).save(file));
        Files.delete(file);
        ScenarioActions open = actions(lab);
        assertFalse(open.open(file));
        assertEquals(List.of(), open.recent().files());
        assertTrue(errors.get(0).startsWith("Could not open gone.json"), errors.get(0));
    }

    @Test
    void brokenFilesAreRefusedWithWhatAndWhereAndTheLabIsUntouched() throws IOException {
        LabViewModel lab = new LabViewModel();
        Scenario before = lab.toScenario();
        String good = org.downhill.scenario.ScenarioJson.write(Presets.byId("lr-too-small").scenario());
        String[][] cases = {
            {"truncated.json", good.substring(0, good.length() / 2), "not valid JSON at line"},
            {"nan.json", good.replaceFirst("\"lr\": [0-9.eE-]+", "\"lr\": \"NaN\""), "lr"},
            {"newer.json", good.replaceFirst("\"version\": 1", "\"version\": 99"), "newer Downhill"},
            {"unknown.json", good.replaceFirst("(\"optimizer\": \\{\\s*\"name\": )\"SGD\"", "$1\"Quickprop\""), "Quickprop"},
        };
        for (String[] c : cases) {
            Path file = dir.resolve(c[0]);
            Files.writeString(file, c[1]);
            errors.clear();
            assertFalse(actions(lab).open(file), c[0]);
            assertEquals(1, errors.size(), c[0]);
            assertTrue(errors.get(0).startsWith("Could not open " + c[0]), errors.get(0));
            assertTrue(errors.get(0).contains(c[2]), c[0] + " says what: " + errors.get(0));
            assertEquals(before, lab.toScenario(), c[0] + " leaves the lab as it was");
        }
    }

    @Test
    void aLabTrainingOnDataReopensWithItsBatchesEpochsAndScalingAndIdenticalRuns() {
        LabViewModel lab = new LabViewModel();
        org.downhill.ui.model.TrainingViewModel training = new org.downhill.ui.model.TrainingViewModel(lab);
        lab.load(Presets.byId("batch-size-lr").scenario());
        training.setStandardize(false);
        lab.selectedProperty().set(lab.runs().get(1));
        training.setBatchSize(4);
        training.setSeed(11);
        training.setEpochs(2);
        lab.selectedProperty().set(lab.runs().get(0));
        training.setShuffle(false);
        Path file = dir.resolve("data.downhill");
        assertTrue(actions(lab).save(file));

        LabViewModel other = new LabViewModel();
        org.downhill.ui.model.TrainingViewModel reopened = new org.downhill.ui.model.TrainingViewModel(other);
        assertTrue(actions(other).open(file));
        assertTrue(errors.isEmpty(), errors.toString());
        Scenario saved = lab.toScenario();
        Scenario back = other.toScenario();
        assertEquals(saved.landscape(), back.landscape());
        assertEquals(saved.runs(), back.runs(), "every run's settings, start and batches");
        assertEquals(saved.steps(), back.steps());
        assertEquals(saved.window(), back.window());
        assertFalse(reopened.modelProperty().get().standardized());
        assertEquals(2 * 68, other.steps(), "two epochs of 68 batches of 4 rows");
        for (int i = 0; i < lab.runs().size(); i++) {
            lab.selectedProperty().set(lab.runs().get(i));
            other.selectedProperty().set(other.runs().get(i));
            assertEquals(training.batchingProperty().get(), reopened.batchingProperty().get(), "run " + i);
            assertEquals(training.epochsTextProperty().get(), reopened.epochsTextProperty().get(), "run " + i);
            org.downhill.sim.Trajectory a = lab.runs().get(i).trajectory();
            org.downhill.sim.Trajectory b = other.runs().get(i).trajectory();
            assertEquals(a.rows(), b.rows());
            for (int k = 0; k < a.rows(); k++) {
                assertEquals(a.x(k), b.x(k), 0);
                assertEquals(a.y(k), b.y(k), 0);
                assertEquals(a.batchLoss(k), b.batchLoss(k), 0);
            }
        }
        assertEquals(org.downhill.sim.Batching.of(4, true, 11), other.runs().get(1).trajectory().plan().spec()
                .batching());
        assertEquals(org.downhill.sim.Batching.of(1, false, 1), other.runs().get(0).trajectory().plan().spec()
                .batching());
    }
}
