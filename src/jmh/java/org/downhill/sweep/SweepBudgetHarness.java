package org.downhill.sweep;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.sim.RunPlan;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import org.downhill.sim.Simulator;
import org.downhill.sim.Trajectory;

/**
 * A timing harness for the sweep budgets that also works on a busy machine: besides the wall
 * time of a sweep on every core, it measures the CPU time this process spends on the sweep run
 * on one thread (its garbage collection included; other processes inflate CPU time far less than
 * wall time) and on simulating the same runs without classifying them (into one reused
 * trajectory), so the cost of the diagnosis shows. A sweep spread perfectly over n idle cores
 * takes its one-thread CPU time divided by n. Prints medians in milliseconds and the system load
 * average at the start and end.
 *
 * <p>The sweeps are those of {@link SweepBenchmark}: the lr strip (200 learning rates × 2,000
 * steps) and the stability map (256 × 256 cells × 500 steps), for SGD on the quadratic bowl and
 * Adam on Rosenbrock. Run with {@code mvn -Pbench -DskipTests verify
 * -Dbench.main=org.downhill.sweep.SweepBudgetHarness -Dbench.args=}.
 */
public final class SweepBudgetHarness {
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private SweepBudgetHarness() {
    }

    public static void main(String[] args) {
        System.out.printf(Locale.ROOT, "load average %.1f, %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        RunSpec bowl = new RunSpec(Landscapes.byId("quadratic").create(Map.of("a", 1.0, "b", 10.0)), -2, 1.5, 2_000,
                Settings.of(OptimizerSpec.of(OptimizerKind.SGD)));
        RunSpec rosenbrock = new RunSpec(Landscapes.byId("rosenbrock").create(), -1.5, 2, 2_000,
                Settings.of(OptimizerSpec.of(OptimizerKind.ADAM)));
        strip("strip, SGD on the quadratic", bowl, 1e-3, 1);
        strip("strip, Adam on Rosenbrock", rosenbrock, 1e-5, 10);
        map("map, SGD on the quadratic", bowl.withSteps(500), 1e-3, 1);
        map("map, Adam on Rosenbrock", rosenbrock.withSteps(500), 1e-5, 10);
        System.out.printf(Locale.ROOT, "load average %.1f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void strip(String name, RunSpec run, double lrMin, double lrMax) {
        double[] lrs = LrScan.logSpaced("lr", lrMin, lrMax, 200);
        report(name, 3, 9, 10, lrs.length, i -> LrScan.withLr(run, lrs[i]),
                sweeper -> () -> LrScan.run(sweeper, run, lrMin, lrMax, 200, new Cancellation(), Progress.NONE));
    }

    private static void map(String name, RunSpec run, double lrMin, double lrMax) {
        double[] lrs = LrScan.logSpaced("lr", lrMin, lrMax, 256);
        double[] momenta = new double[256];
        Arrays.setAll(momenta, j -> 0.99 * j / 255);
        report(name, 1, 3, 1, 256 * 256, k -> StabilityMap.with(run, lrs[k % 256], momenta[k / 256]),
                sweeper -> () -> StabilityMap.run(sweeper, run, lrMin, lrMax, 256, 0, 0.99, 256, new Cancellation(),
                        Progress.NONE));
    }

    /** Times {@code batch} sweeps per sample, {@code repeats} samples after {@code warmUp}; prints medians per sweep. */
    private static void report(String name, int warmUp, int repeats, int batch, int runs,
                               java.util.function.IntFunction<RunSpec> specs,
                               java.util.function.Function<Sweeper, Supplier<Object>> sweep) {
        Supplier<Object> allCores = sweep.apply(Sweeper.on(ForkJoinPool.commonPool()));
        Supplier<Object> oneThread = sweep.apply(Sweeper.sameThread());
        double[] wall = new double[repeats];
        double[] cpu = new double[repeats];
        double[] simulateOnly = new double[repeats];
        for (int r = -warmUp; r < repeats; r++) {
            long t0 = System.nanoTime();
            for (int b = 0; b < batch; b++) {
                allCores.get();
            }
            long t1 = System.nanoTime();
            long c0 = PROCESS.getProcessCpuTime();
            for (int b = 0; b < batch; b++) {
                oneThread.get();
            }
            long c1 = PROCESS.getProcessCpuTime();
            Trajectory buffer = Simulator.run(specs.apply(0));
            for (int b = 0; b < batch; b++) {
                for (int i = 0; i < runs; i++) {
                    buffer = Simulator.run(RunPlan.of(specs.apply(i)), buffer);
                }
            }
            long c2 = PROCESS.getProcessCpuTime();
            if (r >= 0) {
                wall[r] = (t1 - t0) / 1e6 / batch;
                cpu[r] = (c1 - c0) / 1e6 / batch;
                simulateOnly[r] = (c2 - c1) / 1e6 / batch;
            }
        }
        System.out.printf(Locale.ROOT, "%-32s wall on every core %8.1f ms | on one thread: CPU %8.1f ms, "
                        + "simulating alone %8.1f ms%n", name, median(wall), median(cpu), median(simulateOnly));
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
