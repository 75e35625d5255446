package org.downhill.data;

import java.util.Objects;
import org.downhill.param.InvalidParameterException;
import org.downhill.sim.Batching;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import org.downhill.sim.Simulator;
import org.downhill.sim.Trajectory;

/**
 * Measures "larger batches allow larger learning rates": for a batch size B, the largest learning
 * rate with which training brings the full-data loss below a target within a fixed number of
 * epochs.
 *
 * <p>A learning rate <em>succeeds</em> when the run of {@code epochs} epochs in batches of B
 * (one optimizer step per batch, the settings' optimizer and schedule with only lr changed)
 * completes without blowing up and its full-data loss after the last step is at most the target,
 * and, with shuffling, does so for each of {@code repeats} shuffling seeds ({@code seed},
 * {@code seed + 1}, ...): one lucky order does not count.
 * The search tries the learning rates of a log grid, {@link #PER_DECADE} per decade from
 * {@link #LR_MAX} down to {@link #LR_MIN}, and stops at the first that succeeds; it then bisects (in
 * log scale, {@link #BISECTIONS} times) between that rate and the failing grid rate above it. The
 * answer is the largest succeeding rate found, with the smallest failing rate above it: the edge
 * lies between the two. Small rates may fail too (too slow for the epochs given); the search looks
 * for the upper edge only. The grid runs are independent, so a sweep engine can run them in
 * parallel; here they run one after the other, from the top, since runs above the edge blow up
 * within a few steps.
 *
 * @param landscape the model on data
 * @param startX    p1 at step 0
 * @param startY    p2 at step 0
 * @param settings  the optimizer and schedule (exact gradients; the lr is what is varied)
 * @param shuffle   whether each epoch visits the rows in a new random order
 * @param seed      the seed of the first shuffled orders
 * @param repeats   how many seeds must succeed with shuffling, at least 1 (without shuffling one
 *                  run decides, the order being fixed)
 * @param epochs    the number of epochs, at least 1
 * @param target    the full-data loss to reach
 */
public record LargestLearningRate(ModelLandscape landscape, double startX, double startY, Settings settings,
                                  boolean shuffle, long seed, int repeats, int epochs, double target) {

    /** The largest learning rate tried. */
    public static final double LR_MAX = 100;
    /** The smallest learning rate tried. */
    public static final double LR_MIN = 1e-6;
    /** Grid points per decade. */
    public static final int PER_DECADE = 8;
    /** Bisection steps between the last success and the first failure of the grid. */
    public static final int BISECTIONS = 8;

    /**
     * The result for one batch size.
     *
     * @param batchSize the batch size asked for ({@link Batching#ALL_ROWS} for all rows)
     * @param steps     optimizer steps in the epochs (epochs times batches per epoch)
     * @param lr        the largest succeeding learning rate found, or NaN if none on the grid succeeds
     * @param loss      the full-data loss after the last step at {@code lr}, the largest over the
     *                  seeds (NaN without success)
     * @param failingLr the smallest failing rate above {@code lr} (+inf if {@code lr} is the grid's top)
     */
    public record Edge(int batchSize, int steps, double lr, double loss, double failingLr) {
    }

    /** Validates the values. */
    public LargestLearningRate {
        Objects.requireNonNull(landscape, "landscape");
        Objects.requireNonNull(settings, "settings");
        if (repeats < 1) {
            throw new InvalidParameterException("Invalid value for repeats: " + repeats + " (allowed: repeats >= 1)");
        }
        if (epochs < 1) {
            throw new InvalidParameterException("Invalid value for epochs: " + epochs + " (allowed: epochs >= 1)");
        }
        if (!Double.isFinite(target)) {
            throw new InvalidParameterException("The target loss must be a finite number, not " + target);
        }
    }

    /**
     * The largest learning rate that reaches the target with batches of {@code batchSize} rows.
     *
     * @throws InvalidParameterException if the batch size is below 1 or the runs would be too long
     */
    public Edge find(int batchSize) {
        Batching batching = Batching.of(batchSize, shuffle, seed);
        int steps = batching.steps(landscape.rows(), epochs);
        int gridPoints = (int) Math.round(Math.log10(LR_MAX / LR_MIN) * PER_DECADE);
        double failing = Double.POSITIVE_INFINITY;
        for (int i = gridPoints; i >= 0; i--) {
            double lr = LR_MIN * Math.pow(10, (double) i / PER_DECADE);
            double loss = finalLoss(lr, batching, steps);
            if (loss <= target) {
                return refine(batching, steps, lr, loss, failing);
            }
            failing = lr;
        }
        return new Edge(batchSize, steps, Double.NaN, Double.NaN, failing);
    }

    private Edge refine(Batching batching, int steps, double lr, double loss, double failing) {
        double good = lr;
        double goodLoss = loss;
        double bad = failing;
        for (int i = 0; i < BISECTIONS && Double.isFinite(bad); i++) {
            double mid = Math.sqrt(good * bad);
            double midLoss = finalLoss(mid, batching, steps);
            if (midLoss <= target) {
                good = mid;
                goodLoss = midLoss;
            } else {
                bad = mid;
            }
        }
        return new Edge(batching.size(), steps, good, goodLoss, bad);
    }

    /**
     * The largest full-data loss after the runs at this lr over the seeds (+inf if one blew up or
     * ended in NaN), stopping at the first run that misses the target.
     */
    private double finalLoss(double lr, Batching batching, int steps) {
        Settings at = settings.withOptimizer(settings.optimizer().with("lr", lr));
        double worst = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < (shuffle ? repeats : 1) && worst <= target; r++) {
            Batching b = Batching.of(batching.size(), shuffle, seed + r);
            Trajectory t = Simulator.run(new RunSpec(landscape, startX, startY, steps, at, b));
            double loss = t.loss(t.lastStep());
            worst = Math.max(worst, t.termination().diverged() || Double.isNaN(loss) ? Double.POSITIVE_INFINITY : loss);
        }
        return worst;
    }
}
