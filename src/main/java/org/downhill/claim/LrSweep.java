package org.downhill.claim;

import org.downhill.sim.RunPlan;
import org.downhill.sim.Settings;
import org.downhill.sim.Simulator;

/**
 * A run's steps to a gap below eps against its constant learning rate, by brute force: the run's
 * plan with its step-0 learning rate set to each of {@link #POINTS} log-spaced values from
 * {@link #LOWEST} to {@link #HIGHEST} ({@link #PER_DECADE} a decade), everything else kept
 * (optimizer, hyper-parameters, schedule, noise, edits, steps), and the steps each needs for the
 * gap to stay below eps ({@link RunFacts#stepsTo}; infinity if it never does within the run).
 * Immutable.
 */
final class LrSweep {
    static final double LOWEST = 1e-4;
    static final double HIGHEST = 10;
    static final int PER_DECADE = 100;
    static final int POINTS = 5 * PER_DECADE + 1;

    private final double[] steps;

    private LrSweep(double[] steps) {
        this.steps = steps;
    }

    /** Sweeps the run's learning rate. */
    static LrSweep of(RunPlan plan, Minima minima, double eps) {
        double[] steps = new double[POINTS];
        Settings settings = plan.spec().settings();
        for (int i = 0; i < POINTS; i++) {
            Settings at = settings.withOptimizer(settings.optimizer().with("lr", lr(i)));
            steps[i] = RunFacts.stepsTo(Simulator.run(new RunPlan(plan.spec().withSettings(at), plan.edits())), minima,
                    eps);
        }
        return new LrSweep(steps);
    }

    private static double lr(int i) {
        return LOWEST * Math.pow(10, i / (double) PER_DECADE);
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
        return lowest < 0 ? Double.NaN : Math.sqrt(lr(lowest) * lr(highest));
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
        return lr(high) / lr(low);
    }
}
