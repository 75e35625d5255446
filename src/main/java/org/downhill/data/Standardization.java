package org.downhill.data;

import org.downhill.param.Excerpt;
import org.downhill.param.InvalidParameterException;

/**
 * Feature scaling: every feature column x becomes {@code (x - mean) / sd}, with the mean and the
 * population standard deviation {@code sd = sqrt(mean((x - mean)^2))} of that column (as
 * scikit-learn's StandardScaler); the target or label column is left alone. Immutable.
 */
final class Standardization {
    private final double[] mean;
    private final double[] sd;

    private Standardization(double[] mean, double[] sd) {
        this.mean = mean;
        this.sd = sd;
    }

    /**
     * The scaling of the first {@code features} columns.
     *
     * @param names the columns' names, for the message
     * @throws InvalidParameterException if a feature column is constant (sd = 0)
     */
    static Standardization of(double[][] cols, int features, java.util.List<String> names) {
        double[] mean = new double[features];
        double[] sd = new double[features];
        for (int c = 0; c < features; c++) {
            double[] x = cols[c];
            double sum = 0;
            for (double v : x) {
                sum += v;
            }
            mean[c] = sum / x.length;
            double squares = 0;
            for (double v : x) {
                squares += (v - mean[c]) * (v - mean[c]);
            }
            sd[c] = Math.sqrt(squares / x.length);
            if (!(sd[c] > 0)) {
                throw new InvalidParameterException("Cannot standardize column '" + Excerpt.of(names.get(c))
                        + "': all its values are equal");
            }
        }
        return new Standardization(mean, sd);
    }

    /** The columns with the features scaled (new arrays for the features, the rest shared). */
    double[][] apply(double[][] cols) {
        double[][] out = cols.clone();
        for (int c = 0; c < mean.length; c++) {
            out[c] = new double[cols[c].length];
            for (int i = 0; i < cols[c].length; i++) {
                out[c][i] = scale(c, cols[c][i]);
            }
        }
        return out;
    }

    /** Feature c of a raw value, scaled: (x - mean) / sd. */
    double scale(int c, double raw) {
        return (raw - mean[c]) / sd[c];
    }
}
