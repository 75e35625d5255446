package org.downhill.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.downhill.landscape.LandscapeFamily;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.scenario.Presets;
import org.downhill.sim.Settings;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.RunViewModel;
import org.downhill.ui.model.ViewLayout;

/**
 * A memory soak test of the real window: random user actions (seeded) on the lab for a number
 * of minutes (default 10), several per second, each followed by the frames it causes. The
 * footprint at rest (resident set size after 30 s without actions, see {@link Sample#atRest}) is
 * printed at the start (after a one-minute warm-up of the same actions) and at the end, with the
 * ratio end / start, and the resident set size while busy every minute. The budget: the end
 * within 1.5 times the start.
 *
 * <p>The app's own memory settings apply ({@link HeapFootprint}), as when it is launched.
 *
 * <p>Run under a display (the 3D view is among the actions):
 * {@code xvfb-run -a mvn -Pbench -DskipTests verify -Dbench.main=org.downhill.ui.MemorySoakHarness
 * -Dbench.args="10"} (the argument is the minutes of measurement).
 */
public final class MemorySoakHarness {
    private static final long ACTION_INTERVAL_MS = 120;

    private MemorySoakHarness() {
    }

    public static void main(String[] args) throws Exception {
        double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        System.setProperty("prism.forceGPU", "true");
        HeapFootprint.keepSmall();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        LabViewModel[] lab = new LabViewModel[1];
        CountDownLatch shown = new CountDownLatch(1);
        Platform.runLater(() -> {
            lab[0] = new LabViewModel();
            MainWindow window = new MainWindow(lab[0]);
            Stage stage = new Stage();
            stage.setScene(DownhillApp.createScene(window));
            stage.show();
            window.start();
            shown.countDown();
        });
        shown.await();
        Random random = new Random(20261130);
        int[] actions = {0};
        double peak = 0;
        soak(lab[0], random, actions, 1);
        Sample start = Sample.atRest(lab[0]);
        System.out.printf(Locale.ROOT, "start (after 1 min warm-up, %d actions): %s%n", actions[0], start);
        diagnostics();
        for (int minute = 1; minute <= Math.ceil(minutes); minute++) {
            soak(lab[0], random, actions, Math.min(1, minutes - (minute - 1)));
            double busy = Sample.rss();
            peak = Math.max(peak, busy);
            System.out.printf(Locale.ROOT, "minute %2d (%5d actions): RSS while busy %.0f MB = %.2fx start%n", minute,
                    actions[0], busy, busy / start.rssMb);
        }
        Sample end = Sample.atRest(lab[0]);
        diagnostics();
        System.out.printf(Locale.ROOT, "end, at rest: RSS %.0f MB = %.2fx start (budget 1.5x); heap after GC %.0f MB"
                + " = %.2fx; highest RSS while busy %.0f MB%n", end.rssMb, end.rssMb / start.rssMb, end.heapMb,
                end.heapMb / start.heapMb, peak);
        Platform.exit();
        System.exit(0);
    }

    /**
     * Where the memory is: with {@code -XX:NativeMemoryTracking=summary} HotSpot's native memory
     * summary, and the 15 largest classes of the heap (the same as {@code jcmd}, in process).
     */
    private static void diagnostics() throws Exception {
        javax.management.ObjectName name = new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand");
        javax.management.MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        String[] signature = {String[].class.getName()};
        String nmt = (String) server.invoke(name, "vmNativeMemory", new Object[] {new String[] {"summary"}}, signature);
        if (!nmt.contains("not enabled")) {
            nmt.lines().filter(l -> l.contains("committed=") && !l.contains("(mmap") && !l.contains("(malloc")
                    && !l.contains("(arena")).forEach(System.out::println);
        }
        String histogram = (String) server.invoke(name, "gcClassHistogram", new Object[] {new String[0]}, signature);
        histogram.lines().limit(18).forEach(System.out::println);
    }

    /** Random actions for {@code minutes}, one every {@value #ACTION_INTERVAL_MS} ms. */
    private static void soak(LabViewModel lab, Random random, int[] count, double minutes) throws Exception {
        long end = System.nanoTime() + (long) (minutes * 60e9);
        while (System.nanoTime() < end) {
            CountDownLatch done = new CountDownLatch(1);
            int choice = random.nextInt(14);
            double u = random.nextDouble();
            Platform.runLater(() -> {
                try {
                    act(lab, choice, u);
                } catch (RuntimeException refused) {
                    // an action the lab refuses (e.g. a ninth run) is a user's action too
                } finally {
                    done.countDown();
                }
            });
            done.await(10, TimeUnit.SECONDS);
            count[0]++;
            Thread.sleep(ACTION_INTERVAL_MS);
        }
    }

    private static void act(LabViewModel lab, int choice, double u) {
        List<LandscapeFamily> families = Landscapes.all();
        List<RunViewModel> runs = lab.runs();
        RunViewModel run = runs.get((int) (u * runs.size()));
        switch (choice) {
            case 0 -> run.hyperModel().set("lr", Math.pow(10, -4 + 4 * u));
            case 1 -> lab.setLandscapeFamily(families.get((int) (u * families.size())));
            case 2 -> lab.addRun(Settings.of(OptimizerSpec.of(OptimizerKind.values()[(int) (u * OptimizerKind.values().length)],
                    Map.of("lr", 0.01))));
            case 3 -> lab.remove(run);
            case 4 -> run.setOptimizerKind(OptimizerKind.values()[(int) (u * OptimizerKind.values().length)]);
            case 5 -> lab.setStart(lab.view().window().xMin() + u * lab.view().window().width(),
                    lab.view().window().yMin() + (1 - u) * lab.view().window().height(), u < 0.5);
            case 6 -> lab.setPlayhead((int) (u * lab.steps()));
            case 7 -> lab.togglePlay();
            case 8 -> lab.view().layoutProperty().set(ViewLayout.values()[(int) (u * ViewLayout.values().length)]);
            case 9 -> lab.view().changeTextSize(u < 0.5 ? -1 : 1);
            case 10 -> lab.load(Presets.all().get((int) (u * Presets.all().size())).scenario());
            case 11 -> lab.setSteps(50 + (int) (u * 1950));
            case 12 -> lab.selectedProperty().set(run);
            default -> {
                lab.view().gradientFieldProperty().set(u < 0.5);
                lab.view().anatomyProperty().set(u > 0.3);
            }
        }
    }

    /** The process's memory at one moment. */
    private record Sample(double rssMb, double heapMb) {
        private static final int REST_SECONDS = 30;

        /**
         * The footprint of the app at rest: playback paused, {@value #REST_SECONDS} s without any
         * action (as when a teacher stops to talk), then RSS as it is; and the heap in use after a
         * full collection that the harness causes after reading RSS.
         */
        static Sample atRest(LabViewModel lab) throws Exception {
            Platform.runLater(() -> lab.playingProperty().set(false));
            Thread.sleep(REST_SECONDS * 1000L);
            double rss = rss();
            System.gc();
            double heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
            return new Sample(rss, heap);
        }

        /** The resident set size now, in MB. */
        static double rss() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
            throw new IOException("no VmRSS in /proc/self/status");
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "RSS %.0f MB, heap after GC %.0f MB", rssMb, heapMb);
        }
    }
}
