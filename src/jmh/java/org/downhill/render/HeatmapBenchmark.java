package org.downhill.render;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.downhill.landscape.ColorScaling;
import org.downhill.landscape.CriticalPoint;
import org.downhill.landscape.Formula;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.LandscapeFamily;
import org.downhill.landscape.Window;
import org.downhill.param.ParamSchema;
import org.downhill.param.ParamSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a landscape view costs: sampling a Rosenbrock function on a square grid, fitting a LOG
 * scale, colouring the grid into an ARGB buffer and contouring it at 20 levels, into reused
 * buffers, as the view does each time its input changes. {@code pipeline} is the whole of it (the
 * budget: well under 50 ms at 512 x 512, under 200 ms at 1024 x 1024); {@code sample},
 * {@code colour} and {@code contour} are its parts; {@code reference} fills a plain array with the
 * same function in a bare loop, the floor any sampler has to pay, to quote ratios against.
 * {@code bands} is 1 for the sequential sampler, 2 for two bands on the common pool.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(time = 1)
@Measurement(time = 1)
public class HeatmapBenchmark {
    private static final Landscape ROSENBROCK = new Rosenbrock();
    private static final Window WINDOW = ROSENBROCK.defaultWindow();

    /** A grid of the size under test, sampled once, with the buffers the steps write into. */
    @State(Scope.Thread)
    public static class Grid {
        @Param({"512", "1024"})
        int size;
        SampledGrid grid;
        ValueScale scale;
        double[] levels;
        int[] argb;
        ContourSet contours;
        double[] plain;

        @Setup
        public void setUp() {
            grid = GridSampler.sequential().sample(ROSENBROCK, WINDOW, size, size, null);
            scale = ValueScale.fit(grid, ColorScaling.LOG);
            levels = ContourLevels.of(scale);
            argb = new int[size * size];
            contours = MarchingSquares.contour(grid, levels, null);
            plain = new double[size * size];
        }
    }

    /** The sampler under test. */
    @State(Scope.Thread)
    public static class Sampler {
        @Param({"1", "2"})
        int bands;
        GridSampler sampler;

        @Setup
        public void setUp() {
            sampler = bands == 1 ? GridSampler.sequential() : GridSampler.parallel(ForkJoinPool.commonPool(), bands);
        }
    }

    @Benchmark
    public ContourSet pipeline(Grid g, Sampler s) {
        g.grid = s.sampler.sample(ROSENBROCK, WINDOW, g.size, g.size, g.grid);
        ValueScale scale = ValueScale.fit(g.grid, ColorScaling.LOG);
        g.argb = Heatmap.render(g.grid, scale, ColorMap.VIRIDIS, g.argb);
        return MarchingSquares.contour(g.grid, ContourLevels.of(scale), g.contours);
    }

    @Benchmark
    public SampledGrid sample(Grid g, Sampler s) {
        return s.sampler.sample(ROSENBROCK, WINDOW, g.size, g.size, g.grid);
    }

    @Benchmark
    public int[] colour(Grid g) {
        return Heatmap.render(g.grid, ValueScale.fit(g.grid, ColorScaling.LOG), ColorMap.VIRIDIS, g.argb);
    }

    @Benchmark
    public ContourSet contour(Grid g) {
        return MarchingSquares.contour(g.grid, ContourLevels.of(g.scale), g.contours);
    }

    @Benchmark
    public double[] reference(Grid g) {
        double[] values = g.plain;
        int n = g.size;
        double dx = WINDOW.width() / n;
        double dy = WINDOW.height() / n;
        for (int j = 0; j < n; j++) {
            double y = WINDOW.yMax() - (j + 0.5) * dy;
            for (int i = 0; i < n; i++) {
                double x = WINDOW.xMin() + (i + 0.5) * dx;
                double u = 1 - x;
                double v = y - x * x;
                values[j * n + i] = u * u + 100 * v * v;
            }
        }
        return values;
    }

    /**
     * (1 - x)^2 + 100 (y - x^2)^2 on [-2, 2] x [-1, 3], with its analytic derivatives:
     * grad = (-2 (1 - x) - 400 x (y - x^2), 200 (y - x^2)),
     * Hessian = [[2 - 400 (y - x^2) + 800 x^2, -400 x], [-400 x, 200]].
     */
    static final class Rosenbrock implements Landscape {
        private static final LandscapeFamily FAMILY = new LandscapeFamily("bench_rosenbrock", "Rosenbrock",
                "the benchmark's Rosenbrock", ParamSchema.of("bench_rosenbrock", List.of()), p -> new Rosenbrock());

        @Override
        public LandscapeFamily family() {
            return FAMILY;
        }

        @Override
        public ParamSet params() {
            return FAMILY.schema().defaults();
        }

        @Override
        public Formula formula() {
            return new Formula("(1 - x)^2 + 100*(y - x^2)^2", "(1 - x)^2 + 100\\,(y - x^2)^2");
        }

        @Override
        public double value(double x, double y) {
            double u = 1 - x;
            double v = y - x * x;
            return u * u + 100 * v * v;
        }

        @Override
        public void gradient(double x, double y, double[] out) {
            double v = y - x * x;
            out[0] = -2 * (1 - x) - 400 * x * v;
            out[1] = 200 * v;
        }

        @Override
        public void hessian(double x, double y, double[] out) {
            out[0] = 2 - 400 * (y - x * x) + 800 * x * x;
            out[1] = -400 * x;
            out[2] = 200;
        }

        @Override
        public Window defaultWindow() {
            return new Window(-2, 2, -1, 3);
        }

        @Override
        public List<CriticalPoint> criticalPoints() {
            return List.of(new CriticalPoint(1, 1, 0, CriticalPoint.Kind.GLOBAL_MIN));
        }

        @Override
        public ColorScaling suggestedScaling() {
            return ColorScaling.LOG;
        }
    }
}
