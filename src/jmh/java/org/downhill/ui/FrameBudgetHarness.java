package org.downhill.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.sim.Settings;
import org.downhill.ui.model.LabViewModel;

/**
 * A timing harness for the slider-drag budget: the real window (1280 x 720, headless Monocle,
 * software pipeline) with 8 runs of 2,000 steps on Rosenbrock, and a landscape slider moved
 * {@value #FRAMES} times. Each move re-simulates all 8 runs from the start; the harness times, per
 * move, the re-simulation with diagnosis, the views' redraw on the FX thread (canvas commands for
 * the plane and the three charts), and a full snapshot of the scene (rendering every node in
 * software and reading the pixels back: an upper bound on the render cost). Prints medians and
 * 95th percentiles in milliseconds.
 *
 * <p>With the argument {@code live} it opens the window on the default platform instead (under
 * Xvfb: Mesa's software OpenGL) and moves the slider once per frame, timing the frames and
 * reading the processor time the whole process (the FX thread, the render thread and Mesa's
 * rasteriser threads) spends per frame: the work a frame costs, which other programs on the
 * machine do not inflate as they do the frame interval.
 *
 * <p>Run with {@code mvn -Pbench -DskipTests verify -Dbench.main=org.downhill.ui.FrameBudgetHarness}
 * (add {@code -Dbench.args=live} under {@code xvfb-run} for the live figures).
 */
public final class FrameBudgetHarness {
    private static final int FRAMES = 300;
    private static final int WARM_UP = 100;
    /** The harness's arguments: live, and with it play, one or sw (see {@link #measureLive}). */
    private static java.util.List<String> modes = java.util.List.of();

    private FrameBudgetHarness() {
    }

    public static void main(String[] args) throws Exception {
        modes = java.util.List.of(args);
        boolean live = modes.contains("live");
        if (live) {
            RenderingSettings.apply();
            if (modes.contains("sw")) {
                System.setProperty("prism.order", "sw");
            }
        } else {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            if (live) {
                measureLive(done);
            } else {
                try {
                    measure();
                } finally {
                    done.countDown();
                }
            }
        });
        done.await();
        Platform.exit();
    }

    /**
     * The real window on the default platform (ES2 pipeline; with {@code sw} the software
     * pipeline) idle for {@value #FRAMES} frames, then, after {@value #WARM_UP} frames of the same
     * change to warm up (so that the code it runs is compiled), for {@value #FRAMES} frames either the
     * learning rate of all 8 runs moved once per frame (each re-runs its 2,000 steps from step 0),
     * or with {@code one} only the selected run's, or with {@code play} the animation playing at
     * 120 steps per second: the time between frames (whether the window keeps 60 fps with the
     * render thread drawing every change) and the FX thread's work per frame. With {@code floor}
     * instead of the app an empty 1280 x 720 window in which a 4 x 4 pixel square moves every
     * frame: what the toolkit itself costs to show a changed frame.
     */
    private static void measureLive(CountDownLatch done) {
        LabViewModel lab = eightRuns();
        boolean floor = modes.contains("floor");
        MainWindow window = floor ? null : new MainWindow(lab);
        javafx.scene.shape.Rectangle mover = new javafx.scene.shape.Rectangle(4, 4);
        Stage stage = new Stage();
        stage.setScene(floor ? new Scene(new javafx.scene.layout.Pane(mover), 1280, 720)
                : DownhillApp.createScene(window));
        stage.show();
        System.out.println("pipeline: " + com.sun.prism.GraphicsPipeline.getPipeline().getClass().getSimpleName());
        long[] idle = new long[FRAMES];
        long[] interval = new long[FRAMES];
        long[] work = new long[FRAMES];
        lab.setPlayhead(0);
        lab.speedProperty().set(120);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        new javafx.animation.AnimationTimer() {
            private int frame = -WARM_UP;
            private long last;
            private long cpuAtStart;
            private long wallAtStart;

            @Override
            public void handle(long now) {
                long t0 = System.nanoTime();
                boolean dragging = frame >= FRAMES;
                boolean measured = frame >= FRAMES + WARM_UP;
                if (frame == FRAMES + WARM_UP) {
                    cpuAtStart = os.getProcessCpuTime();
                    wallAtStart = now;
                }
                if (dragging && floor) {
                    mover.setTranslateX(frame & 63);
                } else if (dragging && modes.contains("play")) {
                    lab.playingProperty().set(true);
                    lab.advance(1 / 60.0);
                } else if (dragging) {
                    double lr = 0.001 * (1 + (frame & 15) / 16.0);
                    if (modes.contains("one")) {
                        lab.selected().hyperModel().set("lr", lr);
                    } else {
                        lab.runs().forEach(run -> run.hyperModel().set("lr", lr));
                    }
                }
                if (window != null) {
                    window.pulse(now);
                }
                if (frame >= 0 && frame < FRAMES) {
                    idle[frame] = now - last;
                } else if (measured) {
                    interval[frame - FRAMES - WARM_UP] = now - last;
                    work[frame - FRAMES - WARM_UP] = System.nanoTime() - t0;
                }
                last = now;
                if (++frame == 2 * FRAMES + WARM_UP) {
                    stop();
                    report("frame interval, idle (60 fps = 16.67 ms)", idle);
                    report("frame interval, while changing", interval);
                    report("FX thread work per frame, while changing", work);
                    long cpu = os.getProcessCpuTime() - cpuAtStart;
                    System.out.printf(Locale.ROOT, "%-45s mean   %6.2f ms   (%.2f cores busy)%n",
                            "process CPU per frame, while changing", cpu / 1e6 / FRAMES, cpu / (double) (now - wallAtStart));
                    stage.close();
                    done.countDown();
                }
            }
        }.start();
    }

    private static LabViewModel eightRuns() {
        LabViewModel lab = new LabViewModel();
        lab.setLandscapeFamily(Landscapes.byId("rosenbrock"));
        lab.setSteps(2000);
        lab.selected().hyperModel().set("lr", 0.001);
        OptimizerKind[] others = {OptimizerKind.ADAM, OptimizerKind.RMSPROP, OptimizerKind.ADAGRAD,
            OptimizerKind.NADAM, OptimizerKind.RADAM, OptimizerKind.ADAMAX, OptimizerKind.ADADELTA};
        for (OptimizerKind kind : others) {
            lab.addRun(Settings.of(OptimizerSpec.of(kind, Map.of("lr", 0.001))));
        }
        lab.setPlayhead(1000);
        return lab;
    }

    private static void measure() {
        LabViewModel lab = eightRuns();
        MainWindow window = new MainWindow(lab);
        Scene scene = DownhillApp.createScene(window);
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        long[] simulate = new long[FRAMES];
        long[] redraw = new long[FRAMES];
        long[] render = new long[FRAMES];
        for (int i = -WARM_UP; i < FRAMES; i++) {
            double b = 90 + (i & 15);
            long t0 = System.nanoTime();
            lab.landscapeModel().set("b", b);
            long t1 = System.nanoTime();
            window.pulse(t1);
            long t2 = System.nanoTime();
            scene.snapshot(null);
            long t3 = System.nanoTime();
            if (i >= 0) {
                simulate[i] = t1 - t0;
                redraw[i] = t2 - t1;
                render[i] = t3 - t2;
            }
        }
        report("re-simulate 8 runs x 2000 steps + diagnose", simulate);
        report("redraw plane + charts (FX thread)", redraw);
        report("render + read back the whole scene", render);
        long[] total = new long[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            total[i] = simulate[i] + redraw[i] + render[i];
        }
        report("slider move, total", total);
        stage.close();
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-45s median %6.2f ms   p95 %6.2f ms   (%d moves)%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6, sorted.length);
    }
}
