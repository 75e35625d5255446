package org.downhill.sim;

import java.util.Objects;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.RowLandscape;
import org.downhill.param.IntParam;
import org.downhill.param.InvalidParameterException;

/**
 * A run from start to end: the landscape, the start point, the number of updates, the settings
 * and, for a model on data, how the run goes through the data in batches. Immutable. The
 * simulator turns it into a {@link Trajectory}.
 *
 * @param landscape the loss function
 * @param startX    x at step 0
 * @param startY    y at step 0
 * @param steps     the maximum number of updates, 0 to {@link #MAX_STEPS}
 * @param settings  optimizer, schedule and noise
 * @param batching  the mini-batches of data rows (only on a {@link org.downhill.landscape.RowLandscape}),
 *                  or {@link Batching#NONE} for the gradient of the whole landscape
 */
public record RunSpec(Landscape landscape, double startX, double startY, int steps, Settings settings,
                      Batching batching) {

    /**
     * The most updates a run may have: the one limit of the scenario format, the app and the
     * command line (the app simulates, draws and charts every step of up to eight runs while a
     * slider moves, which sets the bound).
     */
    public static final int MAX_STEPS = 20_000;

    /**
     * The number of updates a user gives (in the app, a scenario file or on the command line): 1
     * to {@link #MAX_STEPS}. (A spec itself also allows 0, a run that only evaluates its start.)
     */
    public static final IntParam STEPS = IntParam.of("steps", 150, 1, MAX_STEPS, "number of updates of every run");

    /** Validates the values. */
    public RunSpec {
        Objects.requireNonNull(landscape, "landscape");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(batching, "batching");
        batching.checkLandscape(landscape);
        batching.checkSettings(settings);
        if (!Double.isFinite(startX) || !Double.isFinite(startY)) {
            throw new InvalidParameterException("The start point must be finite, not (" + startX + ", " + startY + ")");
        }
        if (steps < 0 || steps > MAX_STEPS) {
            throw new InvalidParameterException("Invalid value for steps: " + steps
                    + " (allowed: an integer 0 <= steps <= " + MAX_STEPS + ")");
        }
    }

    /** A run without data batches (the gradient of the whole landscape at every step). */
    public RunSpec(Landscape landscape, double startX, double startY, int steps, Settings settings) {
        this(landscape, startX, startY, steps, settings, Batching.NONE);
    }

    /** The same run from another start point. */
    public RunSpec withStart(double x, double y) {
        return new RunSpec(landscape, x, y, steps, settings, batching);
    }

    /** The same run with another number of updates. */
    public RunSpec withSteps(int newSteps) {
        return new RunSpec(landscape, startX, startY, newSteps, settings, batching);
    }

    /** The same run on another landscape. */
    public RunSpec withLandscape(Landscape newLandscape) {
        return new RunSpec(newLandscape, startX, startY, steps, settings, batching);
    }

    /** The same run with other settings. */
    public RunSpec withSettings(Settings newSettings) {
        return new RunSpec(landscape, startX, startY, steps, newSettings, batching);
    }

    /** The same run with other batches. */
    public RunSpec withBatching(Batching newBatching) {
        return new RunSpec(landscape, startX, startY, steps, settings, newBatching);
    }

    /** The plan of this run's batches, or {@code null} without batches. */
    public BatchPlan batchPlan() {
        return batching.isNone() ? null : new BatchPlan(((RowLandscape) landscape).rows(), batching);
    }
}
