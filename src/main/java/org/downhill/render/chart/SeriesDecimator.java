package org.downhill.render.chart;

import java.util.function.IntToDoubleFunction;

/**
 * Thins a long series for a chart a few hundred pixels wide without losing its extremes: when
 * there are more than two values per pixel column, each column keeps only its smallest and its
 * largest value, in the order they occur (min-max decimation). A line through the kept points
 * covers exactly the pixels the full line would, so spikes and oscillations stay visible.
 * Non-finite values are dropped.
 */
public final class SeriesDecimator {
    private SeriesDecimator() {
    }

    /**
     * Fills {@code steps} and {@code values} with the points to draw of the series f(from..to).
     *
     * @param columns the pixel columns the series spans (at least 1)
     * @param steps   receives the step of each kept point; needs room for
     *                {@code 2 * columns + 2} points (or {@code to - from + 1} if fewer)
     * @param values  receives the value of each kept point
     * @return the number of points kept
     */
    public static int decimate(IntToDoubleFunction f, int from, int to, int columns, double[] steps, double[] values) {
        int n = to - from + 1;
        if (n <= 0) {
            return 0;
        }
        int count = 0;
        if (n <= 2 * Math.max(1, columns)) {
            for (int k = from; k <= to; k++) {
                count = keep(f, k, steps, values, count);
            }
            return count;
        }
        for (int c = 0; c < columns; c++) {
            int start = from + (int) ((long) n * c / columns);
            int end = from + (int) ((long) n * (c + 1) / columns) - 1;
            int lowAt = -1;
            int highAt = -1;
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (int k = start; k <= end; k++) {
                double v = f.applyAsDouble(k);
                if (!Double.isFinite(v)) {
                    continue;
                }
                if (v < low) {
                    low = v;
                    lowAt = k;
                }
                if (v > high) {
                    high = v;
                    highAt = k;
                }
            }
            if (lowAt < 0) {
                continue;
            }
            count = keep(f, Math.min(lowAt, highAt), steps, values, count);
            if (highAt != lowAt) {
                count = keep(f, Math.max(lowAt, highAt), steps, values, count);
            }
        }
        return count;
    }

    private static int keep(IntToDoubleFunction f, int k, double[] steps, double[] values, int count) {
        double v = f.applyAsDouble(k);
        if (!Double.isFinite(v)) {
            return count;
        }
        steps[count] = k;
        values[count] = v;
        return count + 1;
    }
}
