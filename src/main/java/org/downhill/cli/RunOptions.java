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
import org.downhill.landscape.formula.FormulaSyntaxException;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.param.InvalidParameterException;
import org.downhill.param.NumberText;
import org.downhill.schedule.ScheduleKind;
import org.downhill.schedule.ScheduleSpec;
import org.downhill.schedule.Warmup;
import org.downhill.scenario.FileFormatException;
import org.downhill.scenario.TorchCase;
import org.downhill.scenario.TorchCases;
import org.downhill.sim.NoiseSpec;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
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

    @Option(names = "--optimizer", paramLabel = "NAME", defaultValue = "SGD",
            description = "the optimizer, a torch.optim class name (default: ${DEFAULT-VALUE})")
    String optimizer;

    @Option(names = "--hp", paramLabel = "NAME=VALUE", description = "a hyper-parameter, e.g. lr=0.01 or betas=0.9,0.999")
    Map<String, String> hyper = new LinkedHashMap<>();

    @Option(names = "--schedule", paramLabel = "NAME", defaultValue = "constant",
            description = "the learning-rate schedule, a torch.optim.lr_scheduler class name (default: ${DEFAULT-VALUE})")
    String schedule;

    @Option(names = "--sp", paramLabel = "NAME=VALUE", description = "a schedule argument, e.g. T_max=200")
    Map<String, String> scheduleArgs = new LinkedHashMap<>();

    @Option(names = "--warmup", paramLabel = "STEPS[,FACTOR]",
            description = "a linear warm-up over STEPS steps from FACTOR * lr (default factor 0.1)")
    String warmup;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "200", description = "the number of updates (default: ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--noise", paramLabel = "SIGMA", defaultValue = "0", description = "gradient noise per sample (default: ${DEFAULT-VALUE})")
    double noise;

    @Option(names = "--batch", paramLabel = "B", defaultValue = "1", description = "batch size: noise is SIGMA/sqrt(B) (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "the noise seed (default: ${DEFAULT-VALUE})")
    long seed;

    /** The run the options describe. */
    RunSpec toSpec() throws FileFormatException {
        return caseFile != null ? readCase().spec() : plainSpec();
    }

    /** The case named by {@code --case} and {@code --id}. */
    TorchCase readCase() throws FileFormatException {
        return TorchCases.read(caseFile, caseId);
    }

    private RunSpec plainSpec() {
        Landscape landscape = formula != null ? typedLandscape() : namedLandscape();
        OptimizerKind kind = OptimizerKind.byName(optimizer);
        OptimizerSpec optimizerSpec = new OptimizerSpec(kind, kind.schema().parse(hyper));
        ScheduleKind scheduleKind = ScheduleKind.byName(schedule);
        ScheduleSpec scheduleSpec = new ScheduleSpec(scheduleKind, scheduleKind.schema().parse(scheduleArgs),
                parseWarmup());
        double[] xy = start == null ? landscape.suggestedStart() : parsePoint(start);
        Settings settings = new Settings(optimizerSpec, scheduleSpec, new NoiseSpec(noise, batch, seed));
        return new RunSpec(landscape, xy[0], xy[1], steps, settings);
    }

    private Landscape namedLandscape() {
        LandscapeFamily family = Landscapes.byId(function == null ? DEFAULT_FUNCTION : function);
        return family.create(family.schema().parse(params));
    }

    /** The landscape of {@code --formula}, with the default window of a formula and {@code --param} values. */
    private Landscape typedLandscape() {
        if (function != null) {
            throw new InvalidParameterException("give --function or --formula, not both");
        }
        Expression expression;
        try {
            expression = Expression.parse(formula);
        } catch (FormulaSyntaxException e) {
            throw new InvalidParameterException("--formula '" + formula + "': " + e.getMessage());
        }
        LandscapeFamily family = FormulaLandscape.family(expression, Map.of(), FormulaLandscape.DEFAULT_WINDOW,
                ColorScaling.LINEAR);
        return family.create(family.schema().parse(params));
    }

    private Warmup parseWarmup() {
        if (warmup == null) {
            return Warmup.NONE;
        }
        String[] parts = warmup.split(",", -1);
        try {
            int warmupSteps = Integer.parseInt(parts[0].trim());
            double factor = parts.length > 1 ? NumberText.parse(parts[1]) : 0.1;
            if (parts.length > 2) {
                throw new NumberFormatException();
            }
            return new Warmup(warmupSteps, factor);
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("--warmup must be STEPS or STEPS,FACTOR, e.g. 20,0.1, not '"
                    + warmup + "'");
        }
    }

    private static double[] parsePoint(String text) {
        String[] parts = text.split(",", -1);
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            return new double[] {NumberText.parse(parts[0]), NumberText.parse(parts[1])};
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("--start must be X,Y, e.g. -1.5,2, not '" + text + "'");
        }
    }
}
