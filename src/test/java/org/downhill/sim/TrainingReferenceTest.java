package org.downhill.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.Stream;
import org.downhill.scenario.TrainingCase;
import org.downhill.testing.TrainingReference;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every PyTorch training reference case, simulated in mini-batches: the same number of rows and
 * termination, and every value of every row (step, epoch, batch, p1, p2, batch loss, full loss,
 * lr) within the reference's tolerance.
 */
class TrainingReferenceTest {

    @TestFactory
    Stream<DynamicTest> everyCaseMatchesPyTorch() {
        return TrainingReference.cases().stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> check(c)));
    }

    private static void check(TrainingCase c) {
        Trajectory t = Simulator.run(c.spec());
        assertEquals(c.rows(), t.rows(), "rows");
        assertEquals(c.termination(), t.termination(), "termination");
        assertNull(TrainingReference.difference(c, TrainingCsv.toCsv(t)));
    }
}
