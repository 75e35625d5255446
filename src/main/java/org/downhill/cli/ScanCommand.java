package org.downhill.cli;

import java.util.concurrent.Callable;
import org.downhill.sim.RunSpec;
import org.downhill.sweep.Cancellation;
import org.downhill.sweep.LrScan;
import org.downhill.sweep.Progress;
import org.downhill.sweep.SweepCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code downhill scan}: the run at many learning rates, each classified, as CSV. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Simulate a run at many log-spaced learning rates (everything else the same) and print "
                + "what each did as CSV: lr,final_loss,min_loss,steps,regime,event_step (the step at which it "
                + "diverged, or from which it stayed converged; -1 for neither)."})
final class ScanCommand implements Callable<Integer> {

    @Mixin
    RunOptions run;

    @Mixin
    SweepOptions axis;

    @Option(names = "--points", paramLabel = "N", defaultValue = "200",
            description = "the number of learning rates (default: ${DEFAULT-VALUE})")
    int points;

    @Mixin
    OutputOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RunSpec base = run.toSpec();
        LrScan scan = LrScan.run(SweepOptions.allCores(), base, axis.lrMin(base), axis.lrMax(base), points,
                new Cancellation(), Progress.NONE);
        output.write(spec.commandLine().getOut(), out -> SweepCsv.write(scan, out));
        return 0;
    }
}
