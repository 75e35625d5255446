package org.downhill.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.LandscapeFamily;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.param.Excerpt;
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

    @Option(names = "--steps", paramLabel = "N", defaultValue = "200",
            description = "the number of updates, 1 to " + RunSpec.MAX_STEPS + " (default: ${DEFAULT-VALUE})")
    String steps;

    @Option(names = "--noise", paramLabel = "SIGMA", defaultValue = "0",
            description = "gradient noise per sample (default: ${DEFAULT-VALUE})")
    String noise;

    @Option(names = "--batch", paramLabel = "B", defaultValue = "1",
            description = "batch size: noise is SIGMA/sqrt(B) (default: ${DEFAULT-VALUE})")
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
        LandscapeFamily family = option("--function", () -> Landscapes.byId(function));
        Landscape landscape = option("--param", () -> family.create(family.schema().parse(params)));
        OptimizerKind kind = option("--optimizer", () -> OptimizerKind.byName(optimizer));
        OptimizerSpec optimizerSpec = option("--hp", () -> new OptimizerSpec(kind, kind.schema().parse(hyper)));
        ScheduleKind scheduleKind = option("--schedule", () -> ScheduleKind.byName(schedule));
        ScheduleSpec scheduleSpec = new ScheduleSpec(scheduleKind,
                option("--sp", () -> scheduleKind.schema().parse(scheduleArgs)), option("--warmup", this::parseWarmup));
        double[] xy = start == null ? landscape.suggestedStart() : option("--start", () -> parsePoint(start));
        NoiseSpec noiseSpec = new NoiseSpec(option("--noise", () -> NoiseSpec.SIGMA.parse(noise)),
                option("--batch", () -> NoiseSpec.BATCH.parse(batch)), option("--seed", () -> NoiseSpec.SEED.parse(seed)));
        Settings settings = option("--schedule", () -> new Settings(optimizerSpec, scheduleSpec, noiseSpec));
        return new RunSpec(landscape, xy[0], xy[1], option("--steps", () -> RunSpec.STEPS.parse(steps)), settings);
    }

    /** The value of an option; a refusal is said with the option's name in front. */
    private static <T> T option(String name, Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidParameterException e) {
            throw new InvalidParameterException(name + ": " + e.getMessage());
        }
    }

    /** {@code STEPS[,FACTOR]}, each part checked by its descriptor in {@link Warmup}. */
    private Warmup parseWarmup() {
        if (warmup == null) {
            return Warmup.NONE;
        }
        String[] parts = warmup.split(",", -1);
        if (parts.length > 2) {
            throw new InvalidParameterException("must be STEPS or STEPS,FACTOR, e.g. 20,0.1, not '"
                    + Excerpt.of(warmup) + "'");
        }
        int warmupSteps = Warmup.STEPS.parse(parts[0]);
        double factor = parts.length > 1 ? Warmup.START_FACTOR.parse(parts[1]) : Warmup.NONE.startFactor();
        return new Warmup(warmupSteps, factor);
    }

    /** {@code X,Y}, two finite numbers. */
    private static double[] parsePoint(String text) {
        String[] parts = text.split(",", -1);
        double[] xy;
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            xy = new double[] {NumberText.parse(parts[0]), NumberText.parse(parts[1])};
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("must be X,Y, e.g. -1.5,2, not '" + Excerpt.of(text) + "'");
        }
        if (!Double.isFinite(xy[0]) || !Double.isFinite(xy[1])) {
            throw new InvalidParameterException("the start point must be finite, not '" + Excerpt.of(text) + "'");
        }
        return xy;
    }
}
