package org.downhill.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import org.downhill.landscape.ColorScaling;
import org.downhill.landscape.Window;
import org.junit.jupiter.api.Test;

class GridSamplerTest {
    private static final TestLandscape PLANE =
            new TestLandscape("plane", (x, y) -> x + 10 * y, new Window(0, 4, 0, 3), ColorScaling.LINEAR);

    @Test
    void samplesCellCentresRowMajorFromTheTop() {
        SampledGrid grid = GridSampler.sequential().sample(PLANE, PLANE.defaultWindow(), 4, 3, null);
        assertEquals(4, grid.nx());
        assertEquals(3, grid.ny());
        assertEquals(PLANE.defaultWindow(), grid.window());
        assertArrayEquals(new double[] {0.5, 1.5, 2.5, 3.5}, new double[] {grid.x(0), grid.x(1), grid.x(2), grid.x(3)});
        assertArrayEquals(new double[] {2.5, 1.5, 0.5}, new double[] {grid.y(0), grid.y(1), grid.y(2)});
        assertArrayEquals(new double[] {
            25.5, 26.5, 27.5, 28.5,
            15.5, 16.5, 17.5, 18.5,
            5.5, 6.5, 7.5, 8.5}, grid.values());
        assertEquals(16.5, grid.value(1, 1));
        assertEquals(5.5, grid.min());
        assertEquals(28.5, grid.max());
        assertEquals(0, grid.nonFiniteCount());
    }

    @Test
    void resamplingAGridOfTheSameSizeReusesIt() {
        GridSampler sampler = GridSampler.sequential();
        SampledGrid grid = sampler.sample(PLANE, PLANE.defaultWindow(), 8, 5, null);
        double[] values = grid.values();
        Window moved = new Window(10, 14, 0, 3);
        SampledGrid again = sampler.sample(PLANE, moved, 8, 5, grid);
        assertSame(grid, again);
        assertSame(values, again.values());
        assertEquals(moved, again.window());
        assertEquals(10.25 + 10 * 2.7, again.value(0, 0), 1e-12);

        SampledGrid other = sampler.sample(PLANE, moved, 9, 5, grid);
        assertNotSame(grid, other);
        assertEquals(45, other.values().length);
    }

    @Test
    void parallelSamplingEqualsSequential() throws InterruptedException {
        TestLandscape rosenbrock = TestLandscape.rosenbrock();
        SampledGrid expected = GridSampler.sequential().sample(rosenbrock, rosenbrock.defaultWindow(), 37, 23, null);
        SampledGrid common = GridSampler.parallel(ForkJoinPool.commonPool(), 3)
                .sample(rosenbrock, rosenbrock.defaultWindow(), 37, 23, null);
        assertArrayEquals(expected.values(), common.values());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            SampledGrid manyBands = GridSampler.parallel(pool, 50)
                    .sample(rosenbrock, rosenbrock.defaultWindow(), 37, 23, null);
            assertArrayEquals(expected.values(), manyBands.values());
            assertEquals(expected.finiteMax(), manyBands.finiteMax());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void nonFiniteValuesAreKeptAndLeftOutOfTheFiniteStatistics() {
        TestLandscape holes = new TestLandscape("holes",
                (x, y) -> x < 1 ? Double.NaN : x > 3 ? Double.POSITIVE_INFINITY : y < 1 ? Double.NEGATIVE_INFINITY : x * y,
                new Window(0, 4, 0, 4), ColorScaling.LINEAR);
        SampledGrid grid = GridSampler.sequential().sample(holes, holes.defaultWindow(), 4, 4, null);
        assertTrue(Double.isNaN(grid.value(0, 0)));
        assertEquals(Double.POSITIVE_INFINITY, grid.value(3, 0));
        assertEquals(Double.NEGATIVE_INFINITY, grid.value(1, 3));
        assertEquals(Double.NEGATIVE_INFINITY, grid.min());
        assertEquals(Double.POSITIVE_INFINITY, grid.max());
        assertEquals(1.5 * 1.5, grid.finiteMin());
        assertEquals(2.5 * 3.5, grid.finiteMax());
        assertEquals(10, grid.nonFiniteCount());
    }

    @Test
    void aGridWithoutNumbersHasNaNStatistics() {
        TestLandscape nothing = new TestLandscape("nothing", (x, y) -> Double.NaN, Window.centered(0, 0, 1),
                ColorScaling.LINEAR);
        SampledGrid grid = GridSampler.sequential().sample(nothing, nothing.defaultWindow(), 3, 3, null);
        assertTrue(Double.isNaN(grid.min()));
        assertTrue(Double.isNaN(grid.max()));
        assertTrue(Double.isNaN(grid.finiteMin()));
        assertTrue(Double.isNaN(grid.finiteMax()));
        assertTrue(Double.isNaN(grid.finiteQuantile(0.5)));
        assertEquals(9, grid.nonFiniteCount());
    }

    @Test
    void quantilesAreExactOnSmallGridsAndCloseOnLargeOnes() {
        SampledGrid small = GridSampler.sequential().sample(PLANE, PLANE.defaultWindow(), 4, 3, null);
        assertEquals(5.5, small.finiteQuantile(0));
        assertEquals((16.5 + 17.5) / 2, small.finiteQuantile(0.5), 1e-12);
        assertEquals(28.5, small.finiteQuantile(1));

        TestLandscape ramp = new TestLandscape("ramp", (x, y) -> x, new Window(0, 1, 0, 1), ColorScaling.LINEAR);
        SampledGrid large = GridSampler.sequential().sample(ramp, ramp.defaultWindow(), 300, 200, null);
        assertEquals(0.99, large.finiteQuantile(0.99), 0.005);
        assertEquals(0.5, large.finiteQuantile(0.5), 0.005);
        assertThrows(IllegalArgumentException.class, () -> large.finiteQuantile(1.5));
    }

    @Test
    void rejectsBadSizesAndArguments() {
        GridSampler sampler = GridSampler.sequential();
        assertThrows(IllegalArgumentException.class, () -> sampler.sample(PLANE, PLANE.defaultWindow(), 1, 5, null));
        assertThrows(IllegalArgumentException.class, () -> sampler.sample(PLANE, PLANE.defaultWindow(), 5, 0, null));
        assertThrows(IllegalArgumentException.class,
                () -> sampler.sample(PLANE, PLANE.defaultWindow(), 1 << 15, 1 << 15, null));
        assertThrows(IllegalArgumentException.class, () -> GridSampler.parallel(ForkJoinPool.commonPool(), 0));
        assertThrows(IllegalArgumentException.class, () -> GridSampler.parallel(null, 2));
    }
}
