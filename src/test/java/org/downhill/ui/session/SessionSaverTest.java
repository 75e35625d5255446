package org.downhill.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.stream.Stream;
import org.downhill.claim.Caption;
import org.downhill.landscape.Landscapes;
import org.downhill.scenario.Measured;
import org.downhill.scenario.Preset;
import org.downhill.scenario.Presets;
import org.downhill.scenario.Scenario;
import org.downhill.scenario.ScenarioJson;
import org.downhill.ui.model.LabViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The saver's schedule, driven by hand: one save per delay, the newest lab, nothing when nothing changed. */
class SessionSaverTest {
    private final Queue<Runnable> timer = new ArrayDeque<>();
    private final Queue<Runnable> writer = new ArrayDeque<>();
    private final List<String> failures = new ArrayList<>();

    private SessionSaver saver(LabViewModel lab, Path file) {
        return new SessionSaver(lab, new SessionFile(file, Clock.systemUTC()), timer::add, writer::add, Runnable::run,
                failures::add);
    }

    private static void runAll(Queue<Runnable> tasks) {
        for (Runnable r; (r = tasks.poll()) != null; ) {
            r.run();
        }
    }

    @Test
    void everyChangeIsSavedOnceTheDelayIsOver(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("session.json");
        LabViewModel lab = new LabViewModel();
        saver(lab, file);
        assertTrue(timer.isEmpty(), "nothing to save before a change");

        lab.load(Measured.shown(Presets.all().get(2).scenario()));
        lab.setPlayhead(7);
        lab.selected().nameProperty().set("Renamed");
        assertEquals(1, timer.size(), "changes during the delay join one save");
        assertTrue(writer.isEmpty(), "nothing is written before the delay is over");
        runAll(timer);
        runAll(writer);
        assertEquals(lab.toScenario(), ScenarioJson.read(file));
        assertEquals("Renamed", ScenarioJson.read(file).runs().get(0).name());

        lab.view().logScaleProperty().set(!lab.view().logScaleProperty().get());
        lab.setLandscape(Landscapes.byId("himmelblau").create(), true);
        runAll(timer);
        runAll(writer);
        assertEquals(lab.toScenario(), ScenarioJson.read(file), "the display and the landscape count too");

        lab.setPlayhead(lab.playhead() + 1);
        lab.setPlayhead(lab.playhead() - 1);
        runAll(timer);
        assertTrue(writer.isEmpty(), "a lab back where it was is not written again");
        assertTrue(failures.isEmpty(), failures.toString());
    }

    /**
     * A lab shown from a scenario whose caption still names its runs (the app fills captions first)
     * cannot be taken as a scenario once such a run is renamed: that is reported, not thrown.
     */
    @Test
    void aLabThatIsNoScenarioIsReportedNotThrown(@TempDir Path dir) throws Exception {
        Scenario preset = Presets.all().stream().map(Preset::scenario)
                .filter(s -> !Caption.parse(s.caption()).runNames().isEmpty()).findFirst().orElseThrow();
        LabViewModel lab = new LabViewModel();
        lab.load(preset);
        saver(lab, dir.resolve("session.json"));
        lab.runs().forEach(r -> r.nameProperty().set(r.name() + " renamed"));
        runAll(timer);
        assertTrue(writer.isEmpty());
        assertEquals(1, failures.size(), failures.toString());
        assertTrue(failures.get(0).startsWith("The session could not be saved: The caption names the run"),
                failures.get(0));
    }

    @Test
    void aFailedSaveIsReportedOncePerReason(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("session.json"));
        LabViewModel lab = new LabViewModel();
        saver(lab, folder);
        for (int i = 1; i <= 3; i++) {
            lab.setPlayhead(i);
            runAll(timer);
            runAll(writer);
        }
        assertEquals(1, failures.size(), failures.toString());
        assertTrue(failures.get(0).startsWith("The session could not be saved to " + folder + ": "), failures.get(0));
        assertTrue(Files.isDirectory(folder), "a folder in the way is left alone");
        try (Stream<Path> inside = Files.list(folder)) {
            assertFalse(inside.findAny().isPresent());
        }
    }
}
