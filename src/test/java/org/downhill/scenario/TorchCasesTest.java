package org.downhill.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.downhill.sim.RunSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Case files are read as strictly as scenario files, and every refusal names the file and the place. */
class TorchCasesTest {
    private static final String CASE = "{\"id\": \"c1\", \"function\": {\"name\": \"quadratic\", \"params\": {\"a\": 1, "
            + "\"b\": 10}}, \"start\": [1, 1], \"optimizer\": {\"name\": \"SGD\", \"hyperparameters\": {\"lr\": 0.01}}, "
            + "\"schedule\": {\"name\": \"StepLR\", \"args\": {\"step_size\": 5}}, \"steps\": 10}";

    @Test
    void readsACaseAndAManifest() throws Exception {
        TorchCase single = TorchCases.readAll(CASE).get(0);
        assertEquals("c1", single.id());
        assertEquals(10, single.spec().steps());
        assertEquals(0.01, single.spec().settings().optimizer().lr());
        List<TorchCase> two = TorchCases.readAll("{\"description\": \"x\", \"cases\": [" + CASE + ", " + CASE + "]}");
        assertEquals(2, two.size());
    }

    /** Each text is the case with one thing changed, or a manifest around it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no case | {\"cases\": []} | cases: the list is empty; a manifest holds at least one case",
        "trailing garbage | CASE garbage | not valid JSON at line 1",
        "trailing object | CASE {} | not valid JSON at line 1",
        "duplicate key | {\"id\": \"a\", \"id\": \"b\"} | not valid JSON at line 1, column 17: Duplicate field 'id'",
        "params as a list | CASE[\"params\": {\"a\": 1, \"b\": 10}=\"params\": [1, 10]] | function.params: must be a JSON object, not a list",
        "hyper-parameters as a list | CASE[{\"lr\": 0.01}=[0.01]] | optimizer.hyperparameters: must be a JSON object, not a list",
        "schedule arguments as a list | CASE[{\"step_size\": 5}=[5]] | schedule.args: must be a JSON object, not a list",
        "a number as a list | CASE[\"lr\": 0.01=\"lr\": [0.01]] | optimizer.hyperparameters: lr must be a number, not [0.01]",
        "steps over the limit | CASE[\"steps\": 10=\"steps\": 20001] | steps: Invalid value for steps: 20001 (allowed: an integer 1 <= steps <= 20000)",
        "steps zero | CASE[\"steps\": 10=\"steps\": 0] | steps: Invalid value for steps: 0",
        "unknown field | CASE[\"steps\"=\"stepz\"] | stepz: unknown field; allowed here: id, csv, function",
        "unknown function | CASE[\"quadratic\"=\"quadric\"] | function.name: Unknown landscape 'quadric'",
        "bad value | CASE[0.01=-1] | optimizer.hyperparameters: Invalid value for lr: -1 (allowed: lr >= 0)",
        "start as text | CASE[[1, 1]=\"here\"] | start: must be a list, not the string \"here\"",
        "id as a number | CASE[\"c1\"=7] | id: must be a string, not 7",
        "manifest field unknown | {\"cases\": [CASE], \"extra\": 1} | extra: unknown field",
        "second case broken | {\"cases\": [CASE, {\"id\": \"x\"}]} | cases[1].steps: missing",
        "epochs overflow | CASE[\"StepLR\", \"args\": {\"step_size\": 5}=\"OneCycleLR\", \"args\": {\"epochs\": 100000, \"steps_per_epoch\": 100000, \"max_lr\": 0.1}] | schedule.args: Invalid value for total_steps: 10000000000",
    })
    void refusesWithThePlace(String what, String text, String message) {
        FileFormatException e = assertThrows(FileFormatException.class, () -> TorchCases.readAll(expand(text)), what);
        assertTrue(e.getMessage().contains(message), what + ": " + e.getMessage());
    }

    @Test
    void limitsOfTheParserNameTheirLineAndColumn() {
        String deep = "[".repeat(JsonAt.MAX_DEPTH + 1) + "]".repeat(JsonAt.MAX_DEPTH + 1);
        FileFormatException tooDeep = assertThrows(FileFormatException.class, () -> TorchCases.readAll(deep));
        assertTrue(tooDeep.getMessage().startsWith("not valid JSON at line 1, column 1002: Document nesting depth"),
                tooDeep.getMessage());
        String longString = "{\"id\": \"" + "a".repeat(JsonAt.MAX_STRING_LENGTH + 1) + "\"}";
        FileFormatException tooLong = assertThrows(FileFormatException.class, () -> TorchCases.readAll(longString));
        assertTrue(tooLong.getMessage().startsWith("not valid JSON at line 1, column "), tooLong.getMessage());
        assertTrue(tooLong.getMessage().contains("String value length"), tooLong.getMessage());
        assertTrue(tooLong.getMessage().length() < 300, "one short line");
    }

    @Test
    void aFileIsNamedAndBytesThatAreNotUtf8GiveTheirOffset(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cases.json");
        byte[] prefix = "{\"id\": \"".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[prefix.length + 3];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        bytes[prefix.length] = 'a';
        bytes[prefix.length + 1] = (byte) 0xFF;
        bytes[prefix.length + 2] = '"';
        Files.write(file, bytes);
        FileFormatException e = assertThrows(FileFormatException.class, () -> TorchCases.readAll(file));
        assertEquals("cases.json: not UTF-8 text (byte offset " + (prefix.length + 1)
                + " is not part of a UTF-8 character)", e.getMessage());
        Files.writeString(file, "{\"cases\": []}");
        assertEquals("cases.json: cases: the list is empty; a manifest holds at least one case",
                assertThrows(FileFormatException.class, () -> TorchCases.read(file, null)).getMessage());
        Files.writeString(file, "\uFEFF" + CASE);
        assertEquals("c1", TorchCases.read(file, null).id(), "a byte order mark is dropped");
        assertTrue(assertThrows(FileFormatException.class, () -> TorchCases.readAll(dir)).getMessage()
                .startsWith("Cannot read " + dir), "a folder");
    }

    @Test
    void theStepLimitIsTheCores() throws Exception {
        String atLimit = CASE.replace("\"steps\": 10", "\"steps\": " + RunSpec.MAX_STEPS);
        assertEquals(RunSpec.MAX_STEPS, TorchCases.readAll(atLimit).get(0).spec().steps());
    }

    /** {@code CASE} stands for the case; {@code [a=b]} after it replaces a by b in it. */
    private static String expand(String text) {
        String out = text;
        int at = out.indexOf("CASE[");
        if (at >= 0) {
            int end = out.lastIndexOf(']');
            String[] swap = out.substring(at + 5, end).split("=", 2);
            String changed = CASE.replace(swap[0], swap[1]);
            assertTrue(!changed.equals(CASE), "the replacement applies: " + swap[0]);
            out = out.substring(0, at) + changed + out.substring(end + 1);
        }
        return out.replace("CASE", CASE);
    }
}
