package org.downhill.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Newest request only: coalescing, stale results discarded, cancel, failures dropped. */
class LatestOnlyTest {

    /** An executor that runs nothing until asked to, so a test decides the interleaving. */
    private static final class Stepped implements Executor {
        private final Queue<Runnable> queue = new ArrayDeque<>();

        @Override
        public void execute(Runnable command) {
            queue.add(command);
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
        }

        boolean isEmpty() {
            return queue.isEmpty();
        }
    }

    private final Stepped worker = new Stepped();
    private final Stepped deliver = new Stepped();
    private final List<Integer> computed = new ArrayList<>();
    private final List<String> delivered = new ArrayList<>();
    private final List<Integer> discarded = new ArrayList<>();

    private LatestOnly<Integer, Integer> squares(Function<Integer, Integer> compute) {
        return new LatestOnly<>(worker, deliver, q -> {
            computed.add(q);
            return compute.apply(q);
        }, discarded::add);
    }

    private void ask(LatestOnly<Integer, Integer> work, int q) {
        work.request(q, (request, result) -> delivered.add(request + "->" + result));
    }

    @Test
    void aRequestIsComputedOnTheWorkerAndDeliveredOnTheDeliveryThread() {
        LatestOnly<Integer, Integer> work = squares(q -> q * q);
        ask(work, 7);
        assertTrue(computed.isEmpty(), "nothing is computed on the caller's thread");
        worker.runAll();
        assertEquals(List.of(7), computed);
        assertTrue(delivered.isEmpty(), "the result waits for the delivery thread");
        deliver.runAll();
        assertEquals(List.of("7->49"), delivered);
    }

    @Test
    void requestsMadeBeforeTheWorkerRunsAreCoalescedIntoTheNewest() {
        LatestOnly<Integer, Integer> work = squares(q -> q * q);
        for (int q = 1; q <= 5; q++) {
            ask(work, q);
        }
        worker.runAll();
        deliver.runAll();
        assertEquals(List.of(5), computed, "only the newest request is computed");
        assertEquals(List.of("5->25"), delivered);
    }

    @Test
    void aResultMadeStaleByANewerRequestIsDiscardedNotDelivered() {
        LatestOnly<Integer, Integer> work = squares(q -> q * q);
        ask(work, 2);
        worker.runAll();
        ask(work, 3);
        deliver.runAll();
        assertEquals(List.of(4), discarded, "the old result is handed back, e.g. to reuse its buffers");
        assertTrue(delivered.isEmpty());
        worker.runAll();
        deliver.runAll();
        assertEquals(List.of("3->9"), delivered);
    }

    @Test
    void afterCancelNothingAskedSoFarIsDelivered() {
        LatestOnly<Integer, Integer> work = squares(q -> q * q);
        ask(work, 2);
        worker.runAll();
        ask(work, 3);
        work.cancel();
        worker.runAll();
        deliver.runAll();
        assertTrue(delivered.isEmpty(), delivered.toString());
        assertEquals(List.of(2), computed, "the cancelled pending request is never computed");
        ask(work, 4);
        worker.runAll();
        deliver.runAll();
        assertEquals(List.of("4->16"), delivered, "it works again after a cancel");
    }

    @Test
    void aFailedComputationIsDroppedAndTheNextRequestStillWorks() {
        LatestOnly<Integer, Integer> work = squares(q -> {
            if (q < 0) {
                throw new IllegalArgumentException("negative");
            }
            return q * q;
        });
        ask(work, -1);
        worker.runAll();
        deliver.runAll();
        assertTrue(delivered.isEmpty());
        assertTrue(deliver.isEmpty(), "no exception travels to the delivery thread");
        ask(work, 6);
        worker.runAll();
        deliver.runAll();
        assertEquals(List.of("6->36"), delivered);
    }

    @Test
    void onRealThreadsTheLastRequestIsAlwaysTheOneDelivered() throws InterruptedException {
        ExecutorService background = Executors.newSingleThreadExecutor();
        ExecutorService delivery = Executors.newSingleThreadExecutor();
        try {
            AtomicInteger lastDelivered = new AtomicInteger(-1);
            CountDownLatch finalDelivered = new CountDownLatch(1);
            int last = 2_000;
            LatestOnly<Integer, Integer> work = new LatestOnly<>(background, delivery, q -> q + 1);
            for (int q = 0; q <= last; q++) {
                work.request(q, (request, result) -> {
                    lastDelivered.set(result - 1);
                    if (request == last) {
                        finalDelivered.countDown();
                    }
                });
            }
            assertTrue(finalDelivered.await(30, TimeUnit.SECONDS), "the newest request is delivered");
            delivery.submit(() -> { }).get(30, TimeUnit.SECONDS);
            assertEquals(last, lastDelivered.get(), "nothing older arrives after the newest");
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError(e);
        } finally {
            background.shutdownNow();
            delivery.shutdownNow();
        }
    }
}
