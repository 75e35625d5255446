package org.downhill.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.param.InvalidParameterException;
import org.junit.jupiter.api.Test;

class BatchPlanTest {

    /** The rows of all the steps of an epoch, in the order they are visited. */
    private static int[] epochRows(BatchPlan plan, int epoch) {
        return IntStream.range(epoch * plan.batchesPerEpoch(), (epoch + 1) * plan.batchesPerEpoch())
                .flatMap(k -> Arrays.stream(plan.rowsOf(k))).toArray();
    }

    @Test
    void storedOrderInBatchesWithASmallerLastOne() {
        BatchPlan plan = new BatchPlan(24, Batching.of(5));
        assertEquals(5, plan.batchesPerEpoch());
        assertEquals(1, plan.epoch(7));
        assertEquals(2, plan.batch(7));
        assertArrayEquals(new int[] {10, 11, 12, 13, 14}, plan.rowsOf(7));
        assertArrayEquals(new int[] {20, 21, 22, 23}, plan.rowsOf(4));
        assertArrayEquals(IntStream.range(0, 24).toArray(), epochRows(plan, 3));
    }

    @Test
    void allRowsIsOneBatchPerEpoch() {
        BatchPlan plan = new BatchPlan(24, Batching.of(Batching.ALL_ROWS));
        assertEquals(1, plan.batchesPerEpoch());
        assertEquals(6, plan.epoch(6));
        assertEquals(24, plan.rowsOf(6).length);
        assertEquals(1, new BatchPlan(24, Batching.of(100)).batchesPerEpoch());
        assertEquals(60, Batching.of(8).steps(24, 20));
    }

    @Test
    void shufflingDrawsANewPermutationPerEpochFromTheSeed() {
        BatchPlan plan = new BatchPlan(30, Batching.of(4, true, 7));
        int[] first = epochRows(plan, 0);
        int[] second = epochRows(plan, 1);
        assertArrayEquals(IntStream.range(0, 30).toArray(), Arrays.stream(first).sorted().toArray());
        assertArrayEquals(IntStream.range(0, 30).toArray(), Arrays.stream(second).sorted().toArray());
        assertFalse(Arrays.equals(first, second));
        assertFalse(Arrays.equals(first, IntStream.range(0, 30).toArray()));
        assertArrayEquals(first, epochRows(new BatchPlan(30, Batching.of(4, true, 7)), 0));
        assertFalse(Arrays.equals(first, epochRows(new BatchPlan(30, Batching.of(4, true, 8)), 0)));
    }

    @Test
    void invalidBatchesAreRefused() {
        assertThrows(InvalidParameterException.class, () -> Batching.of(0));
        assertThrows(InvalidParameterException.class, () -> new BatchPlan(0, Batching.of(1)));
        Settings noisy = Settings.of(OptimizerSpec.of(OptimizerKind.SGD)).withNoise(new NoiseSpec(1, 4, 0));
        InvalidParameterException formula = assertThrows(InvalidParameterException.class,
                () -> new RunSpec(Landscapes.byId("quadratic").create(), 1, 1, 10,
                        Settings.of(OptimizerSpec.of(OptimizerKind.SGD)), Batching.of(4)));
        assertTrue(formula.getMessage().contains("model on data"), formula.getMessage());
        InvalidParameterException mixed = assertThrows(InvalidParameterException.class,
                () -> Batching.of(4).checkSettings(noisy));
        assertTrue(mixed.getMessage().contains("synthetic"), mixed.getMessage());
    }
}
