package org.downhill.sim;

import java.util.List;
import java.util.Map;
import org.downhill.param.IntParam;
import org.downhill.param.Interval;
import org.downhill.param.LongParam;
import org.downhill.param.ParamSchema;
import org.downhill.param.ParamSet;
import org.downhill.param.RealParam;

/**
 * Gradient noise that imitates mini-batches: every gradient gets independent Gaussian noise of
 * standard deviation {@code sigma / sqrt(batch)} per coordinate, drawn from a generator keyed by
 * {@code seed} and the step, so that a run is reproducible and a change at step k leaves the noise
 * of earlier steps untouched.
 *
 * <p>{@link #SCHEMA} describes the three settings once, for the app's controls, the scenario
 * file ({@code "noise": {"sigma", "batch", "seed"}}) and the command line ({@code --noise},
 * {@code --batch}, {@code --seed}); the constructor checks every value with it.
 *
 * @param sigma the noise of a single sample (0 for exact gradients), within {@link #SIGMA}
 * @param batch the batch size the noise is averaged over, within {@link #BATCH}
 * @param seed  the random seed, any {@code long} ({@link #SEED})
 */
public record NoiseSpec(double sigma, int batch, long seed) {

    /** The noise of a single sample. */
    public static final RealParam SIGMA = RealParam.linear("sigma", 0, Interval.atLeast(0), 0, 5,
            "standard deviation of the gradient noise of a single sample");
    /** The batch size. */
    public static final IntParam BATCH = IntParam.of("batch", 1, 1, 100_000,
            "batch size: the noise shrinks as sigma / sqrt(batch)");
    /** The seed: every {@code long}, so that a seed survives every round trip exactly. */
    public static final LongParam SEED = LongParam.of("seed", 0, Long.MIN_VALUE, Long.MAX_VALUE,
            "seed of the random noise: the same seed, the same run");
    /** The three settings, in the order the controls show them. */
    public static final ParamSchema SCHEMA = ParamSchema.of("noise", List.of(SIGMA, BATCH, SEED));

    /** Exact gradients. */
    public static final NoiseSpec NONE = new NoiseSpec(0, 1, 0);

    /**
     * Validates the values with {@link #SIGMA} and {@link #BATCH}.
     *
     * @throws org.downhill.param.InvalidParameterException naming the value and the allowed range
     */
    public NoiseSpec {
        SIGMA.check(sigma);
        BATCH.check(batch);
    }

    /** The settings held by values of {@link #SCHEMA}. */
    public static NoiseSpec of(ParamSet values) {
        return new NoiseSpec(values.real(SIGMA.name()), values.integer(BATCH.name()), values.longInteger(SEED.name()));
    }

    /** These settings as values of {@link #SCHEMA}. */
    public ParamSet params() {
        return SCHEMA.bind(Map.of(SIGMA.name(), sigma, BATCH.name(), batch, SEED.name(), seed));
    }

    /** The standard deviation added to each gradient coordinate: {@code sigma / sqrt(batch)}. */
    public double stdDev() {
        return sigma / Math.sqrt(batch);
    }

    /** Whether gradients are exact. */
    public boolean isNone() {
        return sigma == 0;
    }
}
