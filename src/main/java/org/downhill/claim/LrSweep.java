package org.downhill.claim;

import java.util.List;
import org.downhill.sim.RunPlan;
import org.downhill.sim.Settings;
import org.downhill.sweep.Cancellation;
import org.downhill.sweep.LrScan;
import org.downhill.sweep.Progress;
import org.downhill.sweep.Sweeper;

/**
 * A run's steps to a gap below eps against its constant learning rate, by brute force: the run's
 * plan with its step-0 learning rate set to each of {@link #POINTS} log-spaced values from
 * {@link #LOWEST} to {@link #HIGHEST} ({@link #PER_DECADE} a decade, {@link #lrs()}), everything
 * else kept (optimizer, hyper-parameters, schedule, noise, edits, steps), and the steps each needs
 * for the gap to stay below eps ({@link RunFacts#stepsTo}; infinity if it never does within the
 * run). The runs go through the {@link Sweeper}, on every core it has. Immutable.
 */
final class LrSweep {
    static final double LOWEST = 1e-4;
    static final double HIGHEST = 10;
    static final int PER_DECADE = 100;
    static final int POINTS = 5 * PER_DECADE + 1;

    private final double[] lrs;
    private final double[] steps;

    private LrSweep(double[] lrs, double[] steps) {
        this.lrs = lrs;
        this.steps = steps;
    }

    /** The rates of every sweep of a claim, the lr scan's log spacing from {@link #LOWEST} to {@link #HIGHEST}. */
    static double[] lrs() {
        return LrScan.logSpaced("lr", LOWEST, HIGHEST, POINTS);
    }

    /** Sweeps the run's learning rate. */
    static LrSweep of(Sweeper sweeper, RunPlan plan, Minima minima, double eps) {
        double[] lrs = lrs();
        Settings settings = plan.spec().settings();
        List<Double> steps = sweeper.map(POINTS, i -> new RunPlan(plan.spec().withSettings(
                        settings.withOptimizer(settings.optimizer().with("lr", lrs[i]))), plan.edits()),
                t -> RunFacts.stepsTo(t, minima, eps), new Cancellation(), Progress.NONE);
        return new LrSweep(lrs, steps.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The fewest steps of any rate; infinity if no rate gets there. */
    double fastestSteps() {
        double best = Double.POSITIVE_INFINITY;
        for (double s : steps) {
            best = Math.min(best, s);
        }
        return best;
    }

    /**
     * The rate with the fewest steps; where several rates tie, the geometric middle of the
     * smallest and the largest of them; NaN if no rate gets there.
     */
    double fastestLr() {
        double best = fastestSteps();
        int lowest = -1;
        int highest = -1;
        for (int i = 0; i < POINTS; i++) {
            if (steps[i] == best && best < Double.POSITIVE_INFINITY) {
                lowest = lowest < 0 ? i : lowest;
                highest = i;
            }
        }
        return lowest < 0 ? Double.NaN : Math.sqrt(lrs[lowest] * lrs[highest]);
    }

    /** The largest rate that gets there; NaN if none does. */
    double largestLr() {
        for (int i = POINTS - 1; i >= 0; i--) {
            if (steps[i] < Double.POSITIVE_INFINITY) {
                return lrs[i];
            }
        }
        return Double.NaN;
    }

    /**
     * How forgiving the run is: the largest over the smallest rate of the unbroken stretch of the
     * sweep, around the fastest rate, whose rates all get there; 1 for a single rate, NaN if none
     * gets there.
     */
    double goodRange() {
        double best = fastestSteps();
        int at = -1;
        for (int i = 0; i < POINTS && at < 0; i++) {
            if (steps[i] == best && best < Double.POSITIVE_INFINITY) {
                at = i;
            }
        }
        if (at < 0) {
            return Double.NaN;
        }
        int low = at;
        while (low > 0 && steps[low - 1] < Double.POSITIVE_INFINITY) {
            low--;
        }
        int high = at;
        while (high < POINTS - 1 && steps[high + 1] < Double.POSITIVE_INFINITY) {
            high++;
        }
        return lrs[high] / lrs[low];
    }
}
