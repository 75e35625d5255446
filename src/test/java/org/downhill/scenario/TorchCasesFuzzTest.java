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
import org.downhill.sim.Trajectory;
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
        JsonMutator mutator = new JsonMutator(7);
        int read = 0;
        for (int i = 0; i < INPUTS; i++) {
            String text = mutator.mutate(bases.get(mutator.random().nextInt(bases.size())));
            try {
                for (TorchCase c : TorchCases.readAll(text)) {
                    Trajectory t = Simulator.run(c.spec());
                    assertEquals(c.spec().startX(), t.x(0));
                }
                read++;
            } catch (FileFormatException refused) {
                ScenarioFuzzTest.assertNamesItsPlace(refused.getMessage(), text);
            } catch (RuntimeException | Error e) {
                throw new AssertionError("input " + i + " escaped as " + e + ": " + Excerpt.of(text), e);
            }
        }
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
        JsonMutator mutator = new JsonMutator(11);
        int read = 0;
        for (int i = 0; i < TRAINING_INPUTS; i++) {
            String text = mutator.mutate(bases.get(mutator.random().nextInt(bases.size())));
            try {
                for (TrainingCase c : TrainingCases.readAll(text)) {
                    assertEquals(c.spec().startX(), Simulator.run(c.spec()).x(0));
                }
                read++;
            } catch (FileFormatException refused) {
                ScenarioFuzzTest.assertNamesItsPlace(refused.getMessage(), text);
            } catch (RuntimeException | Error e) {
                throw new AssertionError("input " + i + " escaped as " + e + ": " + Excerpt.of(text), e);
            }
        }
        assertTrue(read > TRAINING_INPUTS / 20 && read < TRAINING_INPUTS * 9 / 10, "both outcomes: " + read + " read");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void mutatedRangeTestCasesAreReadOrRefusedNamingThePlace() throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(Files.readString(RangeTestData.manifest()));
        List<JsonNode> bases = new ArrayList<>();
        manifest.get("cases").forEach(bases::add);
        JsonMutator mutator = new JsonMutator(17);
        int read = 0;
        for (int i = 0; i < TRAINING_INPUTS; i++) {
            String text = mutator.mutate(bases.get(mutator.random().nextInt(bases.size())));
            try {
                for (RangeTestCase c : RangeTestCases.readAll(text)) {
                    assertEquals(c.run().startX(), Simulator.run(c.run()).x(0));
                }
                read++;
            } catch (FileFormatException refused) {
                ScenarioFuzzTest.assertNamesItsPlace(refused.getMessage(), text);
            } catch (RuntimeException | Error e) {
                throw new AssertionError("input " + i + " escaped as " + e + ": " + Excerpt.of(text), e);
            }
        }
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
}
