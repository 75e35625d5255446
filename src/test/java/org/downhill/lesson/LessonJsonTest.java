package org.downhill.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.downhill.scenario.FileFormatException;
import org.downhill.scenario.Presets;
import org.downhill.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LessonJsonTest {

    /** A lesson with a page written out and a page of a preset; %s is replaced in the first page. */
    private static String lesson(String firstPageExtra) {
        return """
                {"format": "downhill-lesson", "version": 1, "id": "mine", "title": "My lesson",
                 "pages": [
                   {"title": "Written out", "text": "SGD ends at {loss('SGD'):.2}.", %s
                    "scenario": {"landscape": {"family": "quadratic"}, "steps": 50,
                                 "caption": "lr {lr('SGD')}", "claims": ["loss('SGD') < 1"],
                                 "runs": [{"name": "SGD", "color": "#D55E00", "start": [-2.5, 2],
                                           "optimizer": {"name": "SGD", "hyper": {"lr": 0.05}}}]},
                    "tasks": [{"text": "Make it diverge.", "check": "diverged('SGD')",
                               "solution": [{"run": "SGD", "hyper": {"lr": 0.3, "momentum": 0.5}}]}]},
                   {"title": "A preset", "text": "Look.", "preset": "lr-too-small"}]}""".formatted(firstPageExtra);
    }

    @Test
    void readsPagesWrittenOutAndPagesOfPresets() throws Exception {
        Lesson l = LessonJson.read(lesson("\"intuition\": \"Fog, {lr('SGD')}.\","));
        assertEquals("mine", l.id());
        assertEquals("My lesson", l.title());
        Page written = l.pages().get(0);
        assertNull(written.preset());
        assertEquals(50, written.scenario().steps());
        Page.Shown shown = written.show();
        assertEquals("lr 0.05", shown.scenario().caption());
        assertEquals("Fog, 0.05.", shown.intuition());
        assertTrue(shown.text().startsWith("SGD ends at "), shown.text());
        assertTrue(shown.verdicts().get(0).holds());
        Task task = written.tasks().get(0);
        assertEquals(new Change("SGD", Map.of("lr", 0.3, "momentum", 0.5)), task.solution().get(0));
        assertFalse(task.check(written.scenario()).holds());
        Scenario solved = task.solve(written.scenario());
        assertEquals(0.3, solved.runs().get(0).settings().optimizer().lr());
        assertTrue(task.check(solved).holds());
        Page preset = l.pages().get(1);
        assertEquals("lr-too-small", preset.preset());
        assertEquals(Presets.byId("lr-too-small").scenario(), preset.scenario());
        assertEquals("", preset.intuition());
        assertTrue(preset.tasks().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"preset\": \"lr-too-small\", | pages[0]: needs either \"preset\" or \"scenario\", not both",
        "\"tasks2\": [], | pages[0].tasks2: unknown field",
        "\"intuition\": \"{lr('Adam')}\", | pages[0]: The intuition names the run 'Adam', but there is no such run",
        "\"intuition\": \"{lr(}\", | pages[0].intuition: In the placeholder at character 1"})
    void aMistakeInAPageIsNamedWhereItStands(String extra, String message) {
        FileFormatException e = assertThrows(FileFormatException.class, () -> LessonJson.read(lesson(extra)));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "diverged('SGD') | lr\": 0.3 | lr\": -1 | pages[0].tasks[0].solution[0]: Invalid value for lr: -1",
        "diverged('SGD') | \"run\": \"SGD\" | \"run\": \"Adam\" | pages[0].tasks[0].solution[0]: There is no run named 'Adam'",
        "diverged('SGD') | diverged('SGD') | diverged('Adam') | pages[0].tasks[0].check: The check names the run 'Adam'",
        "diverged('SGD') | diverged('SGD') | divergd('SGD') | pages[0].tasks[0].check: unknown fact 'divergd'",
        "diverged('SGD') | \"preset\": \"lr-too-small\" | \"preset\": \"nope\" | pages[1].preset: Unknown preset 'nope'",
        "diverged('SGD') | \"downhill-lesson\" | \"downhill-scenario\" | format: not a Downhill lesson",
        "diverged('SGD') | \"version\": 1 | \"version\": 2 | version: version 2 is not one this Downhill reads",
        "diverged('SGD') | \"pages\": [ | \"pages\": [], \"x\": [ | x: unknown field",
        "diverged('SGD') | \"steps\": 50 | \"steps\": -5 | pages[0].scenario.steps: Invalid value for steps"})
    void aMistakeAnywhereIsNamedWhereItStands(String unused, String from, String to, String message) {
        String text = lesson("").replace(from, to);
        FileFormatException e = assertThrows(FileFormatException.class, () -> LessonJson.read(text));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void aLessonWithoutPagesIsRefused() {
        FileFormatException e = assertThrows(FileFormatException.class, () -> LessonJson.read(
                "{\"format\": \"downhill-lesson\", \"version\": 1, \"id\": \"a\", \"title\": \"A\", \"pages\": []}"));
        assertEquals("top level: A lesson needs at least one page", e.getMessage());
    }

    @Test
    void aFileIsNamedInItsMessages(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.json");
        Files.writeString(file, lesson(""));
        assertEquals("mine", LessonJson.read(file).id());
        Files.writeString(file, "{}");
        FileFormatException e = assertThrows(FileFormatException.class, () -> LessonJson.read(file));
        assertEquals("mine.json: format: missing", e.getMessage());
        FileFormatException missing = assertThrows(FileFormatException.class,
                () -> LessonJson.read(dir.resolve("none.json")));
        assertTrue(missing.getMessage().startsWith("No such file: "), missing.getMessage());
    }
}
