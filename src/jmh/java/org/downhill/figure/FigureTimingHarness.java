package org.downhill.figure;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.downhill.figure.sketch.Java2DSketch;
import org.downhill.render.GifWriter;
import org.downhill.render.GridSampler;
import org.downhill.scenario.Presets;

/**
 * A timing harness for the figure pipeline, one thread, sequential sampling: the
 * {@code rosenbrock-sgd-adam} preset (3 runs of 1,000 steps) at 900 x 640 units; simulating the
 * scene, the landscape's layer, drawing with Java2D and encoding as PNG at 1x, 2x and 4x, the SVG,
 * and one GIF frame. The whole pipeline runs once untimed first, so that every stage is compiled
 * before any is timed. Prints the median and the 90th percentile of each stage in milliseconds,
 * both as wall time and as the thread's CPU time: on a machine shared with other work the CPU time
 * is the fair figure (wall time then grows with the load), on a quiet machine the two agree.
 *
 * <p>Run with {@code mvn -Pbench -DskipTests verify -Dbench.main=org.downhill.figure.FigureTimingHarness
 * -Dbench.args=}.
 */
public final class FigureTimingHarness {
    private static final double WIDTH = 900;
    private static final double HEIGHT = 640;
    private static final int WARM_UP = 5;
    private static final int RUNS = 11;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private FigureTimingHarness() {
    }

    public static void main(String[] args) throws Exception {
        measure(false);
        measure(true);
    }

    /** Times every stage, printing the figures if {@code report} (else only warming up). */
    private static void measure(boolean report) throws Exception {
        GridSampler sampler = GridSampler.sequential();
        PlaneScene start = PlaneScene.of(Presets.byId("rosenbrock-sgd-adam").scenario());
        PlaneScene scene = start.atStep(start.steps());
        time(report, "scene: simulate and diagnose 3 runs", () -> PlaneScene.of(Presets.byId("rosenbrock-sgd-adam").scenario()));
        for (double scale : new double[] {1, 2, 4}) {
            Figure figure = Figure.of(scene, FigureOptions.SCREEN, WIDTH, HEIGHT, scale, sampler);
            BufferedImage image = FigureFormats.image(figure, scale);
            String at = String.format(Locale.ROOT, " at %.0fx (%d x %d)", scale, image.getWidth(), image.getHeight());
            time(report, "layer: sample, colour, contour" + at,
                    () -> Figure.of(scene, FigureOptions.SCREEN, WIDTH, HEIGHT, scale, sampler));
            time(report, "draw with Java2D" + at, () -> {
                Java2DSketch sketch = new Java2DSketch(WIDTH, HEIGHT, scale);
                figure.paint(sketch);
                sketch.dispose();
                return sketch.image();
            });
            time(report, "encode PNG" + at, () -> {
                FigureFormats.writePng(image, OutputStream.nullOutputStream());
                return image;
            });
        }
        Figure figure = Figure.of(scene, FigureOptions.SCREEN, WIDTH, HEIGHT, 1, sampler);
        time(report, "SVG document", () -> FigureFormats.svg(figure));
        try (GifWriter gif = GifWriter.open(OutputStream.nullOutputStream(), (int) WIDTH, (int) HEIGHT, 15, true)) {
            time(report, "GIF frame: draw at 1x and add", () -> {
                gif.add(FigureFormats.image(figure.atStep(500), 1));
                return gif;
            });
        }
    }

    /** Runs a stage a few times to warm up, then times it; prints medians and 90th percentiles if asked. */
    private static void time(boolean report, String stage, Callable<?> work) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            work.call();
        }
        double[] wall = new double[RUNS];
        double[] cpu = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            work.call();
            wall[i] = (System.nanoTime() - w0) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        if (!report) {
            return;
        }
        System.out.printf(Locale.ROOT, "%-50s cpu median %8.1f ms  p90 %8.1f   wall median %8.1f ms  p90 %8.1f%n",
                stage, cpu[RUNS / 2], cpu[RUNS * 9 / 10], wall[RUNS / 2], wall[RUNS * 9 / 10]);
    }
}
