package org.downhill.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.LandscapeFamily;
import org.downhill.landscape.Landscapes;
import org.downhill.scenario.FileFormatException;
import org.downhill.scenario.TorchCase;
import org.downhill.scenario.TorchCases;
import org.downhill.sim.NoiseSpec;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options that describe a run, shared by the commands that simulate one: either a case file in
 * the reference format ({@code --case FILE [--id ID]}) or plain options.
 */
final class RunOptions {

    @Option(names = "--case", paramLabel = "FILE",
            description = "a case in the reference format (a manifest with 'cases', or one case object)")
    Path caseFile;

    @Option(names = "--id", paramLabel = "ID", description = "which case of the manifest to run")
    String caseId;

    @Option(names = "--function", paramLabel = "NAME", defaultValue = "quadratic",
            description = "the landscape (default: ${DEFAULT-VALUE}; see 'list')")
    String function;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "a landscape parameter, e.g. a=1")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--start", paramLabel = "X,Y", description = "the start point (default: the landscape's own)")
    String start;

    @Mixin
    OptimizerOptions optimization;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "200",
            description = "the number of updates, 1 to " + RunSpec.MAX_STEPS + " (default: ${DEFAULT-VALUE})")
    String steps;

    @Option(names = "--noise", paramLabel = "SIGMA", defaultValue = "0",
            description = "gradient noise per sample (default: ${DEFAULT-VALUE})")
    String noise;

    @Option(names = "--batch", paramLabel = "B", defaultValue = "1",
            description = "synthetic batch size: the noise is SIGMA/sqrt(B) (default: ${DEFAULT-VALUE}; "
                    + "real mini-batches of data: see train)")
    String batch;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "the noise seed (default: ${DEFAULT-VALUE})")
    String seed;

    /** The run the options describe. */
    RunSpec toSpec() throws FileFormatException {
        return caseFile != null ? readCase().spec() : plainSpec();
    }

    /** The case named by {@code --case} and {@code --id}. */
    TorchCase readCase() throws FileFormatException {
        return TorchCases.read(caseFile, caseId);
    }

    /**
     * The run the plain options describe. Every value is checked by the core's own descriptor, and
     * a refusal starts with the option it concerns, e.g. {@code --noise: Invalid value for sigma: -1}.
     */
    private RunSpec plainSpec() {
        LandscapeFamily family = OptimizerOptions.option("--function", () -> Landscapes.byId(function));
        Landscape landscape = OptimizerOptions.option("--param", () -> family.create(family.schema().parse(params)));
        double[] xy = start == null ? landscape.suggestedStart() : OptimizerOptions.parsePoint("--start", start);
        NoiseSpec noiseSpec = new NoiseSpec(OptimizerOptions.option("--noise", () -> NoiseSpec.SIGMA.parse(noise)),
                OptimizerOptions.option("--batch", () -> NoiseSpec.BATCH.parse(batch)),
                OptimizerOptions.option("--seed", () -> NoiseSpec.SEED.parse(seed)));
        Settings settings = optimization.settings(noiseSpec);
        int n = OptimizerOptions.option("--steps", () -> RunSpec.STEPS.parse(steps));
        return new RunSpec(landscape, xy[0], xy[1], n, settings);
    }
}
