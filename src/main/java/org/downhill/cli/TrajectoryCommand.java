package org.downhill.cli;

import java.util.concurrent.Callable;
import org.downhill.sim.ReferenceCsv;
import org.downhill.sim.Simulator;
import org.downhill.sim.Trajectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code downhill trajectory}: simulates a run and prints its trajectory in the reference CSV format. */
@Command(name = "trajectory", mixinStandardHelpOptions = true,
        description = "Simulate a run and print its trajectory as CSV (step,x,y,loss,lr; numbers as %%.17g).")
final class TrajectoryCommand implements Callable<Integer> {

    @Mixin
    RunOptions run;

    @Mixin
    OutputOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Trajectory trajectory = Simulator.run(run.toSpec());
        output.write(spec.commandLine().getOut(), out -> ReferenceCsv.write(trajectory, out));
        return 0;
    }
}
