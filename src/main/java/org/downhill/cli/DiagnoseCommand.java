package org.downhill.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.downhill.diagnose.Diagnoser;
import org.downhill.diagnose.Diagnosis;
import org.downhill.sim.Simulator;
import org.downhill.sim.Trajectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code downhill diagnose}: simulates a run and says what it did, and why. */
@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = "Simulate a run and print its regime (converges, slow, oscillates, diverges, ...) and why.")
final class DiagnoseCommand implements Callable<Integer> {

    @Mixin
    RunOptions run;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Trajectory trajectory = Simulator.run(run.toSpec());
        Diagnosis d = Diagnoser.diagnose(trajectory);
        PrintWriter out = spec.commandLine().getOut();
        out.println(d.headline() + " (regime: " + d.regime().referenceName() + ")");
        out.println(d.explanation());
        int updates = trajectory.lastStep();
        out.println("Overshooting steps: " + d.markers().overshootCount() + " of " + updates
                + "; steps that raised the loss: " + d.markers().lossIncreaseCount() + ".");
        out.flush();
        return 0;
    }
}
