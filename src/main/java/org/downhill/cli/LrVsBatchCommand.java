package org.downhill.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.downhill.data.LargestLearningRate;
import org.downhill.data.ModelLandscape;
import org.downhill.param.InvalidParameterException;
import org.downhill.sim.Batching;
import org.downhill.sim.NoiseSpec;
import org.downhill.sim.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code downhill lr-vs-batch}: for each batch size, the largest learning rate that brings the
 * full-data loss below a target within the given epochs ({@link LargestLearningRate}), as CSV.
 */
@Command(name = "lr-vs-batch", mixinStandardHelpOptions = true,
        description = "For each batch size, the largest learning rate that brings the full-data loss below a target "
                + "within E epochs (CSV: batch,steps,largest_lr,final_loss,first_failing_lr).")
final class LrVsBatchCommand implements Callable<Integer> {

    /** The default target, as a multiple of the minimum's loss. */
    static final double DEFAULT_TARGET_FACTOR = 1.05;

    @Mixin
    DataOptions data;

    @Mixin
    TrainingOptions training;

    @Mixin
    OptimizerOptions optimization;

    @Option(names = "--batches", paramLabel = "B,...", split = ",", defaultValue = "1,4,16,64,all",
            description = "the batch sizes (default: ${DEFAULT-VALUE})")
    List<String> batches;

    @Option(names = "--target", paramLabel = "LOSS",
            description = "the full-data loss to reach (default: 1.05 times the minimum's loss)")
    Double target;

    @Option(names = "--repeats", paramLabel = "K", defaultValue = "5",
            description = "with --shuffle, a learning rate counts only if K seeds (S, S+1, ...) all reach the target "
                    + "(default: ${DEFAULT-VALUE})")
    int repeats;

    @Option(names = "--start", paramLabel = "P1,P2", description = "the start parameters (default: as train)")
    String start;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Integer> sizes = OptimizerOptions.option("--batches",
                () -> batches.stream().map(b -> Batching.of(TrainingOptions.parseSize(b)).size()).toList());
        ModelLandscape f = data.landscape();
        double goal = target != null ? target : defaultTarget(f);
        double[] p = start == null ? f.suggestedStart() : OptimizerOptions.parsePoint("--start", start);
        Settings settings = optimization.settings(NoiseSpec.NONE);
        LargestLearningRate search = new LargestLearningRate(f, p[0], p[1], settings, training.shuffle, training.seed,
                repeats, training.epochs, goal);
        PrintWriter out = spec.commandLine().getOut();
        out.println("batch,steps,largest_lr,final_loss,first_failing_lr");
        for (int size : sizes) {
            LargestLearningRate.Edge e = search.find(size);
            out.println((e.batchSize() == Batching.ALL_ROWS ? "all" : Integer.toString(e.batchSize())) + ","
                    + e.steps() + "," + num(e.lr()) + "," + num(e.loss()) + "," + num(e.failingLr()));
        }
        out.flush();
        return 0;
    }

    private static double defaultTarget(ModelLandscape f) {
        if (f.criticalPoints().isEmpty()) {
            throw new InvalidParameterException("This loss has no finite minimum to aim at; give --target");
        }
        return DEFAULT_TARGET_FACTOR * f.criticalPoints().get(0).value();
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
