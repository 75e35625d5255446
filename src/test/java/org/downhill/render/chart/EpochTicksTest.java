package org.downhill.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.downhill.data.Model;
import org.downhill.data.ModelLandscape;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.scenario.DataSets;
import org.downhill.sim.Batching;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import org.downhill.sim.Simulator;
import org.downhill.sim.Trajectory;
import org.junit.jupiter.api.Test;

/** The epoch ticks of the loss chart stand where the run's epoch column changes. */
class EpochTicksTest {
    private static final ModelLandscape FAITHFUL = ModelLandscape.of(Model.LINEAR,
            DataSets.byName("faithful").data(), List.of("eruptions", "waiting"), true);

    private static Trajectory train(int batch, int epochs) {
        Batching b = Batching.of(batch, true, 3);
        return Simulator.run(new RunSpec(FAITHFUL, 0, 0, b.steps(FAITHFUL.rows(), epochs),
                Settings.of(OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", 0.05))), b));
    }

    @Test
    void everyTickStandsWhereTheTrajectorysEpochChanges() {
        Trajectory t = train(16, 4);
        EpochTicks ticks = EpochTicks.of(t, t.lastStep());
        assertNotNull(ticks);
        assertEquals(4, ticks.epochs());
        List<Integer> all = ticks.ticked(10, 6, 30);
        assertEquals(List.of(1, 2, 3, 4), all);
        for (int e : all) {
            int k = ticks.step(e);
            if (k <= t.lastStep() - 1) {
                assertEquals(e, t.epoch(k), "the step at tick " + e + " starts epoch " + e + " (counted from 0)");
                assertEquals(e - 1, t.epoch(k - 1), "the step before it is the last of the epoch before");
            }
        }
        for (int k = 1; k < t.lastStep(); k++) {
            boolean boundary = t.epoch(k) != t.epoch(k - 1);
            assertEquals(boundary, k % ticks.stepsPerEpoch() == 0, "step " + k);
        }
    }

    @Test
    void runsWithoutBatchesOrWithOneBatchPerEpochOrNoWholeEpochHaveNone() {
        Trajectory formula = Simulator.run(new RunSpec(Landscapes.byId("quadratic").create(), 1, 1, 50,
                Settings.of(OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", 0.05)))));
        assertNull(EpochTicks.of(formula, 50));
        Trajectory full = train(Batching.ALL_ROWS, 30);
        assertNull(EpochTicks.of(full, full.lastStep()));
        Trajectory single = train(1, 1);
        assertNull(EpochTicks.of(single, 100), "batch 1 on 272 rows: no epoch ends within 100 steps");
    }

    @Test
    void crowdedTicksAreThinnedToNiceLabelsThatDoNotOverlap() {
        Trajectory t = train(16, 40);
        EpochTicks ticks = EpochTicks.of(t, t.lastStep());
        double perStep = 300.0 / t.lastStep();
        double labelGap = 25;
        List<Integer> labels = ticks.labelled(perStep, labelGap);
        assertTrue(labels.size() >= 2 && labels.size() < 40, labels.toString());
        for (int i = 1; i < labels.size(); i++) {
            double gap = (labels.get(i) - labels.get(i - 1)) * ticks.stepsPerEpoch() * perStep;
            assertTrue(gap >= labelGap, "labels " + labels + " closer than " + labelGap + " px");
        }
        assertTrue(labels.stream().allMatch(e -> e % 5 == 0 || e % 2 == 0), labels.toString());
        assertEquals(40, ticks.ticked(perStep, 2, labelGap).size(), "ticks 7.5 px apart all drawn");
        assertEquals(labels, ticks.ticked(perStep, 10, labelGap), "ticks closer than asked keep only the labels'");
    }
}
