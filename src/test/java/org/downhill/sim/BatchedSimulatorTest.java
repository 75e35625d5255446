package org.downhill.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.downhill.data.Model;
import org.downhill.data.ModelLandscape;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.scenario.DataSets;
import org.junit.jupiter.api.Test;

/** Runs on data in mini-batches: the loss column is the full-data loss, the batch loss that of the step's rows. */
class BatchedSimulatorTest {
    private static final ModelLandscape FAITHFUL = ModelLandscape.of(Model.LINEAR,
            DataSets.byName("faithful").data(), List.of("eruptions", "waiting"), true);
    private static final Settings SGD = Settings.of(OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", 0.05)));

    @Test
    void oneBatchOfAllRowsIsGradientDescentOnTheLandscape() {
        Trajectory batched = Simulator.run(new RunSpec(FAITHFUL, 0, 0, 30, SGD, Batching.of(Batching.ALL_ROWS)));
        Trajectory plain = Simulator.run(new RunSpec(FAITHFUL, 0, 0, 30, SGD));
        assertTrue(batched.batched());
        assertFalse(plain.batched());
        for (int k = 0; k < 31; k++) {
            assertEquals(plain.x(k), batched.x(k), 1e-12 * Math.max(1, Math.abs(plain.x(k))));
            assertEquals(batched.loss(k), batched.batchLoss(k), 1e-12 * batched.loss(k));
            assertEquals(k, batched.epoch(k));
            assertEquals(plain.loss(k), plain.batchLoss(k), 0);
        }
    }

    @Test
    void eachRowRecordsItsStepsBatchAndTheFullDataLoss() {
        Batching b = Batching.of(50, true, 3);
        RunSpec spec = new RunSpec(FAITHFUL, 0, 0, b.steps(FAITHFUL.rows(), 2), SGD, b);
        Trajectory t = Simulator.run(spec);
        BatchPlan plan = spec.batchPlan();
        assertEquals(6, plan.batchesPerEpoch());
        assertEquals(13, t.rows());
        for (int k = 0; k < t.rows(); k++) {
            int[] rows = plan.rowsOf(k);
            assertEquals(plan.epoch(k), t.epoch(k));
            assertEquals(plan.batch(k), t.batchIndex(k));
            assertEquals(FAITHFUL.batchValue(t.x(k), t.y(k), rows, 0, rows.length), t.batchLoss(k), 0);
            assertEquals(FAITHFUL.value(t.x(k), t.y(k)), t.loss(k), 0);
        }
        assertEquals(22, plan.rowsOf(5).length);
    }
}
