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
 * <p>Run with {@code mvn -Pbench -DskipTests verify -Dbench.main=org.downhill.ui.FrameBudgetHarness}.
 */
public final class FrameBudgetHarness {
    private static final int FRAMES = 300;
    private static final int WARM_UP = 100;

    private FrameBudgetHarness() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                measure();
            } finally {
                done.countDown();
            }
        });
        done.await();
        Platform.exit();
    }

    private static void measure() {
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
