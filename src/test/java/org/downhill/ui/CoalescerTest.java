package org.downhill.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/** Values handed over coalesced: one delivery pending at most, the newest delivered, in order. */
class CoalescerTest {
    private final Queue<Runnable> fx = new ArrayDeque<>();
    private final List<Integer> seen = new ArrayList<>();
    private final Coalescer<Integer> coalescer = new Coalescer<>(fx::add, seen::add);

    @Test
    void valuesPostedBeforeTheDeliveryRunsAreCoalescedIntoTheNewest() {
        for (int i = 1; i <= 5; i++) {
            coalescer.post(i);
        }
        assertEquals(1, fx.size(), "one delivery pending");
        fx.poll().run();
        assertEquals(List.of(5), seen);
    }

    @Test
    void eachTurnOfTheDeliveryThreadTakesTheNewestSoFarInOrder() {
        coalescer.post(1);
        fx.poll().run();
        coalescer.post(2);
        coalescer.post(3);
        fx.poll().run();
        coalescer.post(4);
        assertEquals(1, fx.size());
        fx.poll().run();
        assertEquals(List.of(1, 3, 4), seen);
        assertEquals(0, fx.size(), "nothing pending once all is delivered");
    }
}
