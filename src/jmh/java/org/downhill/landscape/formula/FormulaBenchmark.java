package org.downhill.landscape.formula;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.downhill.landscape.CriticalPoint;
import org.downhill.landscape.FormulaLandscape;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.render.ColorMap;
import org.downhill.render.GridSampler;
import org.downhill.render.LandscapeRaster;
import org.downhill.render.SampledGrid;
import org.downhill.sim.RunPlan;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import org.downhill.sim.Simulator;
import org.downhill.sim.Trajectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A typed formula against the built-in landscape it equals: Rosenbrock, {@code (a - x)^2 +
 * b*(y - x^2)^2} with a = 1, b = 100, typed (read and compiled by {@link Expression}) and built in.
 * {@code heatmap*} is the whole 512 x 512 landscape image (sample, log scale, colour, 20 contour
 * levels, into reused buffers, one thread), {@code sample*} its sampling alone; {@code adamStep*}
 * the simulator's steps per second (value, gradient and Adam update); {@code value}, {@code
 * gradient} and {@code hessian} one evaluation of the typed formula; {@code criticalPoints} the
 * search for a typed formula's critical points (Newton from a 49 x 49 grid), which the app runs
 * off the FX thread.
 */
@State(Scope.Thread)
@Warmup(time = 1)
@Measurement(time = 1)
public class FormulaBenchmark {
    private static final int SIZE = 512;
    private static final int STEPS = 2_000;

    private Landscape builtIn;
    private Landscape typed;
    private final LandscapeRaster builtInRaster = new LandscapeRaster();
    private final LandscapeRaster typedRaster = new LandscapeRaster();
    private SampledGrid builtInGrid;
    private SampledGrid typedGrid;
    private RunPlan builtInRun;
    private RunPlan typedRun;
    private Trajectory builtInTrajectory;
    private Trajectory typedTrajectory;
    private Program program;
    private final double[] out = new double[3];
    private double x = 0.3;

    @Setup
    public void setUp() {
        builtIn = Landscapes.byId("rosenbrock").create();
        Expression e = Expression.parse(builtIn.formula().plain());
        Map<String, Double> values = new HashMap<>();
        builtIn.params().values().forEach((name, value) -> values.put(name, (Double) value));
        typed = FormulaLandscape.of(e, values, builtIn.defaultWindow(), builtIn.suggestedScaling());
        program = e.compile(values);
        builtInGrid = GridSampler.sequential().sample(builtIn, builtIn.defaultWindow(), SIZE, SIZE, null);
        typedGrid = GridSampler.sequential().sample(typed, typed.defaultWindow(), SIZE, SIZE, null);
        Settings adam = Settings.of(OptimizerSpec.of(OptimizerKind.ADAM, Map.of("lr", 0.01)));
        builtInRun = RunPlan.of(new RunSpec(builtIn, -1.2, 1.0, STEPS, adam));
        typedRun = RunPlan.of(new RunSpec(typed, -1.2, 1.0, STEPS, adam));
        builtInTrajectory = Simulator.run(builtInRun);
        typedTrajectory = Simulator.run(typedRun);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public LandscapeRaster heatmapBuiltIn() {
        builtInRaster.compute(builtIn, builtIn.defaultWindow(), SIZE, SIZE, ColorMap.VIRIDIS,
                builtIn.suggestedScaling(), GridSampler.sequential());
        return builtInRaster;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public LandscapeRaster heatmapTyped() {
        typedRaster.compute(typed, typed.defaultWindow(), SIZE, SIZE, ColorMap.VIRIDIS, typed.suggestedScaling(),
                GridSampler.sequential());
        return typedRaster;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SampledGrid sampleBuiltIn() {
        return GridSampler.sequential().sample(builtIn, builtIn.defaultWindow(), SIZE, SIZE, builtInGrid);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SampledGrid sampleTyped() {
        return GridSampler.sequential().sample(typed, typed.defaultWindow(), SIZE, SIZE, typedGrid);
    }

    /** One Adam step on the built-in Rosenbrock (a 2,000-step run divided by its steps). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(STEPS)
    public int adamStepBuiltIn() {
        Simulator.run(builtInRun, builtInTrajectory);
        return builtInTrajectory.rows();
    }

    /** One Adam step on the typed Rosenbrock. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(STEPS)
    public int adamStepTyped() {
        Simulator.run(typedRun, typedTrajectory);
        return typedTrajectory.rows();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public double value() {
        x = x * 0.999 + 0.001;
        return program.value(x, 0.7);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public double gradient() {
        x = x * 0.999 + 0.001;
        return program.gradient(x, 0.7, out);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public double hessian() {
        x = x * 0.999 + 0.001;
        return program.hessian(x, 0.7, out);
    }

    /** The critical points of a freshly typed Rosenbrock (nothing cached). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<CriticalPoint> criticalPoints() {
        return typed.family().create(typed.params()).criticalPoints();
    }
}
