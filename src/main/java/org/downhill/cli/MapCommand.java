package org.downhill.cli;

import java.util.concurrent.Callable;
import org.downhill.sim.RunSpec;
import org.downhill.sweep.Cancellation;
import org.downhill.sweep.Progress;
import org.downhill.sweep.StabilityMap;
import org.downhill.sweep.SweepCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code downhill map}: the stability map of a run over learning rate × momentum, as CSV. */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = {"Simulate a run over a grid of learning rate (log-spaced) x momentum (for the Adam family: "
                + "beta1) and print each cell as CSV: lr,momentum,regime,final_loss,event_step."})
final class MapCommand implements Callable<Integer> {

    @Mixin
    RunOptions run;

    @Mixin
    SweepOptions axis;

    @Option(names = "--points", paramLabel = "N", defaultValue = "100",
            description = "the number of learning rates (default: ${DEFAULT-VALUE})")
    int points;

    @Option(names = "--momentum-min", paramLabel = "M", defaultValue = "0",
            description = "the smallest momentum (default: ${DEFAULT-VALUE})")
    double momentumMin;

    @Option(names = "--momentum-max", paramLabel = "M", defaultValue = "0.99",
            description = "the largest momentum (default: ${DEFAULT-VALUE})")
    double momentumMax;

    @Option(names = "--momentum-points", paramLabel = "N", defaultValue = "100",
            description = "the number of momenta (default: ${DEFAULT-VALUE})")
    int momentumPoints;

    @Mixin
    OutputOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RunSpec base = run.toSpec();
        StabilityMap map = StabilityMap.run(SweepOptions.allCores(), base, axis.lrMin(base), axis.lrMax(base), points,
                momentumMin, momentumMax, momentumPoints, new Cancellation(), Progress.NONE);
        output.write(spec.commandLine().getOut(), out -> SweepCsv.write(map, out));
        return 0;
    }
}
