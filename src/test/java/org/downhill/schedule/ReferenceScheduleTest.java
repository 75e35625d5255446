package org.downhill.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.downhill.scenario.TorchCase;
import org.downhill.sim.Settings;
import org.downhill.testing.ReferenceData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The lr column of every reference case with a schedule, reproduced from the schedule alone
 * (ReduceLROnPlateau is fed the CSV's loss of the row after each update): bit for bit where the
 * schedule uses only arithmetic and powers; within one unit in the last place where it takes a
 * cosine, since C's {@code cos}, which PyTorch calls, is not correctly rounded in near-tie cases
 * (e.g. cos(pi * 0.6714285714285714), 0.50049 units from the lower neighbour, where Java's
 * {@link Math#cos} rounds correctly and glibc does not).
 */
class ReferenceScheduleTest {
    private static final Set<ScheduleKind> COSINE = EnumSet.of(ScheduleKind.COSINE_ANNEALING_LR,
            ScheduleKind.COSINE_ANNEALING_WARM_RESTARTS, ScheduleKind.ONE_CYCLE_LR);

    @TestFactory
    Stream<DynamicTest> reproducesEveryLearningRateExactly() {
        return ReferenceData.cases().stream().filter(c -> c.spec().settings().schedule().kind() != ScheduleKind.CONSTANT)
                .map(c -> DynamicTest.dynamicTest(c.id(), () -> check(c)));
    }

    private static void check(TorchCase c) {
        double[][] rows = ReferenceData.rows(c);
        Settings s = c.spec().settings();
        ScheduleState state = s.schedule().create().start(s.optimizer().lr());
        boolean cosine = COSINE.contains(s.schedule().kind());
        for (int k = 0; k < rows.length; k++) {
            if (k > 0) {
                state.step(rows[k][3]);
            }
            double tolerance = cosine ? Math.ulp(rows[k][4]) : 0;
            assertEquals(rows[k][4], state.lr(), tolerance, "lr at step " + k);
        }
    }
}
