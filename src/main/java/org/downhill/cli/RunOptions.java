package org.downhill.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.downhill.landscape.ColorScaling;
import org.downhill.landscape.FormulaLandscape;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.LandscapeFamily;
import org.downhill.landscape.Landscapes;
import org.downhill.landscape.formula.Expression;
import org.downhill.param.InvalidParameterException;
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
 * the reference format ({@code --case FILE [--id ID]}) or plain options, whose landscape is a
 * built-in one ({@code --function NAME}) or a typed formula ({@code --formula EXPR}), with
 * {@code --param NAME=VALUE} for its parameters.
 */
final class RunOptions {
    private static final String DEFAULT_FUNCTION = "quadratic";

    @Option(names = "--case", paramLabel = "FILE",
            description = "a case in the reference format (a manifest with 'cases', or one case object)")
    Path caseFile;

    @Option(names = "--id", paramLabel = "ID", description = "which case of the manifest to run")
    String caseId;

    @Option(names = "--function", paramLabel = "NAME",
            description = "the landscape (default: " + DEFAULT_FUNCTION + "; see 'list')")
    String function;

    @Option(names = "--formula", paramLabel = "EXPR",
            description = "a landscape typed as a formula in x and y instead, e.g. 'a*x^2 + b*y^2'; its other names "
                    + "are parameters, 1 unless given with --param")
    String formula;

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
        Landscape landscape = formula != null ? typedLandscape() : namedLandscape();
        double[] xy = start == null ? landscape.suggestedStart() : OptimizerOptions.parsePoint("--start", start);
        NoiseSpec noiseSpec = new NoiseSpec(OptimizerOptions.option("--noise", () -> NoiseSpec.SIGMA.parse(noise)),
                OptimizerOptions.option("--batch", () -> NoiseSpec.BATCH.parse(batch)),
                OptimizerOptions.option("--seed", () -> NoiseSpec.SEED.parse(seed)));
        Settings settings = optimization.settings(noiseSpec);
        int n = OptimizerOptions.option("--steps", () -> RunSpec.STEPS.parse(steps));
        return new RunSpec(landscape, xy[0], xy[1], n, settings);
    }

    private Landscape namedLandscape() {
        LandscapeFamily family = OptimizerOptions.option("--function",
                () -> Landscapes.byId(function == null ? DEFAULT_FUNCTION : function));
        return OptimizerOptions.option("--param", () -> family.create(family.schema().parse(params)));
    }

    /** The landscape of {@code --formula}, with the default window of a formula and {@code --param} values. */
    private Landscape typedLandscape() {
        if (function != null) {
            throw new InvalidParameterException("give --function or --formula, not both");
        }
        Expression expression = OptimizerOptions.option("--formula", () -> Expression.parse(formula));
        LandscapeFamily family = FormulaLandscape.family(expression, Map.of(), FormulaLandscape.DEFAULT_WINDOW,
                ColorScaling.LINEAR);
        return OptimizerOptions.option("--param", () -> family.create(family.schema().parse(params)));
    }
}
