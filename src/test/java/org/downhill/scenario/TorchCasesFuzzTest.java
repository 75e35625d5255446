package org.downhill.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.downhill.param.Excerpt;
import org.downhill.sim.Simulator;
import org.downhill.sim.RunSpec;
import org.downhill.testing.JsonMutator;
import org.downhill.testing.RangeTestData;
import org.downhill.testing.ReferenceData;
import org.downhill.testing.TrainingReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Seeded fuzzing of the case-file readers ({@link TorchCases}, {@link TrainingCases},
 * {@link RangeTestCases}) and of data
 * CSV files ({@link DataCsv}) with mutated reference cases, manifests and shipped data: each input
 * is either read (and its run simulates) or refused with a {@link FileFormatException} naming its
 * place, as scenario files are (see {@link ScenarioFuzzTest}); nothing else escapes.
 */
class TorchCasesFuzzTest {
    private static final int INPUTS = 1_500;
    private static final int TRAINING_INPUTS = 500;
    private static final int CSV_INPUTS = 500;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void mutatedCasesAreReadOrRefusedNamingThePlace() throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(Files.readString(ReferenceData.manifest()));
        List<JsonNode> bases = new ArrayList<>();
        manifest.get("cases").forEach(bases::add);
        ObjectNode small = manifest.deepCopy();
        ArrayNode two = small.putArray("cases");
        two.add(manifest.get("cases").get(0)).add(manifest.get("cases").get(60));
        bases.add(small);
        int read = readOrRefused(bases, 7, INPUTS, text -> TorchCases.readAll(text).stream().map(TorchCase::spec).toList());
        assertTrue(read > INPUTS / 10 && read < INPUTS * 9 / 10, "the inputs reach both outcomes: " + read + " read");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void mutatedTrainingCasesAreReadOrRefusedNamingThePlace() throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(Files.readString(TrainingReference.manifest()));
        List<JsonNode> bases = new ArrayList<>();
        for (JsonNode c : manifest.get("cases")) {
            ObjectNode alone = c.deepCopy();
            JsonNode rows = manifest.get("datasets").get(c.get("data").asText());
            if (rows != null) {
                alone.set("data", rows);
            }
            bases.add(alone);
        }
        ObjectNode small = manifest.deepCopy();
        small.putArray("cases").add(manifest.get("cases").get(0)).add(manifest.get("cases").get(3));
        bases.add(small);
        int read = readOrRefused(bases, 11, TRAINING_INPUTS,
                text -> TrainingCases.readAll(text).stream().map(TrainingCase::spec).toList());
        assertTrue(read > TRAINING_INPUTS / 20 && read < TRAINING_INPUTS * 9 / 10, "both outcomes: " + read + " read");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void mutatedRangeTestCasesAreReadOrRefusedNamingThePlace() throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(Files.readString(RangeTestData.manifest()));
        List<JsonNode> bases = new ArrayList<>();
        manifest.get("cases").forEach(bases::add);
        int read = readOrRefused(bases, 17, TRAINING_INPUTS,
                text -> RangeTestCases.readAll(text).stream().map(RangeTestCase::run).toList());
        assertTrue(read > TRAINING_INPUTS / 20 && read < TRAINING_INPUTS * 9 / 10, "both outcomes: " + read + " read");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void damagedDataFilesAreReadOrRefusedNamingTheLine() throws Exception {
        List<String> bases = new ArrayList<>();
        for (DataSets.Entry entry : DataSets.all()) {
            bases.add(DataCsv.write(entry.data().table()));
        }
        JsonMutator mutator = new JsonMutator(5);
        int read = 0;
        for (int i = 0; i < CSV_INPUTS; i++) {
            String text = bases.get(mutator.random().nextInt(bases.size()));
            for (int k = 1 + mutator.random().nextInt(3); k > 0; k--) {
                text = mutator.damage(text);
            }
            try {
                DataCsv.parse(text, "data.csv");
                read++;
            } catch (FileFormatException refused) {
                String message = refused.getMessage();
                assertTrue(message.matches("data\\.csv: (line \\d+[:,] .+|empty; .+|no data rows below the header)"),
                        "names the line: " + message);
                assertTrue(message.length() < ScenarioFuzzTest.MAX_MESSAGE, "one line of reasonable length: " + Excerpt.of(message));
            } catch (RuntimeException | Error e) {
                throw new AssertionError("input " + i + " escaped as " + e + ": " + Excerpt.of(text), e);
            }
        }
        assertTrue(read < CSV_INPUTS, "some are refused: " + read + " read");
    }

    /** A case reader, down to the runs its cases describe. */
    private interface RunReader {
        List<RunSpec> read(String json) throws FileFormatException;
    }

    /**
     * Mutates {@code inputs} inputs from the bases (seeded) and gives each to the reader: either it
     * is read and every run it describes simulates from its start, or it is refused with a message
     * that names its place; anything else fails the test. Returns how many were read.
     */
    private static int readOrRefused(List<JsonNode> bases, long seed, int inputs, RunReader reader) {
        JsonMutator mutator = new JsonMutator(seed);
        int read = 0;
        for (int i = 0; i < inputs; i++) {
            String text = mutator.mutate(bases.get(mutator.random().nextInt(bases.size())));
            try {
                for (RunSpec run : reader.read(text)) {
                    assertEquals(run.startX(), Simulator.run(run).x(0));
                }
                read++;
            } catch (FileFormatException refused) {
                ScenarioFuzzTest.assertNamesItsPlace(refused.getMessage(), text);
            } catch (RuntimeException | Error e) {
                throw new AssertionError("input " + i + " escaped as " + e + ": " + Excerpt.of(text), e);
            }
        }
        return read;
    }
}
