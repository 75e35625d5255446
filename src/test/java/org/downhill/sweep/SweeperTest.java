package org.downhill.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.downhill.diagnose.Diagnoser;
import org.downhill.diagnose.Diagnosis;
import org.downhill.diagnose.Regime;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.param.InvalidParameterException;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import org.downhill.sim.Simulator;
import org.downhill.sim.Trajectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SweeperTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(3);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    private static RunSpec rosenbrock(double lr) {
        return new RunSpec(Landscapes.byId("rosenbrock").create(), -1.5, 2, 300,
                Settings.of(OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", lr, "momentum", 0.5))));
    }

    private static final IntFunction<RunSpec> SPECS = i -> rosenbrock(1e-5 * Math.pow(1.2, i));

    @Test
    void eachOutcomeIsItsRunsDiagnosisWhateverTheNumberOfWorkers() {
        int n = 60;
        SweepResult alone = Sweeper.sameThread().run(n, SPECS, new Cancellation(), Progress.NONE);
        SweepResult together = new Sweeper(pool, 3).run(n, SPECS, new Cancellation(), Progress.NONE);
        assertEquals(n, alone.size());
        for (int i = 0; i < n; i++) {
            Trajectory t = Simulator.run(SPECS.apply(i));
            Diagnosis d = Diagnoser.diagnose(t);
            Outcome o = alone.get(i);
            assertEquals(o, together.get(i), "run " + i);
            assertEquals(d.regime(), o.regime());
            assertEquals(t.lastStep(), o.steps());
            assertEquals(t.loss(t.lastStep()), o.finalLoss());
            assertEquals(d.divergedAt() >= 0 ? d.divergedAt() : d.convergedAt(), o.eventStep());
            double min = Double.POSITIVE_INFINITY;
            for (int k = 0; k < t.rows(); k++) {
                min = Double.isFinite(t.loss(k)) ? Math.min(min, t.loss(k)) : min;
            }
            assertEquals(min, o.minLoss());
        }
        assertTrue(alone.get(0).regime().converging() && alone.get(n - 1).regime() == Regime.DIVERGES,
                "the sweep spans calm and blown-up runs");
    }

    @Test
    void progressCountsEveryRunOnce() {
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger calls = new AtomicInteger();
        new Sweeper(pool, 2).run(40, SPECS, new Cancellation(), (done, total) -> {
            assertEquals(40, total);
            seen.add(done);
            calls.incrementAndGet();
        });
        assertEquals(40, calls.get());
        assertEquals(40, seen.size());
        assertTrue(seen.contains(1) && seen.contains(40));
    }

    @Test
    void cancellingStopsTheSweepAfterTheRunsInProgress() throws Exception {
        int workers = 3;
        CountDownLatch allStarted = new CountDownLatch(workers);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger started = new AtomicInteger();
        Cancellation cancel = new Cancellation();
        IntFunction<RunSpec> blocking = i -> {
            started.incrementAndGet();
            allStarted.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return SPECS.apply(i);
        };
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try {
            Future<SweepResult> sweep = caller.submit(
                    () -> new Sweeper(pool, workers - 1).run(1000, blocking, cancel, Progress.NONE));
            allStarted.await();
            cancel.cancel();
            release.countDown();
            ExecutionException e = assertThrows(ExecutionException.class, sweep::get);
            assertInstanceOf(CancellationException.class, e.getCause());
            assertEquals(workers, started.get(), "no run starts once cancelled");
        } finally {
            caller.shutdownNow();
        }
    }

    @Test
    void onOneThreadACancelledSweepStopsBeforeTheNextRun() {
        Cancellation cancel = new Cancellation();
        AtomicInteger started = new AtomicInteger();
        assertThrows(CancellationException.class, () -> Sweeper.sameThread().run(100, i -> {
            if (started.incrementAndGet() == 5) {
                cancel.cancel();
            }
            return SPECS.apply(i);
        }, cancel, Progress.NONE));
        assertEquals(5, started.get());
    }

    @Test
    void theFirstFailureReachesTheCallerAsItIs() {
        IntFunction<RunSpec> failing = i -> {
            if (i == 7) {
                throw new InvalidParameterException("Invalid value for lr: -1");
            }
            return SPECS.apply(i);
        };
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> new Sweeper(pool, 2).run(30, failing, new Cancellation(), Progress.NONE));
        assertEquals("Invalid value for lr: -1", e.getMessage());
    }

    @Test
    void anEmptySweepHasNoOutcomes() {
        assertEquals(0, new Sweeper(pool, 2).run(0, SPECS, new Cancellation(), Progress.NONE).size());
    }
}
