package org.downhill.rangetest;

import java.util.Objects;
import org.downhill.landscape.CriticalPoint;
import org.downhill.landscape.Landscape;
import org.downhill.schedule.Schedule;
import org.downhill.schedule.ScheduleState;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Simulator;
import org.downhill.sim.Trajectory;

/**
 * The learning-rate range test (torch-lr-finder's {@code range_test}, training loss only) on a
 * run: its start point, optimizer (state carried over between iterations) and gradient noise, or
 * on a model on data its mini-batches (one iteration per batch, epoch after epoch, as
 * practitioners run it; see {@link DataRangeTest}), with the learning rate set anew at every
 * iteration. For iteration i = 0, 1, ..., n - 1:
 * <pre>
 * lr_i   = the config's rate of iteration i (see {@link StepMode})
 * loss_i = f(x_i, y_i), or on data in batches the loss of iteration i's batch at (x_i, y_i): the
 *          noisy loss torch-lr-finder records ({@link Trajectory#batchLoss});
 *          the row (i, x_i, y_i, lr_i, loss_i, smoothed_i) is written
 *          if x_i, y_i or loss_i is not finite, or |x_i| or |y_i| > 1e150:
 *          smoothed_i = NaN and the test ends (nonfinite, magnitude_over_1e150)
 * one optimizer update with lr_i
 * smoothed_0 = best = loss_0;  for i >= 1: smoothed_i = smooth * loss_i + (1 - smooth) * smoothed_{i-1}
 *          (loss_i when smooth = 0), best = min(best, smoothed_i)
 * if smoothed_i - floor > diverge * (best - floor): the test ends after this row (diverged)
 * </pre>
 * otherwise it ends after n rows (completed). The floor is 0 (the reference's rule) unless the
 * config asks for losses above the lowest known value, {@link #lowestKnownValue}, on a run without
 * data batches: the losses of data are at least 0, and a batch's loss may lie below the minimum
 * of the full-data loss, so on data in batches the floor stays 0.
 */
public final class RangeTest {
    private RangeTest() {
    }

    /** Runs the test on {@code run} (whose own learning rate, schedule and number of steps are ignored). */
    public static RangeTestResult run(RunSpec run, RangeTestConfig config) {
        Objects.requireNonNull(config, "config");
        Schedule lrs = new Rates(config);
        Trajectory t = Simulator.run(run.withSteps(config.iterations() - 1), lrs);
        double floor = config.aboveLowest() && run.batching().isNone() ? lowestKnownValue(run.landscape()) : 0;
        double[] smoothed = new double[t.rows()];
        RangeTermination termination = RangeTermination.COMPLETED;
        double best = Double.NaN;
        int rows = t.rows();
        for (int i = 0; i < t.rows(); i++) {
            if (i == t.lastStep() && t.termination().diverged()) {
                smoothed[i] = Double.NaN;
                termination = switch (t.termination()) {
                    case MAGNITUDE -> RangeTermination.MAGNITUDE;
                    default -> RangeTermination.NONFINITE;
                };
                break;
            }
            double loss = t.batchLoss(i);
            double s = i == 0 || config.smooth() == 0 ? loss
                    : config.smooth() * loss + (1 - config.smooth()) * smoothed[i - 1];
            best = i == 0 || s < best ? s : best;
            smoothed[i] = s;
            if (s - floor > config.diverge() * (best - floor)) {
                termination = RangeTermination.DIVERGED;
                rows = i + 1;
                break;
            }
        }
        Trajectory path = rows == t.rows() ? t : Simulator.run(run.withSteps(rows - 1), lrs);
        return new RangeTestResult(config, path, smoothed, termination, floor);
    }

    /**
     * The lowest value of the landscape's known critical points, the reference level for
     * {@link RangeTestConfig#aboveLowest()}; 0 when it knows none.
     */
    public static double lowestKnownValue(Landscape f) {
        return f.criticalPoints().stream().mapToDouble(CriticalPoint::value).min().orElse(0);
    }

    /** The test's learning rates as a schedule: iteration i's rate until the i-th update is done. */
    private record Rates(RangeTestConfig config) implements Schedule {
        @Override
        public ScheduleState start(double baseLr) {
            return new ScheduleState() {
                private int i;

                @Override
                public double lr() {
                    return config.lr(i);
                }

                @Override
                public void step(double loss) {
                    i++;
                }
            };
        }
    }
}
