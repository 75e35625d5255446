package org.downhill.render.surface;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.downhill.landscape.ColorScaling;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Landscapes;
import org.downhill.landscape.Window;
import org.downhill.render.GridSampler;
import org.downhill.render.SampledGrid;
import org.downhill.render.ValueScale;
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
 * What the 3D view's worker pays for a Rosenbrock surface of size x size points on a LOG scale.
 * {@code mesh} builds the mesh arrays (points, palette texture coordinates, faces) from a sampled
 * grid; {@code reshape} recomputes heights and texture coordinates only (a new exaggeration);
 * {@code rebuild} is everything a new window costs: sampling on two bands, the scale, the mesh,
 * the floor contours and the minima (the budget: under 100 ms at 256 x 256). {@code sample} is
 * the sampling alone, the part any surface has to pay, to quote ratios against.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(time = 1)
@Measurement(time = 1)
public class SurfaceBenchmark {
    private static final Landscape ROSENBROCK = Landscapes.byId("rosenbrock").create();
    private static final Window WINDOW = ROSENBROCK.defaultWindow();
    private static final Window SHIFTED = new Window(WINDOW.xMin() + 0.01, WINDOW.xMax() + 0.01, WINDOW.yMin(),
            WINDOW.yMax());

    /** A grid of the size under test, sampled once, and a builder. */
    @State(Scope.Thread)
    public static class Grid {
        @Param({"128", "256"})
        int size;
        SampledGrid grid;
        SurfaceBox box;
        SurfaceBox taller;
        SurfaceMesh mesh;
        GridSampler sampler;
        SurfaceBuilder builder;
        boolean flip;

        @Setup
        public void setUp() {
            sampler = GridSampler.parallel(ForkJoinPool.commonPool(), 2);
            grid = sampler.sample(ROSENBROCK, WINDOW, size, size, null);
            ValueScale scale = ValueScale.fit(grid, ColorScaling.LOG);
            box = SurfaceBox.of(WINDOW, scale, 1);
            taller = SurfaceBox.of(WINDOW, scale, 2);
            mesh = SurfaceMesh.of(grid, box);
            builder = new SurfaceBuilder(sampler);
        }
    }

    @Benchmark
    public SurfaceMesh mesh(Grid g) {
        return SurfaceMesh.of(g.grid, g.box);
    }

    @Benchmark
    public SurfaceMesh reshape(Grid g) {
        return g.mesh.reshape(g.grid, g.taller);
    }

    @Benchmark
    public Surface rebuild(Grid g) {
        g.flip = !g.flip;
        return g.builder.build(new SurfaceSpec(ROSENBROCK, g.flip ? WINDOW : SHIFTED, g.size, ColorScaling.LOG, 1));
    }

    @Benchmark
    public SampledGrid sample(Grid g) {
        return g.sampler.sample(ROSENBROCK, WINDOW, g.size, g.size, g.grid);
    }
}
