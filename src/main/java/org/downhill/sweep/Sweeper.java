package org.downhill.sweep;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.downhill.diagnose.Classification;
import org.downhill.diagnose.Diagnoser;
import org.downhill.diagnose.ReplayBuffer;
import org.downhill.sim.RunPlan;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Simulator;
import org.downhill.sim.Trajectory;

/**
 * The sweep engine: many runs of one spec with one thing varied, spread over the cores. A sweep
 * of n runs takes a function from index to {@link RunSpec}, simulates and classifies every run
 * and returns their {@link Outcome}s by index. The thread that calls {@link #run} works too, with
 * up to {@code helpers} tasks on the executor; the workers take the next index from a shared
 * counter (so quick runs, e.g. ones that blow up early, balance slow ones), each handing its
 * previous run's trajectory back to the simulator, so its arrays are reused from run to run (a
 * sink must not keep the trajectory it is given). A {@link Cancellation} is checked before every run;
 * progress is reported after every run. The result does not depend on the number of workers.
 *
 * <p>{@link #run} classifies each run as the badge does ({@link Diagnoser#classify}: the badge's
 * decision without its words, each worker replaying runs into a {@link ReplayBuffer} of its own);
 * {@link #map} asks each run a question of
 * the caller's own (e.g. the steps to a loss, for a claim, or where it ended) and keeps the answers.
 */
public final class Sweeper {
    private final Executor executor;
    private final int helpers;

    /**
     * @param executor runs the helper tasks (e.g. a {@link ForkJoinPool})
     * @param helpers  how many helper tasks join the calling thread, at least 0
     */
    public Sweeper(Executor executor, int helpers) {
        this.executor = Objects.requireNonNull(executor, "executor");
        if (helpers < 0) {
            throw new IllegalArgumentException("helpers must be >= 0, not " + helpers);
        }
        this.helpers = helpers;
    }

    /** Every run on the calling thread, one after another (for tests and tiny sweeps). */
    public static Sweeper sameThread() {
        return new Sweeper(Runnable::run, 0);
    }

    /**
     * The calling thread plus the pool's workers: on the common pool (parallelism = cores - 1)
     * that is every core.
     */
    public static Sweeper on(ForkJoinPool pool) {
        return new Sweeper(pool, pool.getParallelism());
    }

    /**
     * Simulates and classifies runs 0 .. count - 1.
     *
     * @param count    the number of runs
     * @param specs    the run of each index; called from the workers, so it must be thread-safe
     * @param cancel   checked before every run
     * @param progress told after every run
     * @return the outcomes by index
     * @throws CancellationException if {@code cancel} was cancelled before every run had started
     * @throws RuntimeException      the first exception (or error) a spec or a run threw, as it
     *                               was thrown (e.g. {@link org.downhill.param.InvalidParameterException})
     */
    public SweepResult run(int count, IntFunction<RunSpec> specs, Cancellation cancel, Progress progress) {
        Objects.requireNonNull(specs, "specs");
        SweepResult result = new SweepResult(count);
        sweep(count, i -> RunPlan.of(specs.apply(i)), () -> {
            ReplayBuffer replays = new ReplayBuffer();
            return (i, t) -> classify(result, i, t, replays);
        }, cancel, progress);
        return result;
    }

    /**
     * Simulates runs 0 .. count - 1 (plans, so that a run may keep its live edits) and keeps what
     * {@code measure} makes of each, e.g. the steps a run needs to reach a loss.
     *
     * @param count    the number of runs
     * @param plans    the run of each index; called from the workers, so it must be thread-safe
     * @param measure  what to keep of each run; called from the workers on a trajectory that is
     *                 reused once it returns, so it must be thread-safe and keep nothing of it
     * @param cancel   checked before every run
     * @param progress told after every run
     * @return the answers by index, an unmodifiable list
     * @throws CancellationException if {@code cancel} was cancelled before every run had started
     * @throws RuntimeException      the first exception a plan, a run or a measurement threw
     */
    public <T> List<T> map(int count, IntFunction<RunPlan> plans, Function<Trajectory, T> measure,
                           Cancellation cancel, Progress progress) {
        Objects.requireNonNull(plans, "plans");
        Objects.requireNonNull(measure, "measure");
        Object[] values = new Object[count];
        sweep(count, plans, () -> (i, t) -> values[i] = measure.apply(t), cancel, progress);
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) Arrays.asList(values);
        return Collections.unmodifiableList(list);
    }

    private void sweep(int count, IntFunction<RunPlan> plans, Supplier<Sink> sinks, Cancellation cancel,
                       Progress progress) {
        Job job = new Job(count, plans, sinks, cancel, progress);
        for (int h = 0; h < Math.min(helpers, count - 1); h++) {
            executor.execute(job::work);
        }
        job.work();
        job.finish();
    }

    /**
     * Stores the outcome of run i: its losses, length, regime and the step of its event, as the
     * badge's diagnosis decides them ({@link Diagnoser#classify}, replaying into this worker's buffer).
     */
    private static void classify(SweepResult result, int i, Trajectory t, ReplayBuffer replays) {
        Classification d = Diagnoser.classify(t, replays);
        double min = Double.NaN;
        for (int k = 0; k < t.rows(); k++) {
            double loss = t.loss(k);
            if (Double.isFinite(loss) && !(loss >= min)) {
                min = loss;
            }
        }
        int event = d.divergedAt() >= 0 ? d.divergedAt() : d.convergedAt();
        result.set(i, t.loss(t.lastStep()), min, t.lastStep(), d.regime(), event);
    }

    /**
     * Keeps what a sweep wants of run i; each index is given once, by the worker that ran it. Each
     * worker has a sink of its own, so a sink may keep buffers that it reuses from run to run.
     */
    @FunctionalInterface
    private interface Sink {
        void accept(int i, Trajectory t);
    }

    /** The shared state of one sweep. */
    private static final class Job {
        private final int count;
        private final IntFunction<RunPlan> plans;
        private final Supplier<Sink> sinks;
        private final Cancellation cancel;
        private final Progress progress;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        /** Workers inside {@link #work}; guarded by this. */
        private int active;
        /** Set when the caller stops waiting; guarded by this. */
        private boolean closed;
        /** The first failure; guarded by this. */
        private Throwable failure;
        private volatile boolean failed;

        Job(int count, IntFunction<RunPlan> plans, Supplier<Sink> sinks, Cancellation cancel, Progress progress) {
            this.count = count;
            this.plans = plans;
            this.sinks = sinks;
            this.cancel = Objects.requireNonNull(cancel, "cancel");
            this.progress = Objects.requireNonNull(progress, "progress");
        }

        void work() {
            synchronized (this) {
                if (closed) {
                    return;
                }
                active++;
            }
            try {
                Trajectory buffer = null;
                Sink sink = sinks.get();
                for (int i = next.getAndIncrement(); i < count && !cancel.isCancelled() && !failed;
                     i = next.getAndIncrement()) {
                    buffer = runOne(i, buffer, sink);
                    progress.update(done.incrementAndGet(), count);
                }
            } catch (RuntimeException | Error e) {
                fail(e);
            } finally {
                synchronized (this) {
                    active--;
                    notifyAll();
                }
            }
        }

        private Trajectory runOne(int i, Trajectory buffer, Sink sink) {
            RunPlan plan = plans.apply(i);
            Trajectory t = buffer == null ? Simulator.run(plan) : Simulator.run(plan, buffer);
            sink.accept(i, t);
            return t;
        }

        private synchronized void fail(Throwable e) {
            if (failure == null) {
                failure = e;
            }
            failed = true;
        }

        /** Waits for the workers still running, then returns, or throws if a run failed or the sweep was cancelled. */
        void finish() {
            synchronized (this) {
                boolean interrupted = false;
                while (active > 0) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                closed = true;
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                if (failure instanceof RuntimeException r) {
                    throw r;
                }
                if (failure instanceof Error e) {
                    throw e;
                }
            }
            if (done.get() < count) {
                throw new CancellationException("The sweep was cancelled after " + done.get() + " of " + count
                        + " runs");
            }
        }
    }
}
