package org.downhill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.downhill.data.Conditioning;
import org.downhill.data.ModelLandscape;
import org.downhill.data.ScalingEffect;
import org.downhill.landscape.CriticalPoint;
import org.downhill.scenario.FileFormatException;
import org.downhill.scenario.TrainingCases;
import org.downhill.sim.Batching;
import org.downhill.sim.NoiseSpec;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Simulator;
import org.downhill.sim.TrainingCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code downhill train}: trains a two-parameter model on data in mini-batches and prints the run
 * in the training reference CSV format, or with {@code --summary} describes the model's landscape.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a two-parameter model on data in mini-batches and print the run as CSV "
                + "(step,epoch,batch,p1,p2,batch_loss,full_loss,lr; numbers as %%.17g).")
final class TrainCommand implements Callable<Integer> {

    @Option(names = "--case", paramLabel = "FILE",
            description = "a case in the training reference format (a manifest with 'cases', or one case object)")
    Path caseFile;

    @Option(names = "--id", paramLabel = "ID", description = "which case of the manifest to run")
    String caseId;

    @Mixin
    DataOptions data;

    @Mixin
    TrainingOptions training;

    @Option(names = "--batch", paramLabel = "B|all", defaultValue = "all",
            description = "rows per mini-batch, or all for full-batch gradient descent (default: ${DEFAULT-VALUE})")
    String batch;

    @Mixin
    OptimizerOptions optimization;

    @Option(names = "--start", paramLabel = "P1,P2",
            description = "the start parameters (default: 0,0 for linear and logistic, the window's corner for neuron)")
    String start;

    @Option(names = "--summary",
            description = "describe the data, the model's optimum and its conditioning before and after standardizing")
    boolean summary;

    @Option(names = "--out", paramLabel = "FILE", description = "write the CSV to FILE instead of standard output")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RunSpec run = caseFile != null ? TrainingCases.read(caseFile, caseId).spec() : plainSpec();
        if (summary) {
            printSummary((ModelLandscape) run.landscape(), spec.commandLine().getOut());
            return 0;
        }
        if (out == null) {
            TrainingCsv.write(Simulator.run(run), spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
        } else {
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                TrainingCsv.write(Simulator.run(run), w);
            } catch (IOException e) {
                throw new BadInputException("Cannot write " + out + ": " + e.getMessage());
            }
        }
        return 0;
    }

    private RunSpec plainSpec() throws FileFormatException {
        Batching batching = OptimizerOptions.option("--batch", () -> training.batching(batch));
        return data.spec(batching, start, optimization.settings(NoiseSpec.NONE), training.epochs);
    }

    private static void printSummary(ModelLandscape f, PrintWriter out) {
        out.println(f.displayName() + ": " + f.rows() + " rows; columns " + String.join(", ", f.columns())
                + " as " + String.join(", ", f.model().roles()));
        out.println("loss: " + f.formula().plain() + "; parameters " + String.join(", ", f.model().params()));
        if (f.criticalPoints().isEmpty()) {
            out.println("no finite minimum");
        }
        for (CriticalPoint c : f.criticalPoints()) {
            out.println(c.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + f.model().params().get(0)
                    + " = " + num(c.x()) + ", " + f.model().params().get(1) + " = " + num(c.y()) + ", loss " + num(c.value()));
        }
        ScalingEffect effect = ScalingEffect.of(f);
        out.println("unscaled features:     " + describe(effect.raw()));
        out.println("standardized features: " + describe(effect.standardized()));
        out.flush();
    }

    private static String describe(Conditioning c) {
        return c == null ? "no finite minimum" : "L = " + num(c.largest()) + ", mu = " + num(c.smallest())
                + ", condition number " + num(c.condition()) + ", 1/L = " + num(c.oneOverL()) + ", 2/L = "
                + num(c.twoOverL());
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
