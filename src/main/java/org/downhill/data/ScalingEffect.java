package org.downhill.data;

/**
 * What standardizing the features does to a model's landscape, measured at the minimum: the
 * {@link Conditioning} (condition number, 1/L, 2/L) of the unscaled and of the standardized
 * landscape. A long ravine (large condition number, small 2/L) becomes a rounder bowl that
 * tolerates larger learning rates. Either side is {@code null} where that landscape has no finite
 * minimum.
 *
 * @param raw          the conditioning with the features as they are
 * @param standardized the conditioning with the features scaled to mean 0 and standard deviation 1
 */
public record ScalingEffect(Conditioning raw, Conditioning standardized) {

    /** The effect for a model on data (whether or not {@code f} itself is standardized). */
    public static ScalingEffect of(ModelLandscape f) {
        return new ScalingEffect(f.withStandardized(false).conditioning(), f.withStandardized(true).conditioning());
    }
}
