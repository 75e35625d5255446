package org.downhill.ui.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.downhill.param.InvalidParameterException;
import org.downhill.scenario.Presets;
import org.downhill.scenario.Scenario;
import org.downhill.scenario.ScenarioJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What becomes of the session file: restored, or kept aside and said so, and never overwritten when newer. */
class SessionFileTest {
    private static final Clock NOON = Clock.fixed(Instant.parse("2024-03-05T12:34:56Z"), ZoneOffset.UTC);
    private static final Scenario PRESET = Presets.all().get(1).scenario();

    @Test
    void restoresWhatWasSavedAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("home").resolve("session.json");
        SessionFile session = new SessionFile(file, NOON);
        List<Scenario> shown = new ArrayList<>();
        assertNull(session.restore(shown::add), "nothing to restore at the first start");
        assertTrue(shown.isEmpty());
        assertTrue(session.save(PRESET), "the folder is made");
        assertNull(new SessionFile(file, NOON).restore(shown::add));
        assertEquals(List.of(PRESET), shown);
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void aBrokenSessionIsRenamedAsideWithATimestampAndSaidSo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("session.json");
        Files.writeString(file, "{\"format\": \"downhill-scenario\", \"version\": 1, \"steps\":");
        byte[] broken = Files.readAllBytes(file);
        SessionFile session = new SessionFile(file, NOON);
        List<Scenario> shown = new ArrayList<>();
        String notice = session.restore(shown::add);
        Path aside = dir.resolve("session.broken-20240305-123456.json");
        assertArrayEquals(broken, Files.readAllBytes(aside), "kept byte for byte");
        assertFalse(Files.exists(file));
        assertTrue(shown.isEmpty());
        assertTrue(notice.startsWith("The last session could not be restored (session.json: not valid JSON at line 1"),
                notice);
        assertTrue(notice.contains("The file was kept as " + aside), notice);
        assertEquals(file, session.target(), "this session is saved as usual");

        Files.writeString(file, "not JSON either");
        String again = new SessionFile(file, NOON).restore(shown::add);
        assertTrue(again.contains("session.broken-20240305-123456-2.json"), "a second one in the same second: " + again);
        assertTrue(Files.exists(aside), "the first one is still there");
    }

    @Test
    void aSessionTheLabRefusesIsSetAsideToo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("session.json");
        ScenarioJson.write(PRESET, file);
        String notice = new SessionFile(file, NOON).restore(s -> {
            throw new InvalidParameterException("cannot show this");
        });
        assertTrue(notice.contains("session.json: cannot show this"), notice);
        assertTrue(Files.exists(dir.resolve("session.broken-20240305-123456.json")));
    }

    @Test
    void aSessionFromANewerDownhillIsNeverOverwritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("session.json");
        String newer = "{\"format\": \"downhill-scenario\", \"version\": " + (ScenarioJson.VERSION + 1)
                + ", \"something\": \"new\"}";
        Files.writeString(file, newer);
        SessionFile session = new SessionFile(file, NOON);
        List<Scenario> shown = new ArrayList<>();
        String notice = session.restore(shown::add);
        Path own = dir.resolve("session-v" + ScenarioJson.VERSION + ".json");
        assertEquals(file + " was saved by a newer Downhill (format version " + (ScenarioJson.VERSION + 1)
                + ") and is left as it is; this Downhill keeps its session in " + own + " instead.", notice);
        assertTrue(shown.isEmpty());
        assertEquals(own, session.target());
        assertTrue(session.save(PRESET));
        assertEquals(newer, Files.readString(file), "untouched");

        SessionFile next = new SessionFile(file, NOON);
        assertEquals(notice, next.restore(shown::add), "said again at the next start");
        assertEquals(List.of(PRESET), shown, "and this version's own session is restored");
        assertEquals(newer, Files.readString(file));
    }
}
