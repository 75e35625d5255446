package org.downhill.figure;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.downhill.figure.sketch.Java2DSketch;
import org.downhill.render.GifWriter;
import org.downhill.render.GridSampler;
import org.downhill.scenario.Presets;
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
 * What a figure of the 2D view costs without a window (the {@code render} command, and the app's
 * export thread): the {@code rosenbrock-sgd-adam} preset (3 runs of 1,000 steps) at 900 x 640
 * units, at {@code scale} pixels per unit. {@code layer} samples, colours and contours the
 * landscape for the figure (on 2 bands of the common pool, as the app's exports do); {@code draw}
 * paints the figure with Java2D; {@code png} encodes the drawn image; {@code svg} writes the SVG
 * document (the layer at 1 pixel per unit); {@code gifFrame} draws one frame at scale 1 and adds
 * it to a GIF (palette and LZW included); {@code scene} simulates and diagnoses the preset's runs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class FigureBenchmark {
    private static final double WIDTH = 900;
    private static final double HEIGHT = 640;

    /** The preset's scene at its end, a figure of it at scale 1 and an animation to add frames to. */
    @State(Scope.Thread)
    public static class Common {
        PlaneScene scene;
        GridSampler sampler;
        Figure figure;
        GifWriter gif;

        @Setup
        public void setUp() throws IOException {
            PlaneScene start = PlaneScene.of(Presets.byId("rosenbrock-sgd-adam").scenario());
            scene = start.atStep(start.steps());
            sampler = GridSampler.parallel(ForkJoinPool.commonPool(), 2);
            figure = Figure.of(scene, FigureOptions.SCREEN, WIDTH, HEIGHT, 1, sampler);
            gif = GifWriter.open(OutputStream.nullOutputStream(), (int) WIDTH, (int) HEIGHT, 15, true);
        }
    }

    /** A figure at the pixel scale under test, and its image. */
    @State(Scope.Thread)
    public static class Scaled {
        @Param({"1", "2", "4"})
        double scale;
        Figure figure;
        BufferedImage image;

        @Setup
        public void setUp(Common common) {
            figure = Figure.of(common.scene, FigureOptions.SCREEN, WIDTH, HEIGHT, scale, common.sampler);
            image = FigureFormats.image(figure, scale);
        }
    }

    /** Simulating and diagnosing the preset's runs. */
    @Benchmark
    public PlaneScene scene() {
        return PlaneScene.of(Presets.byId("rosenbrock-sgd-adam").scenario());
    }

    /** The landscape's layer at the figure's resolution. */
    @Benchmark
    public Figure layer(Common common, Scaled scaled) {
        return Figure.of(common.scene, FigureOptions.SCREEN, WIDTH, HEIGHT, scaled.scale, common.sampler);
    }

    /** Painting the figure with Java2D. */
    @Benchmark
    public BufferedImage draw(Scaled scaled) {
        Java2DSketch sketch = new Java2DSketch(WIDTH, HEIGHT, scaled.scale);
        scaled.figure.paint(sketch);
        sketch.dispose();
        return sketch.image();
    }

    /** Encoding the drawn figure as PNG. */
    @Benchmark
    public void png(Scaled scaled) throws IOException {
        FigureFormats.writePng(scaled.image, OutputStream.nullOutputStream());
    }

    /** The SVG document (its layer at 1 pixel per unit, computed once). */
    @Benchmark
    public String svg(Common common) {
        return FigureFormats.svg(common.figure);
    }

    /** One GIF frame: the figure drawn at scale 1 and added to an animation. */
    @Benchmark
    public void gifFrame(Common common) throws IOException {
        common.gif.add(FigureFormats.image(common.figure.atStep(500), 1));
    }
}
