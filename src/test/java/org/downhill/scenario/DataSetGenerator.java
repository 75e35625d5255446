package org.downhill.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Makes the generated data sets shipped in {@code src/main/resources/org/downhill/scenario/data/}:
 * each from a {@link Well19937c} with a fixed seed, with known true parameters, rounded to 4
 * decimals. {@code DataSetsTest} checks that the shipped files are exactly what this writes; run
 * {@code main} with the resource folder as argument to write them again.
 *
 * <ul>
 *   <li>{@code line}: 60 rows, x uniform on [-3, 3], y = 2*x - 1 + N(0, 0.8^2); true (w, b) = (2, -1).</li>
 *   <li>{@code ravine}: 60 rows, x uniform on [2, 6], y = 1.5*x + 2 + N(0, 0.5^2); true (w, b) =
 *       (1.5, 2). x far from 0 makes the unscaled loss a long ravine.</li>
 *   <li>{@code two_blobs}: 80 rows, 40 of class 1 around (1, 0.5) and 40 of class 0 around
 *       (-1, -0.5), both N(0, 0.9^2) per coordinate, alternating; the classes overlap, so the
 *       logistic loss has a finite minimum.</li>
 *   <li>{@code tanh_curve}: 40 rows, x uniform on [-3, 3], y = 1.5*tanh(0.8*x) + N(0, 0.15^2);
 *       true (w, v) = (0.8, 1.5).</li>
 * </ul>
 */
final class DataSetGenerator {
    private DataSetGenerator() {
    }

    /** Every generated set's CSV text by name. */
    static Map<String, String> all() {
        return Map.of("line", line(), "ravine", ravine(), "two_blobs", twoBlobs(), "tanh_curve", tanhCurve());
    }

    static String line() {
        RandomGenerator r = new Well19937c(20240611L);
        return rows("x,y", 60, () -> {
            double x = uniform(r, -3, 3);
            return new double[] {x, 2 * x - 1 + 0.8 * r.nextGaussian()};
        });
    }

    static String ravine() {
        RandomGenerator r = new Well19937c(20240612L);
        return rows("x,y", 60, () -> {
            double x = uniform(r, 2, 6);
            return new double[] {x, 1.5 * x + 2 + 0.5 * r.nextGaussian()};
        });
    }

    static String twoBlobs() {
        RandomGenerator r = new Well19937c(20240613L);
        int[] count = {0};
        return rows("x1,x2,label", 80, () -> {
            double label = count[0]++ % 2 == 0 ? 1 : 0;
            double sign = label == 1 ? 1 : -1;
            return new double[] {sign * 1 + 0.9 * r.nextGaussian(), sign * 0.5 + 0.9 * r.nextGaussian(), label};
        });
    }

    static String tanhCurve() {
        RandomGenerator r = new Well19937c(20240614L);
        return rows("x,y", 40, () -> {
            double x = uniform(r, -3, 3);
            return new double[] {x, 1.5 * Math.tanh(0.8 * x) + 0.15 * r.nextGaussian()};
        });
    }

    private static double uniform(RandomGenerator r, double lo, double hi) {
        return lo + (hi - lo) * r.nextDouble();
    }

    private static String rows(String header, int n, Supplier<double[]> row) {
        StringBuilder sb = new StringBuilder(header).append('\n');
        for (int i = 0; i < n; i++) {
            double[] values = row.get();
            for (int j = 0; j < values.length; j++) {
                sb.append(j == 0 ? "" : ",").append(j == 2 ? Integer.toString((int) values[j])
                        : String.format(Locale.ROOT, "%.4f", values[j]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Writes every generated set into the folder given as the first argument. */
    public static void main(String[] args) throws IOException {
        for (Map.Entry<String, String> e : all().entrySet()) {
            Files.writeString(Path.of(args[0]).resolve(e.getKey() + ".csv"), e.getValue());
        }
    }
}
