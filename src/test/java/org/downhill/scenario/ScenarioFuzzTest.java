package org.downhill.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.downhill.param.Excerpt;
import org.downhill.testing.JsonMutator;
import org.downhill.ui.model.LabViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of the scenario reader with thousands of mutated presets: each input is either
 * read (and then survives a write and a read, and the lab shows it) or refused with a
 * {@link FileFormatException} whose message names its place (the line and column of a syntax
 * error, or the path of the value); nothing else escapes. Files add the file name and bytes
 * that are not UTF-8.
 */
class ScenarioFuzzTest {
    /** A refusal: the place, then what is wrong. */
    static final Pattern PLACE = Pattern.compile("(not valid JSON at line \\d+, column \\d+|top level|[^\\n]+?): .+",
            Pattern.DOTALL);
    /**
     * The longest refusal: room for a path, the reason and a list of the known names, but not for
     * an echo of a long input.
     */
    static final int MAX_MESSAGE = 1_000;
    private static final int TEXTS = 2_000;
    private static final int FILES = 200;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void mutatedScenariosAreReadOrRefusedNamingThePlace() throws Exception {
        List<JsonNode> bases = bases();
        JsonMutator mutator = new JsonMutator(13);
        int read = 0;
        for (int i = 0; i < TEXTS; i++) {
            String text = mutator.mutate(bases.get(mutator.random().nextInt(bases.size())));
            try {
                Scenario scenario = ScenarioJson.read(text);
                read++;
                assertEquals(scenario, ScenarioJson.read(ScenarioJson.write(scenario)), "a round trip");
                new LabViewModel().load(scenario);
            } catch (FileFormatException refused) {
                assertNamesItsPlace(refused.getMessage(), text);
            } catch (RuntimeException | Error e) {
                throw new AssertionError("input " + i + " escaped as " + e + ": " + Excerpt.of(text), e);
            }
        }
        assertTrue(read > TEXTS / 10 && read < TEXTS * 9 / 10, "the inputs reach both outcomes: " + read + " read");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void damagedFilesAreRefusedNamingTheFileAndThePlace(@TempDir Path dir) throws Exception {
        List<JsonNode> bases = bases();
        JsonMutator mutator = new JsonMutator(31);
        Random random = mutator.random();
        Path file = dir.resolve("lesson.json");
        for (int i = 0; i < FILES; i++) {
            byte[] bytes = mutator.mutate(bases.get(random.nextInt(bases.size()))).getBytes(StandardCharsets.UTF_8);
            for (int k = random.nextInt(3); k > 0 && bytes.length > 0; k--) {
                bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
            }
            Files.write(file, bytes);
            try {
                ScenarioJson.read(file);
            } catch (FileFormatException refused) {
                String message = refused.getMessage();
                assertTrue(message.startsWith("lesson.json: "), message);
                String rest = message.substring("lesson.json: ".length());
                if (!rest.matches("not UTF-8 text \\(byte offset \\d+ is not part of a UTF-8 character\\)")) {
                    assertNamesItsPlace(rest, new String(bytes, StandardCharsets.UTF_8));
                }
            } catch (RuntimeException | Error e) {
                throw new AssertionError("file " + i + " escaped as " + e, e);
            }
        }
    }

    /**
     * Checks that a refusal starts with its place: a line and column, {@code top level}, or a path
     * whose first field is in the input (or is missing from it, and the message says so).
     */
    static void assertNamesItsPlace(String message, String input) {
        Matcher m = PLACE.matcher(message);
        if (!m.matches()) {
            fail("no place named: " + message);
        }
        String place = m.group(1);
        if (place.startsWith("not valid JSON") || place.equals("top level") || message.endsWith(": missing")) {
            return;
        }
        String first = place.split("[.\\[]", 2)[0].replace("\u2026", "");
        assertTrue(input.contains("\"" + first), "the path " + place + " starts at a field of the input: " + message);
        assertTrue(message.length() < MAX_MESSAGE, "one line of reasonable length: " + Excerpt.of(message));
    }

    /** Every preset and the richest scenario of the format tests, as JSON trees. */
    private static List<JsonNode> bases() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> bases = new ArrayList<>();
        for (Preset preset : Presets.all()) {
            bases.add(json.readTree(ScenarioJson.write(preset.scenario())));
        }
        bases.add(json.readTree(ScenarioJson.write(ScenarioJsonTest.rich())));
        return bases;
    }
}
