package org.downhill.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.downhill.data.DataSet;
import org.downhill.data.DataTable;
import org.downhill.data.Model;
import org.downhill.data.ModelLandscape;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.sim.Batching;
import org.downhill.sim.RunPlan;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import org.downhill.sim.Simulator;
import org.junit.jupiter.api.Test;

/** Scenario files with a model on data and runs in mini-batches: written, read back, equal. */
class TrainingScenarioJsonTest {

    private static Scenario scenario(ModelLandscape f, Batching... batchings) {
        Settings sgd = Settings.of(OptimizerSpec.of(OptimizerKind.SGD, java.util.Map.of("lr", 0.05)));
        List<Scenario.Run> runs = new java.util.ArrayList<>();
        for (int i = 0; i < batchings.length; i++) {
            runs.add(Scenario.Run.of("B" + i, "#D55E00", true,
                    RunPlan.of(new RunSpec(f, 0, 0, 60, sgd, batchings[i]))));
        }
        return new Scenario(f, f.defaultWindow(), 60, 10, Scenario.Display.defaultsFor(f), runs, "");
    }

    @Test
    void aShippedSetIsStoredByNameAndReopensExactly() throws FileFormatException {
        DataSets.Entry e = DataSets.byName("faithful");
        ModelLandscape f = ModelLandscape.of(Model.LINEAR, e.data(), List.of("eruptions", "waiting"), true);
        Scenario s = scenario(f, Batching.of(16, true, 7), Batching.of(Batching.ALL_ROWS), Batching.NONE);
        String json = ScenarioJson.write(s);
        assertTrue(json.contains("\"name\": \"faithful\"") && !json.contains("\"csv\""), json);
        assertTrue(json.contains("\"size\": \"all\""), json);
        Scenario back = ScenarioJson.read(json);
        assertEquals(s, back);
        assertEquals(json, ScenarioJson.write(back));
        assertEquals(Simulator.run(s.plans().get(0)).loss(60), Simulator.run(back.plans().get(0)).loss(60), 0);
    }

    @Test
    void aUsersDataIsStoredAsCsvAndReopensExactly() throws FileFormatException {
        DataTable table = DataTable.ofRows(List.of("a", "b", "c"),
                new double[][] {{0.1, 1.0 / 3, 1}, {-2.25, 7e-12, 0}, {3, 4, 1}, {-1, -1, 0}, {0.5, -2, 1}});
        DataSet mine = new DataSet("mine.csv", "My classes", table);
        ModelLandscape f = ModelLandscape.of(Model.LOGISTIC, mine, List.of("b", "a", "c"), false);
        Scenario s = scenario(f, Batching.of(2));
        String json = ScenarioJson.write(s);
        assertTrue(json.contains("\"csv\""), json);
        Scenario back = ScenarioJson.read(json);
        assertEquals(s, back);
        assertEquals(f, back.landscape());
    }

    @Test
    void differentDataMakeDifferentScenarios() {
        DataSets.Entry line = DataSets.byName("line");
        DataSets.Entry ravine = DataSets.byName("ravine");
        Scenario a = scenario(ModelLandscape.of(Model.LINEAR, line.data(), List.of("x", "y"), false), Batching.of(4));
        Scenario b = scenario(ModelLandscape.of(Model.LINEAR, ravine.data(), List.of("x", "y"), false), Batching.of(4));
        assertNotEquals(a, b);
        assertFalse(a.equals(scenario((ModelLandscape) a.landscape(), Batching.of(5))));
    }

    @Test
    void brokenTrainingPartsAreNamedByTheirPath() throws FileFormatException {
        DataSets.Entry e = DataSets.byName("line");
        String json = ScenarioJson.write(scenario(ModelLandscape.of(Model.LINEAR, e.data(), List.of("x", "y"), false),
                Batching.of(4)));
        String[][] cases = {
            {json.replace("\"size\": 4", "\"size\": 0"), "runs[0].batches.size: Invalid value for batch: 0"},
            {json.replace("\"size\": 4", "\"size\": \"most\""), "runs[0].batches.size: must be a number of rows or \"all\""},
            {json.replace("\"name\": \"line\"", "\"name\": \"nope\""), "landscape.data.name: Unknown data set 'nope'"},
            {json.replace("\"model\": \"linear\"", "\"model\": \"svm\""), "landscape.model: Unknown model 'svm'"},
            {json.replace("\"name\": \"line\"", "\"name\": \"line\", \"csv\": \"x,y\\n1,oops\\n\""),
                "landscape.data.csv: the CSV text: line 2, column 2 (y): 'oops' is not a number"},
        };
        for (String[] c : cases) {
            FileFormatException ex = assertThrows(FileFormatException.class, () -> ScenarioJson.read(c[0]), c[1]);
            assertTrue(ex.getMessage().startsWith(c[1]), ex.getMessage());
        }
        String withBatches = ScenarioJson.write(Presets.all().get(0).scenario())
                .replaceFirst("\"visible\": true,", "\"visible\": true, \"batches\": {\"size\": 4},");
        FileFormatException ex = assertThrows(FileFormatException.class, () -> ScenarioJson.read(withBatches));
        assertTrue(ex.getMessage().contains("model on data"), ex.getMessage());
    }
}
