package org.downhill.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Simulator speed: steps per second of Adam on Rosenbrock, and the time to re-simulate the 8 runs
 * of a slider drag (2,000 steps each), each into a new immutable trajectory as the app does.
 */
@State(Scope.Thread)
public class SimulatorBenchmark {
    private static final int STEPS = 2_000;
    private static final int RUNS = 8;

    private RunPlan adamOnRosenbrock;
    private final List<RunPlan> eight = new ArrayList<>();

    @Setup
    public void setUp() {
        Landscape rosenbrock = Landscapes.byId("rosenbrock").create();
        adamOnRosenbrock = RunPlan.of(new RunSpec(rosenbrock, -1.2, 1.0, STEPS,
                Settings.of(OptimizerSpec.of(OptimizerKind.ADAM, Map.of("lr", 0.01)))));
        OptimizerKind[] kinds = {OptimizerKind.SGD, OptimizerKind.SGD, OptimizerKind.ADAM, OptimizerKind.RMSPROP,
                OptimizerKind.ADAGRAD, OptimizerKind.NADAM, OptimizerKind.RADAM, OptimizerKind.ADAMW};
        for (int i = 0; i < RUNS; i++) {
            OptimizerSpec o = OptimizerSpec.of(kinds[i], Map.of("lr", 0.0005 * (i + 1)));
            RunPlan plan = RunPlan.of(new RunSpec(rosenbrock, -1.5 + 0.1 * i, 2.0, STEPS, Settings.of(o)));
            eight.add(plan);
        }
    }

    /** One Adam step on Rosenbrock (a 2,000-step run divided by its steps). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(STEPS)
    public int adamStepOnRosenbrock() {
        return Simulator.run(adamOnRosenbrock).rows();
    }

    /** Re-simulating the 8 runs of a slider drag, 2,000 steps each. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int resimulateEightRuns() {
        int rows = 0;
        for (int i = 0; i < RUNS; i++) {
            rows += Simulator.run(eight.get(i)).rows();
        }
        return rows;
    }
}
