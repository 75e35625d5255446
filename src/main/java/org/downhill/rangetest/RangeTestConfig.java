package org.downhill.rangetest;

import java.util.Objects;
import org.downhill.param.InvalidParameterException;
import org.downhill.param.NumberText;
import org.downhill.sim.RunSpec;

/**
 * The settings of a learning-rate range test (torch-lr-finder's {@code range_test}). Immutable
 * and validated; the names in messages are those of the reference files.
 *
 * @param mode        how the learning rate rises, see {@link StepMode}
 * @param startLr     the learning rate of iteration 0, {@code > 0}
 * @param endLr       the rate the {@code exp} and {@code linear} modes head for (reached at
 *                    iteration n, one past the last), {@code > 0}; NaN in {@code stepwise} mode
 * @param iterations  the most iterations n, {@code 1 <= n <= RunSpec.MAX_STEPS + 1}
 * @param factor      {@code stepwise}: the factor per level, {@code > 0}; NaN otherwise
 * @param stepsPerLr  {@code stepwise}: iterations per level, {@code >= 1}; 0 otherwise
 * @param smooth      the smoothing weight of the newest loss, {@code 0 <= smooth < 1} (0: none)
 * @param diverge     the test stops once the smoothed loss exceeds {@code diverge} times the best
 *                    smoothed loss so far, {@code > 0}
 * @param aboveLowest whether the divergence rule compares losses measured above the landscape's
 *                    lowest known value instead of the raw losses (for landscapes whose loss can
 *                    be zero or negative; off for the reference's exact rule); not applied on
 *                    data in batches, whose losses are at least 0 ({@link RangeTest})
 */
public record RangeTestConfig(StepMode mode, double startLr, double endLr, int iterations, double factor,
                              int stepsPerLr, double smooth, double diverge, boolean aboveLowest) {

    /** torch-lr-finder's defaults: 100 iterations, smoothing 0.05, stop at 5 times the best loss. */
    public static final int DEFAULT_ITERATIONS = 100;
    /** The default smoothing weight. */
    public static final double DEFAULT_SMOOTH = 0.05;
    /** The default divergence threshold. */
    public static final double DEFAULT_DIVERGE = 5;

    /** Validates the values. */
    public RangeTestConfig {
        Objects.requireNonNull(mode, "mode");
        positive("start_lr", startLr);
        if (mode == StepMode.STEPWISE) {
            positive("factor", factor);
            if (stepsPerLr < 1) {
                throw new InvalidParameterException("Invalid value for steps_per_lr: " + stepsPerLr
                        + " (allowed: an integer steps_per_lr >= 1)");
            }
            if (!Double.isNaN(endLr)) {
                throw new InvalidParameterException("end_lr does not apply to the stepwise mode (it has no end)");
            }
        } else {
            positive("end_lr", endLr);
            if (!Double.isNaN(factor) || stepsPerLr != 0) {
                throw new InvalidParameterException("factor and steps_per_lr apply to the stepwise mode only, not "
                        + mode.id());
            }
        }
        if (iterations < 1 || iterations > RunSpec.MAX_STEPS + 1) {
            throw new InvalidParameterException("Invalid value for num_iter: " + iterations
                    + " (allowed: an integer 1 <= num_iter <= " + (RunSpec.MAX_STEPS + 1) + ")");
        }
        if (!(smooth >= 0 && smooth < 1)) {
            throw new InvalidParameterException("Invalid value for smooth_f: " + NumberText.of(smooth)
                    + " (allowed: 0 <= smooth_f < 1)");
        }
        positive("diverge_th", diverge);
    }

    /**
     * An {@code exp} or {@code linear} test from {@code startLr} towards {@code endLr}, with the
     * default smoothing and threshold.
     */
    public static RangeTestConfig towards(StepMode mode, double startLr, double endLr, int iterations) {
        return new RangeTestConfig(mode, startLr, endLr, iterations, Double.NaN, 0, DEFAULT_SMOOTH, DEFAULT_DIVERGE,
                false);
    }

    /**
     * A {@code stepwise} test: {@code startLr} times {@code factor} every {@code stepsPerLr}
     * iterations, unsmoothed, with the default threshold.
     */
    public static RangeTestConfig stepwise(double startLr, double factor, int stepsPerLr, int iterations) {
        return new RangeTestConfig(StepMode.STEPWISE, startLr, Double.NaN, iterations, factor, stepsPerLr, 0,
                DEFAULT_DIVERGE, false);
    }

    /** The same test with another smoothing weight and divergence threshold. */
    public RangeTestConfig withStopRule(double newSmooth, double newDiverge) {
        return new RangeTestConfig(mode, startLr, endLr, iterations, factor, stepsPerLr, newSmooth, newDiverge,
                aboveLowest);
    }

    /** The same test with the divergence rule applied to the loss above the lowest known value, or not. */
    public RangeTestConfig withAboveLowest(boolean on) {
        return new RangeTestConfig(mode, startLr, endLr, iterations, factor, stepsPerLr, smooth, diverge, on);
    }

    /** The learning rate of iteration i, by the formula of {@link StepMode}. */
    public double lr(int i) {
        return switch (mode) {
            case EXP -> startLr * Math.pow(endLr / startLr, (double) i / iterations);
            case LINEAR -> startLr + ((double) i / iterations) * (endLr - startLr);
            case STEPWISE -> startLr * Math.pow(factor, i / stepsPerLr);
        };
    }

    private static void positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new InvalidParameterException("Invalid value for " + name + ": " + NumberText.of(v)
                    + " (allowed: " + name + " > 0)");
        }
    }
}
