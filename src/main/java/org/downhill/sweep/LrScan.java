package org.downhill.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.downhill.param.InvalidParameterException;
import org.downhill.param.NumberText;
import org.downhill.sim.RunSpec;

/**
 * The lr scan: one run simulated at many log-spaced learning rates (everything else the same:
 * start, optimizer, schedule, noise, steps), each classified. The learning rate varied is the
 * optimizer's {@code lr}, the base rate its schedule scales (schedules that set their own rate,
 * OneCycleLR and CyclicLR, ignore it). Immutable.
 */
public final class LrScan {
    private final double[] lrs;
    private final SweepResult outcomes;

    private LrScan(double[] lrs, SweepResult outcomes) {
        this.lrs = lrs;
        this.outcomes = outcomes;
    }

    /**
     * Runs the scan: {@code points} learning rates {@link #logSpaced log-spaced} from
     * {@code lrMin} to {@code lrMax}.
     *
     * @throws InvalidParameterException if the range (checked at its ends, before any run) or the
     *                                   number of points is not allowed
     * @throws java.util.concurrent.CancellationException if cancelled
     */
    public static LrScan run(Sweeper sweeper, RunSpec base, double lrMin, double lrMax, int points,
                             Cancellation cancel, Progress progress) {
        double[] lrs = logSpaced("lr", lrMin, lrMax, points);
        withLr(base, lrs[0]);
        withLr(base, lrs[points - 1]);
        return new LrScan(lrs, sweeper.run(points, i -> withLr(base, lrs[i]), cancel, progress));
    }

    /**
     * {@code n} values from {@code min} to {@code max} evenly spaced on a log scale:
     * {@code v_i = min * (max / min)^(i / (n - 1))}, with both ends exact ({@code min} alone when
     * n = 1).
     *
     * @param name names the quantity in messages
     * @throws InvalidParameterException unless {@code 0 < min <= max} (finite) and {@code n >= 1}
     */
    public static double[] logSpaced(String name, double min, double max, int n) {
        if (!(min > 0) || !(max >= min) || Double.isInfinite(max)) {
            throw new InvalidParameterException("The " + name + " range must have 0 < " + name + "-min <= " + name
                    + "-max, not " + NumberText.of(min) + " to " + NumberText.of(max));
        }
        checkPoints(n);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = i == 0 ? min : i == n - 1 ? max : min * Math.pow(max / min, (double) i / (n - 1));
        }
        return v;
    }

    /** The most points of one axis of a sweep. */
    public static final int MAX_POINTS = 100_000;

    static void checkPoints(int n) {
        if (n < 1 || n > MAX_POINTS) {
            throw new InvalidParameterException("Invalid number of points: " + n + " (allowed: 1 to " + MAX_POINTS
                    + ")");
        }
    }

    /** The run with another learning rate (the optimizer's {@code lr}, validated). */
    public static RunSpec withLr(RunSpec base, double lr) {
        return base.withSettings(base.settings().withOptimizer(base.settings().optimizer().with("lr", lr)));
    }

    /** The number of learning rates. */
    public int size() {
        return lrs.length;
    }

    /** The i-th learning rate, increasing with i. */
    public double lr(int i) {
        return lrs[i];
    }

    /** What the run at the i-th learning rate did. */
    public Outcome outcome(int i) {
        return outcomes.get(i);
    }

    /** The stretches of equal regime, in order of learning rate. */
    public List<Band> bands() {
        List<Band> bands = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= size(); i++) {
            if (i == size() || outcomes.regime(i) != outcomes.regime(from)) {
                bands.add(new Band(outcomes.regime(from), from, i - 1));
                from = i;
            }
        }
        return List.copyOf(bands);
    }

    /**
     * The fastest good learning rate: among the {@link Outcome#good() good} runs, the one that
     * converged at the earliest step (ties: the lower final loss, then the lower lr); empty if
     * no run is good.
     */
    public OptionalInt fastest() {
        int best = -1;
        for (int i = 0; i < size(); i++) {
            Outcome o = outcome(i);
            if (!o.good() || o.eventStep() < 0) {
                continue;
            }
            Outcome b = best < 0 ? null : outcome(best);
            if (b == null || o.eventStep() < b.eventStep()
                    || o.eventStep() == b.eventStep() && o.finalLoss() < b.finalLoss()) {
                best = i;
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    /** The index of the smallest learning rate whose run is {@link Outcome#good() good}, if any. */
    public OptionalInt smallestGood() {
        for (int i = 0; i < size(); i++) {
            if (outcome(i).good()) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** The index of the largest learning rate whose run is {@link Outcome#good() good}, if any. */
    public OptionalInt largestGood() {
        for (int i = size() - 1; i >= 0; i--) {
            if (outcome(i).good()) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
