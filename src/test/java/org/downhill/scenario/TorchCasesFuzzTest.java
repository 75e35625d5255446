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
import org.downhill.testing.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Seeded fuzzing of the case-file reader with mutated PyTorch reference cases and manifests: each
 * input is either read (and its run simulates) or refused with a {@link FileFormatException}
 * naming its place, as scenario files are (see {@link ScenarioFuzzTest}); nothing else escapes.
 */
class TorchCasesFuzzTest {
    private static final int INPUTS = 1_500;

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
}
