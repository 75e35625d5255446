package org.downhill.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.scenario.DataSets;
import org.downhill.sim.Batching;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import org.downhill.sim.Simulator;
import org.downhill.sim.Trajectory;
import org.junit.jupiter.api.Test;

class LargestLearningRateTest {
    private static final ModelLandscape LINE = ModelLandscape.of(Model.LINEAR, DataSets.byName("line").data(),
            List.of("x", "y"), true);

    private static double finalLoss(LargestLearningRate q, int batch, double lr, long seed) {
        Settings s = Settings.of(OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", lr)));
        Batching b = Batching.of(batch, q.shuffle(), seed);
        Trajectory t = Simulator.run(new RunSpec(q.landscape(), 0, 0, b.steps(LINE.rows(), q.epochs()), s, b));
        return t.termination().diverged() ? Double.POSITIVE_INFINITY : t.loss(t.lastStep());
    }

    @Test
    void fullBatchGradientDescentStopsBelowTwoOverL() {
        double target = 1.05 * LINE.criticalPoints().get(0).value();
        LargestLearningRate q = new LargestLearningRate(LINE, 0, 0, Settings.of(OptimizerSpec.of(OptimizerKind.SGD)),
                false, 0, 1, 30, target);
        LargestLearningRate.Edge edge = q.find(Batching.ALL_ROWS);
        double twoOverL = LINE.conditioning().twoOverL();
        assertTrue(edge.lr() < twoOverL && edge.lr() > 0.8 * twoOverL, "edge " + edge + ", 2/L " + twoOverL);
        assertTrue(finalLoss(q, Batching.ALL_ROWS, edge.lr(), 0) <= target);
        assertTrue(finalLoss(q, Batching.ALL_ROWS, edge.failingLr(), 0) > target);
    }

    @Test
    void smallShuffledBatchesNeedASmallerLearningRateForEverySeed() {
        double target = 1.05 * LINE.criticalPoints().get(0).value();
        LargestLearningRate q = new LargestLearningRate(LINE, 0, 0, Settings.of(OptimizerSpec.of(OptimizerKind.SGD)),
                true, 1, 3, 20, target);
        LargestLearningRate.Edge one = q.find(1);
        LargestLearningRate.Edge all = q.find(Batching.ALL_ROWS);
        assertTrue(one.lr() < all.lr() / 4, one + " vs " + all);
        for (long seed = 1; seed <= 3; seed++) {
            assertTrue(finalLoss(q, 1, one.lr(), seed) <= target, "seed " + seed);
        }
    }
}
