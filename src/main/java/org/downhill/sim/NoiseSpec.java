package org.downhill.sim;

import org.downhill.param.InvalidParameterException;

/**
 * Gradient noise that imitates mini-batches: every gradient gets independent Gaussian noise of
 * standard deviation {@code sigma / sqrt(batch)} per coordinate, drawn from a generator keyed by
 * {@code seed} and the step, so that a run is reproducible and a change at step k leaves the noise
 * of earlier steps untouched.
 *
 * @param sigma the noise of a single sample (0 for exact gradients)
 * @param batch the batch size the noise is averaged over, at least 1
 * @param seed  the random seed
 */
public record NoiseSpec(double sigma, int batch, long seed) {

    /** Exact gradients. */
    public static final NoiseSpec NONE = new NoiseSpec(0, 1, 0);

    /** Validates the values. */
    public NoiseSpec {
        if (!(sigma >= 0) || Double.isInfinite(sigma)) {
            throw new InvalidParameterException("Invalid value for noise: " + sigma + " (allowed: noise >= 0)");
        }
        if (batch < 1) {
            throw new InvalidParameterException("Invalid value for batch: " + batch + " (allowed: an integer batch >= 1)");
        }
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
