package org.downhill.sim;

import java.util.List;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.RowLandscape;
import org.downhill.optim.Optimizer;
import org.downhill.schedule.Schedule;
import org.downhill.schedule.ScheduleState;

/**
 * Runs a {@link RunPlan} and records its {@link Trajectory}, with the reference loop:
 * <pre>
 * row 0 = start, lr_0 from the schedule
 * for k = 0 .. steps - 1:
 *     apply the plan's edit at step k, if any
 *     g = grad f(p_k) + noise(seed, k)       (on data in batches: the gradient of step k's batch)
 *     p_{k+1} = optimizer update(p_k, g, lr_k, momentum_k)
 *     schedule.step(f(p_{k+1}));   lr_{k+1} = schedule lr
 *     stop at the first row whose x, y or loss is not finite, or |x| or |y| > 1e150
 * </pre>
 * An edit keeps the optimizer's state when the optimizer kind is unchanged (otherwise it starts a
 * fresh one) and evaluates the new schedule at the current step count, as if it had been in force
 * from the start (a loss-driven schedule replays the losses seen). Numbers never throw: a blow-up
 * ends the run as {@link Termination#NONFINITE} or {@link Termination#MAGNITUDE}. Deterministic; no
 * allocation per step: a run's columns are allocated once, for every step, and handed to its
 * immutable {@link Trajectory} (cut to the rows written if the run stopped early), or taken from a
 * spent trajectory handed back for reuse.
 *
 * <p>A run on data in mini-batches ({@link RunSpec#batching()}) takes step k with the gradient of
 * its batch's mean loss ({@link BatchPlan}) and records that batch's loss at row k's point, with
 * the epoch and batch index; the recorded loss, which the schedule and the diagnosis see, is the
 * full-data loss. The stop rule then also fires on a non-finite batch loss, as in the reference.
 */
public final class Simulator {
    private Simulator() {
    }

    /** The trajectory of a run without edits. */
    public static Trajectory run(RunSpec spec) {
        return run(RunPlan.of(spec));
    }

    /** The trajectory of a plan, in arrays of its own. */
    public static Trajectory run(RunPlan plan) {
        return simulate(plan, plan.spec().settings().schedule().create(), null);
    }

    /**
     * The trajectory of a plan, in the arrays of {@code spent}: a trajectory the caller no longer
     * reads, e.g. the previous run of a sweep. They are taken from it, so it cannot be read any
     * more, and reused when large enough, so that many runs in a row allocate next to nothing.
     *
     * @throws IllegalStateException if {@code spent} was handed back already
     */
    public static Trajectory run(RunPlan plan, Trajectory spent) {
        return simulate(plan, plan.spec().settings().schedule().create(), spent.handBack());
    }

    /**
     * The trajectory of a run whose learning rate (and momentum) comes from {@code lrSchedule}
     * instead of the settings' schedule, e.g. the rising learning rate of a range test. The
     * schedule is started from the optimizer's {@code lr}; the optimizer, the noise and the batches
     * are the run's own. The trajectory's {@link Trajectory#plan() plan} is the spec's, so its lr
     * column, not the plan's schedule, says which rates were used.
     */
    public static Trajectory run(RunSpec spec, Schedule lrSchedule) {
        return simulate(RunPlan.of(spec), lrSchedule, null);
    }

    /** Simulates into {@code reuse} (or new columns, cut to the rows written, if null). */
    private static Trajectory simulate(RunPlan plan, Schedule lrSchedule, Trajectory.Columns reuse) {
        RunSpec spec = plan.spec();
        int capacity = spec.steps() + 1;
        BatchCursor batches = batchCursor(spec);
        boolean batched = batches != null;
        Trajectory.Columns columns = (reuse != null ? reuse : new Trajectory.Columns(capacity))
                .reuseFor(capacity, batched);
        Run run = new Run(spec.landscape(), plan.edits(), spec.settings(), lrSchedule, batches, columns);
        run.simulate(spec.startX(), spec.startY(), spec.steps());
        Trajectory.Columns kept = reuse != null ? columns : columns.trimmed(run.rows, batched);
        return new Trajectory(kept, run.rows, run.termination, plan, batched);
    }

    private static BatchCursor batchCursor(RunSpec spec) {
        BatchPlan plan = spec.batchPlan();
        return plan == null ? null : new BatchCursor((RowLandscape) spec.landscape(), plan);
    }

    /** The mutable state of one simulation. */
    private static final class Run {
        private final Landscape f;
        private final List<Edit> edits;
        private final Trajectory.Columns t;
        private final BatchCursor batches;
        private final double[] p = new double[2];
        private final double[] g = new double[2];
        private final double[] probe = new double[Optimizer.PROBE_SIZE];
        private Settings settings;
        private Optimizer optimizer;
        private ScheduleState schedule;
        private int nextEdit;
        private int rows;
        private Termination termination = Termination.COMPLETED;

        Run(Landscape f, List<Edit> edits, Settings settings, Schedule lrSchedule, BatchCursor batches,
            Trajectory.Columns t) {
            this.f = f;
            this.batches = batches;
            this.edits = edits;
            this.t = t;
            this.settings = settings;
            this.optimizer = settings.optimizer().create();
            this.schedule = lrSchedule.start(settings.optimizer().lr());
        }

        void simulate(double x0, double y0, int steps) {
            p[0] = x0;
            p[1] = y0;
            boolean stopped = record(0);
            int k = 0;
            while (!stopped && k < steps) {
                applyEditAt(k);
                gradientAt(k);
                double px = p[0];
                double py = p[1];
                optimizer.step(p, g, t.lr[k], schedule.momentum(), probe);
                t.updateX[k] = p[0] - px;
                t.updateY[k] = p[1] - py;
                t.velocityX[k] = probe[Optimizer.VELOCITY_X];
                t.velocityY[k] = probe[Optimizer.VELOCITY_Y];
                t.scaleX[k] = probe[Optimizer.SCALE_X];
                t.scaleY[k] = probe[Optimizer.SCALE_Y];
                k++;
                stopped = record(k);
            }
            gradientAt(k);
            t.updateX[k] = Double.NaN;
            t.updateY[k] = Double.NaN;
            t.velocityX[k] = Double.NaN;
            t.velocityY[k] = Double.NaN;
            t.scaleX[k] = Double.NaN;
            t.scaleY[k] = Double.NaN;
        }

        /** Writes row k at the current point and says whether the stop rule fires there. */
        private boolean record(int k) {
            double loss = f.value(p[0], p[1]);
            if (k > 0) {
                schedule.step(loss);
            }
            t.x[k] = p[0];
            t.y[k] = p[1];
            t.loss[k] = loss;
            t.lr[k] = schedule.lr();
            rows = k + 1;
            boolean finiteBatch = batches == null || recordBatch(k);
            if (!Double.isFinite(p[0]) || !Double.isFinite(p[1]) || !Double.isFinite(loss) || !finiteBatch) {
                termination = Termination.NONFINITE;
            } else if (Math.abs(p[0]) > Trajectory.MAGNITUDE_LIMIT || Math.abs(p[1]) > Trajectory.MAGNITUDE_LIMIT) {
                termination = Termination.MAGNITUDE;
            }
            return termination.diverged();
        }

        /** Moves to step k's batch and records its epoch, index and loss; says whether the loss is finite. */
        private boolean recordBatch(int k) {
            batches.moveTo(k);
            double batchLoss = batches.loss(p);
            t.epoch[k] = batches.epoch();
            t.batch[k] = batches.batch();
            t.batchLoss[k] = batchLoss;
            return Double.isFinite(batchLoss);
        }

        /** The (noisy, or batch) gradient at the current point, recorded in row k. */
        private void gradientAt(int k) {
            if (batches != null) {
                batches.gradient(p, g);
            } else {
                f.gradient(p[0], p[1], g);
            }
            NoiseSpec noise = settings.noise();
            if (!noise.isNone()) {
                GradientNoise.add(noise.seed(), k, noise.stdDev(), g);
            }
            t.gradX[k] = g[0];
            t.gradY[k] = g[1];
        }

        private void applyEditAt(int k) {
            if (nextEdit >= edits.size() || edits.get(nextEdit).step() != k) {
                return;
            }
            Settings next = edits.get(nextEdit++).settings();
            if (next.optimizer().kind() == settings.optimizer().kind()) {
                optimizer.configure(next.optimizer().hyper());
            } else {
                optimizer = next.optimizer().create();
            }
            schedule = next.schedule().create().start(next.optimizer().lr());
            for (int j = 1; j <= k; j++) {
                schedule.step(t.loss[j]);
            }
            settings = next;
            t.lr[k] = schedule.lr();
        }
    }
}
