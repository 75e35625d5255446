package org.downhill.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.downhill.data.DataSet;
import org.downhill.data.Model;
import org.downhill.data.ModelLandscape;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.schedule.ScheduleKind;
import org.downhill.schedule.ScheduleSpec;
import org.downhill.sim.Batching;
import org.downhill.sim.RunPlan;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import org.downhill.sim.Simulator;
import org.downhill.sim.Trajectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every shipped data set, raw and standardized, and a user's CSV file stored in the scenario
 * reopen exactly from a file: the model, the data, standardize, each run's batch size, shuffling
 * and seed, the steps (epochs of batches) and identical trajectories, row by row.
 */
class DataScenarioRoundTripTest {
    @TempDir
    Path dir;

    /** Four runs in different batches, optimizers and schedules, for 3 epochs of the 16-row batches. */
    private static Scenario scenario(ModelLandscape f) {
        int steps = Batching.of(16).steps(f.rows(), 3);
        double[] p = f.suggestedStart();
        Settings sgd = Settings.of(OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", 0.03, "momentum", 0.5)));
        Settings adam = Settings.of(OptimizerSpec.of(OptimizerKind.ADAM, Map.of("lr", 0.02)))
                .withSchedule(ScheduleSpec.of(ScheduleKind.COSINE_ANNEALING_LR, Map.of("T_max", steps)));
        Batching[] batchings = {Batching.of(1, true, 3), Batching.of(16, true, -9_007_199_254_740_993L),
            Batching.of(Batching.ALL_ROWS), Batching.of(7)};
        List<Scenario.Run> runs = new ArrayList<>();
        for (int i = 0; i < batchings.length; i++) {
            runs.add(Scenario.Run.of("Run " + i, "#0072B2", true, RunPlan.of(new RunSpec(f, p[0] + 0.1 * i, p[1],
                    steps, i % 2 == 0 ? sgd : adam, batchings[i]))));
        }
        return new Scenario(f, f.defaultWindow(), steps, steps / 2, Scenario.Display.defaultsFor(f), runs, "");
    }

    /** Saves to a file, reads it back, and checks the scenario, its JSON and every run's rows. */
    private Scenario roundTrip(Scenario s, String name) throws Exception {
        Path file = dir.resolve(name + ".downhill");
        Files.writeString(file, ScenarioJson.write(s));
        Scenario back = ScenarioJson.read(file);
        assertEquals(s, back, name);
        assertEquals(ScenarioJson.write(s), ScenarioJson.write(back), name);
        for (int i = 0; i < s.plans().size(); i++) {
            RunSpec spec = back.plans().get(i).spec();
            assertEquals(s.plans().get(i).spec().batching(), spec.batching(), name + " run " + i);
            assertIdentical(Simulator.run(s.plans().get(i)), Simulator.run(back.plans().get(i)), name + " run " + i);
        }
        return back;
    }

    private static void assertIdentical(Trajectory a, Trajectory b, String what) {
        assertEquals(a.rows(), b.rows(), what);
        assertTrue(a.batched() && b.batched(), what);
        for (int k = 0; k < a.rows(); k++) {
            assertEquals(a.x(k), b.x(k), 0, what + " row " + k);
            assertEquals(a.y(k), b.y(k), 0, what + " row " + k);
            assertEquals(a.loss(k), b.loss(k), 0, what + " row " + k);
            assertEquals(a.batchLoss(k), b.batchLoss(k), 0, what + " row " + k);
            assertEquals(a.lr(k), b.lr(k), 0, what + " row " + k);
            assertEquals(a.epoch(k), b.epoch(k), what + " row " + k);
            assertEquals(a.batchIndex(k), b.batchIndex(k), what + " row " + k);
        }
    }

    @Test
    void everyShippedSetRawAndStandardizedReopensByNameWithIdenticalRuns() throws Exception {
        for (DataSets.Entry e : DataSets.all()) {
            for (boolean standardize : new boolean[] {false, true}) {
                ModelLandscape f = ModelLandscape.of(e.model(), e.data(), e.data().table().names(), standardize);
                String name = e.data().name() + (standardize ? "-standardized" : "");
                Scenario s = scenario(f);
                String json = ScenarioJson.write(s);
                assertTrue(json.contains("\"name\": \"" + e.data().name() + "\""), name);
                assertFalse(json.contains("\"csv\""), name + ": a shipped set is stored by name");
                assertTrue(json.contains("\"standardize\": " + standardize), name);
                ModelLandscape back = (ModelLandscape) roundTrip(s, name).landscape();
                assertEquals(standardize, back.standardized(), name);
                assertEquals(e.model(), back.model(), name);
            }
        }
    }

    @Test
    void aUsersCsvIsStoredInTheScenarioAndReopensWithoutTheFile() throws Exception {
        Path csv = dir.resolve("shop.csv");
        StringBuilder text = new StringBuilder("\"day\",temperature,sales\n");
        for (int i = 0; i < 37; i++) {
            text.append(i).append(',').append(12.5 + i / 3.0).append(',').append(100 + 7.25 * i + (i % 5) * 1e-9)
                    .append('\n');
        }
        Files.writeString(csv, text);
        DataSet mine = new DataSet("shop.csv", "shop.csv", DataCsv.read(csv));
        for (boolean standardize : new boolean[] {false, true}) {
            ModelLandscape f = ModelLandscape.of(Model.LINEAR, mine, List.of("temperature", "sales"), standardize);
            Scenario s = scenario(f);
            String json = ScenarioJson.write(s);
            assertTrue(json.contains("\"csv\": \"day,temperature,sales\\n"), json.substring(0, 300));
            assertFalse(json.contains(dir.toString()), "no path to the file");
            Files.deleteIfExists(csv);
            ModelLandscape back = (ModelLandscape) roundTrip(s, "shop-" + standardize).landscape();
            assertEquals(mine.table(), back.data().table(), "every number exactly");
            assertEquals(List.of("temperature", "sales"), back.columns());
            assertEquals(standardize, back.standardized());
        }
    }
}
