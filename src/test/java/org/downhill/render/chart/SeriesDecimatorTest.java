package org.downhill.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SeriesDecimatorTest {

    @Test
    void shortSeriesAreKeptWhole() {
        double[] steps = new double[20];
        double[] values = new double[20];
        int n = SeriesDecimator.decimate(k -> k * k, 0, 9, 100, steps, values);
        assertEquals(10, n);
        for (int i = 0; i < n; i++) {
            assertEquals(i, steps[i]);
            assertEquals(i * i, values[i]);
        }
    }

    @Test
    void longSeriesKeepEveryColumnsExtremesInOrder() {
        Random random = new Random(7);
        double[] data = new double[10_001];
        for (int k = 0; k < data.length; k++) {
            data[k] = random.nextGaussian();
        }
        int columns = 300;
        double[] steps = new double[2 * columns + 2];
        double[] values = new double[2 * columns + 2];
        int n = SeriesDecimator.decimate(k -> data[k], 0, 10_000, columns, steps, values);
        assertTrue(n <= 2 * columns, "at most two points per column, got " + n);
        double globalMin = Double.POSITIVE_INFINITY;
        double globalMax = Double.NEGATIVE_INFINITY;
        for (double v : data) {
            globalMin = Math.min(globalMin, v);
            globalMax = Math.max(globalMax, v);
        }
        double keptMin = Double.POSITIVE_INFINITY;
        double keptMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            assertEquals(data[(int) steps[i]], values[i], "a kept point is a real point");
            if (i > 0) {
                assertTrue(steps[i] > steps[i - 1], "points stay in step order");
            }
            keptMin = Math.min(keptMin, values[i]);
            keptMax = Math.max(keptMax, values[i]);
        }
        assertEquals(globalMin, keptMin);
        assertEquals(globalMax, keptMax);
    }

    @Test
    void nonFiniteValuesAreDropped() {
        double[] data = {1, 2, Double.NaN, 4, Double.POSITIVE_INFINITY};
        double[] steps = new double[10];
        double[] values = new double[10];
        int n = SeriesDecimator.decimate(k -> data[k], 0, 4, 50, steps, values);
        assertEquals(3, n);
        assertEquals(3, steps[2]);
    }
}
