package org.downhill.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.downhill.scenario.TorchCase;
import org.downhill.testing.ReferenceData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every PyTorch reference case, simulated: the same number of rows, the same termination, and every
 * row's x, y, loss and lr within the reference's tolerance (1e-9 in |a - b| / max(1, |b|)).
 */
class ReferenceTrajectoryTest {
    private static final double TOLERANCE = 1e-9;
    private static final String[] COLUMNS = {"step", "x", "y", "loss", "lr"};

    @TestFactory
    Stream<DynamicTest> everyCaseMatchesPyTorch() {
        return ReferenceData.cases().stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> check(c)));
    }

    private static void check(TorchCase c) {
        double[][] expected = ReferenceData.rows(c);
        Trajectory t = Simulator.run(c.spec());
        assertEquals(c.rows(), expected.length, "manifest rows vs CSV");
        assertEquals(expected.length, t.rows(), "rows");
        assertEquals(c.termination(), t.termination(), "termination");
        for (int k = 0; k < t.rows(); k++) {
            double[] actual = {k, t.x(k), t.y(k), t.loss(k), t.lr(k)};
            for (int j = 0; j < COLUMNS.length; j++) {
                int row = k;
                int col = j;
                assertTrue(ReferenceData.close(actual[j], expected[k][j], TOLERANCE),
                        () -> COLUMNS[col] + " at step " + row + ": " + actual[col] + " vs " + expected[row][col]);
            }
        }
    }
}
