package org.downhill.sweep;

import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The sweep budgets of the learning-rate tools: the lr strip (200 learning rates × 2,000 steps,
 * every run simulated and diagnosed) within 50 ms, and the stability map (256 × 256 cells × 500
 * steps) within 1 s on 2 cores, on every core ({@code allCores}) and on one ({@code oneCore}).
 * The runs: SGD on the quadratic bowl (a = 1, b = 10; lr from 1e-3 to 1, momentum 0 to 0.99),
 * and Adam on Rosenbrock (lr from 1e-5 to 10, beta1 0 to 0.99), from their lessons' starts.
 */
@State(Scope.Benchmark)
public class SweepBenchmark {
    private static final int STRIP_POINTS = 200;
    private static final int STRIP_STEPS = 2_000;
    private static final int MAP_SIDE = 256;
    private static final int MAP_STEPS = 500;

    @Param({"quadratic-sgd", "rosenbrock-adam"})
    public String run;

    private RunSpec strip;
    private RunSpec map;
    private double lrMin;
    private double lrMax;
    private final Sweeper allCores = Sweeper.on(ForkJoinPool.commonPool());
    private final Sweeper oneCore = Sweeper.sameThread();

    @Setup
    public void setUp() {
        RunSpec spec;
        if (run.equals("quadratic-sgd")) {
            Landscape bowl = Landscapes.byId("quadratic").create(Map.of("a", 1.0, "b", 10.0));
            spec = new RunSpec(bowl, -2, 1.5, STRIP_STEPS, Settings.of(OptimizerSpec.of(OptimizerKind.SGD)));
            lrMin = 1e-3;
            lrMax = 1;
        } else {
            Landscape rosenbrock = Landscapes.byId("rosenbrock").create();
            spec = new RunSpec(rosenbrock, -1.5, 2, STRIP_STEPS, Settings.of(OptimizerSpec.of(OptimizerKind.ADAM)));
            lrMin = 1e-5;
            lrMax = 10;
        }
        strip = spec;
        map = spec.withSteps(MAP_STEPS);
    }

    /** The lr strip: 200 learning rates × 2,000 steps, simulated and diagnosed, on every core. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public LrScan stripAllCores() {
        return LrScan.run(allCores, strip, lrMin, lrMax, STRIP_POINTS, new Cancellation(), Progress.NONE);
    }

    /** The lr strip on the calling thread alone. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public LrScan stripOneCore() {
        return LrScan.run(oneCore, strip, lrMin, lrMax, STRIP_POINTS, new Cancellation(), Progress.NONE);
    }

    /** The stability map: 256 × 256 cells × 500 steps, simulated and diagnosed, on every core. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public StabilityMap mapAllCores() {
        return StabilityMap.run(allCores, map, lrMin, lrMax, MAP_SIDE, 0, 0.99, MAP_SIDE, new Cancellation(),
                Progress.NONE);
    }
}
