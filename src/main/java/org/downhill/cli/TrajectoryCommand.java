package org.downhill.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.downhill.sim.ReferenceCsv;
import org.downhill.sim.Simulator;
import org.downhill.sim.Trajectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code downhill trajectory}: simulates a run and prints its trajectory in the reference CSV format. */
@Command(name = "trajectory", mixinStandardHelpOptions = true,
        description = "Simulate a run and print its trajectory as CSV (step,x,y,loss,lr; numbers as %%.17g).")
final class TrajectoryCommand implements Callable<Integer> {

    @Mixin
    RunOptions run;

    @Option(names = "--out", paramLabel = "FILE", description = "write the CSV to FILE instead of standard output")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Trajectory trajectory = Simulator.run(run.toSpec());
        if (out == null) {
            ReferenceCsv.write(trajectory, spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
        } else {
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                ReferenceCsv.write(trajectory, w);
            } catch (IOException e) {
                throw new BadInputException("Cannot write " + out + ": " + e.getMessage());
            }
        }
        return 0;
    }
}
