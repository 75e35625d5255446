package org.downhill.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.downhill.Main;
import org.downhill.scenario.FileFormatException;
import org.downhill.scenario.Measured;
import org.downhill.scenario.Preset;
import org.downhill.scenario.Presets;
import org.downhill.scenario.Scenario;
import org.downhill.scenario.ScenarioJson;
import org.downhill.ui.model.LabViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: the session was written only on a clean exit, so a crash lost everything since the
 * start. The real app in a process of its own ({@code org.downhill.Main FILE}, headless on
 * Monocle) opens a preset saved as a file, the test waits for the session file to hold it, kills
 * the process with SIGKILL, and restores the session as the next start does.
 */
class KilledAppTest {
    /** The JVM options of the headless test run (see headless.argLine in the pom). */
    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true");

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aKilledAppLosesAtMostTheLastSecondsOfWork(@TempDir Path home) throws Exception {
        Preset preset = Presets.byId("rosenbrock-sgd-adam");
        Scenario shown = Measured.shown(preset.scenario());
        Path lesson = home.resolve("lesson.json");
        ScenarioJson.write(preset.scenario(), lesson);
        Path session = home.resolve("session.json");
        Path log = home.resolve("app.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Ddownhill.home=" + home));
        command.addAll(HEADLESS);
        command.addAll(List.of(Main.class.getName(), lesson.toString()));
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            home.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            Process app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                Scenario saved = awaitSession(watcher, session, shown.caption(), app, log);
                assertEquals(shown.caption(), saved.caption());
                app.destroyForcibly();
                assertTrue(app.waitFor(30, TimeUnit.SECONDS), "killed");
                assertEquals(137, app.exitValue(), "SIGKILL, not a clean exit");
            } finally {
                app.destroyForcibly();
            }
        }
        LabViewModel restored = new LabViewModel();
        assertNull(new SessionFile(session, Clock.systemUTC()).restore(restored::load), "restored as it was");
        assertEquals(withoutExpectations(shown), restored.toScenario());
    }

    /** Waits for file events until the session holds the preset, known by its caption (or the process died). */
    private static Scenario awaitSession(WatchService watcher, Path session, String caption, Process app, Path log)
            throws Exception {
        while (true) {
            Scenario saved = readIfThere(session);
            if (saved != null && saved.caption().equals(caption)) {
                return saved;
            }
            if (!app.isAlive()) {
                fail("the app ended with " + app.exitValue() + ": " + Files.readString(log));
            }
            WatchKey key = watcher.poll(5, TimeUnit.SECONDS);
            if (key != null) {
                key.pollEvents();
                key.reset();
            }
        }
    }

    private static Scenario readIfThere(Path session) throws FileFormatException {
        return Files.exists(session) ? ScenarioJson.read(session) : null;
    }

    /** The scenario without the preset's expectations, which the lab does not keep. */
    private static Scenario withoutExpectations(Scenario s) {
        List<Scenario.Run> runs = s.runs().stream().map(r -> new Scenario.Run(r.name(), r.color(), r.visible(),
                r.startX(), r.startY(), r.settings(), r.edits(), null)).toList();
        return new Scenario(s.landscape(), s.window(), s.steps(), s.playhead(), s.display(), runs, s.caption());
    }
}
