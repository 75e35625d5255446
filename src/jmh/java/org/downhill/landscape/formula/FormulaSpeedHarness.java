package org.downhill.landscape.formula;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.downhill.landscape.FormulaLandscape;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.render.ColorMap;
import org.downhill.render.GridSampler;
import org.downhill.render.LandscapeRaster;
import org.downhill.sim.RunPlan;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import org.downhill.sim.Simulator;
import org.downhill.sim.Trajectory;

/**
 * The budgets of typed formulas on a busy machine: the same work as {@link FormulaBenchmark}
 * (Rosenbrock typed against built in: Adam steps per second, the 512 x 512 landscape image), each
 * side timed in alternation many times and reported at its fastest, which other processes on the
 * cores cannot make faster, and as the median. Prints the load average at the start and the end.
 * Run with {@code mvn -Pbench -DskipTests verify
 * -Dbench.main=org.downhill.landscape.formula.FormulaSpeedHarness -Dbench.args=}.
 */
public final class FormulaSpeedHarness {
    private static final int TRIALS = 300;
    private static final int RUNS_PER_TRIAL = 20;
    private static final int STEPS = 2_000;
    private static final int SIZE = 512;

    private FormulaSpeedHarness() {
    }

    public static void main(String[] args) {
        System.out.printf(Locale.ROOT, "load average %.1f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Landscape builtIn = Landscapes.byId("rosenbrock").create();
        Expression e = Expression.parse(builtIn.formula().plain());
        Map<String, Double> values = new HashMap<>();
        builtIn.params().values().forEach((name, value) -> values.put(name, (Double) value));
        Landscape typed = FormulaLandscape.of(e, values, builtIn.defaultWindow(), builtIn.suggestedScaling());
        steps(builtIn, typed);
        heatmap(builtIn, typed);
        System.out.printf(Locale.ROOT, "load average %.1f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Adam on each, 2,000-step runs into reused trajectories; nanoseconds per step. */
    private static void steps(Landscape builtIn, Landscape typed) {
        Settings adam = Settings.of(OptimizerSpec.of(OptimizerKind.ADAM, Map.of("lr", 0.01)));
        RunPlan b = RunPlan.of(new RunSpec(builtIn, -1.2, 1.0, STEPS, adam));
        RunPlan t = RunPlan.of(new RunSpec(typed, -1.2, 1.0, STEPS, adam));
        Trajectory tb = Simulator.run(b);
        Trajectory tt = Simulator.run(t);
        double[] nsB = new double[TRIALS];
        double[] nsT = new double[TRIALS];
        for (int r = 0; r < TRIALS; r++) {
            nsB[r] = time(() -> {
                for (int i = 0; i < RUNS_PER_TRIAL; i++) {
                    Simulator.run(b, tb);
                }
            }) / (RUNS_PER_TRIAL * (double) STEPS);
            nsT[r] = time(() -> {
                for (int i = 0; i < RUNS_PER_TRIAL; i++) {
                    Simulator.run(t, tt);
                }
            }) / (RUNS_PER_TRIAL * (double) STEPS);
        }
        report("Adam step, built in", nsB, "ns", 1e3 / min(nsB), "million steps/s");
        report("Adam step, typed", nsT, "ns", 1e3 / min(nsT), "million steps/s");
    }

    /** The whole 512 x 512 image (sample, log scale, colour, contour) of each, one thread; milliseconds. */
    private static void heatmap(Landscape builtIn, Landscape typed) {
        LandscapeRaster rb = new LandscapeRaster();
        LandscapeRaster rt = new LandscapeRaster();
        double[] msB = new double[TRIALS];
        double[] msT = new double[TRIALS];
        for (int r = 0; r < msB.length; r++) {
            msB[r] = time(() -> rb.compute(builtIn, builtIn.defaultWindow(), SIZE, SIZE, ColorMap.VIRIDIS,
                    builtIn.suggestedScaling(), GridSampler.sequential())) / 1e6;
            msT[r] = time(() -> rt.compute(typed, typed.defaultWindow(), SIZE, SIZE, ColorMap.VIRIDIS,
                    typed.suggestedScaling(), GridSampler.sequential())) / 1e6;
        }
        report("512 x 512 image, built in", msB, "ms", Double.NaN, "");
        report("512 x 512 image, typed", msT, "ms", min(msT) / min(msB), "times the built-in (fastest)");
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    private static void report(String what, double[] v, String unit, double extra, String extraUnit) {
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-28s fastest %8.2f %s, median %8.2f %s%s%n", what, sorted[0], unit,
                sorted[sorted.length / 2], unit,
                Double.isNaN(extra) ? "" : String.format(Locale.ROOT, "  (%.2f %s)", extra, extraUnit));
    }
}
