package org.downhill.cli;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.downhill.param.InvalidParameterException;
import org.downhill.rangetest.DataRangeTest;
import org.downhill.rangetest.RangeTest;
import org.downhill.rangetest.RangeTestConfig;
import org.downhill.rangetest.RangeTestCsv;
import org.downhill.rangetest.RangeTestResult;
import org.downhill.rangetest.StepMode;
import org.downhill.rangetest.Suggestions;
import org.downhill.scenario.RangeTestCase;
import org.downhill.scenario.RangeTestCases;
import org.downhill.sim.Batching;
import org.downhill.sim.NoiseSpec;
import org.downhill.sim.ReferenceCsv;
import org.downhill.sim.RunSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code downhill range-test}: the learning-rate range test on a run, as CSV
 * ({@code iter,x,y,lr,loss,smoothed_loss}) or, with {@code --suggest}, its ending and suggestions.
 */
@Command(name = "range-test", mixinStandardHelpOptions = true,
        description = {"Run the learning-rate range test (torch-lr-finder's loop) on a run and print its rows as "
                + "CSV (iter,x,y,lr,loss,smoothed_loss), or with --suggest how it ended and the learning rates "
                + "it suggests.",
                "--case reads a case of the range-test reference format; otherwise the run options describe the run "
                        + "and the test options the test.",
                "--data trains a model on data instead (as train): one learning rate per mini-batch step, the loss "
                        + "being the batch's; --batch B|all (default all) and --seed S are then the batches' size and "
                        + "shuffling seed, and the test lasts --epochs E (default: at least 3 epochs and 100 "
                        + "iterations) unless --iterations says otherwise."})
final class RangeTestCommand implements Callable<Integer> {
    private static final double DEFAULT_END_LR = 10;
    private static final double DEFAULT_FACTOR = 10;
    private static final int DEFAULT_STEPS_PER_LR = 5;

    /** The option that sets each value of the test, by the name the core gives the value. */
    private static final Map<String, String> OPTIONS = Map.of("start_lr", "--start-lr", "end_lr", "--end-lr",
            "num_iter", "--iterations", "factor", "--factor", "steps_per_lr", "--steps-per-lr", "smooth_f", "--smooth",
            "diverge_th", "--diverge");
    private static final Pattern REFUSED = Pattern.compile("Invalid value for (\\w+):");

    @Mixin
    RunOptions run;

    @Option(names = "--mode", paramLabel = "MODE", description = "exp, linear or stepwise (default: exp)")
    String mode;

    @Option(names = "--start-lr", paramLabel = "LR", description = "the first learning rate (default: the run's lr)")
    Double startLr;

    @Option(names = "--end-lr", paramLabel = "LR",
            description = "exp and linear: the rate reached after the last iteration (default: 10)")
    Double endLr;

    @Option(names = "--iterations", paramLabel = "N",
            description = "the most iterations (default: 100; the run's --steps is not used)")
    Integer iterations;

    @Option(names = "--factor", paramLabel = "F", description = "stepwise: the factor per level (default: 10)")
    Double factor;

    @Option(names = "--steps-per-lr", paramLabel = "K", description = "stepwise: iterations per level (default: 5)")
    Integer stepsPerLr;

    @Option(names = "--smooth", paramLabel = "W",
            description = "the weight of the newest loss in the smoothed loss, 0 <= W < 1 (default: 0.05; stepwise 0)")
    Double smooth;

    @Option(names = "--diverge", paramLabel = "T",
            description = "stop when the smoothed loss exceeds T times the best (default: 5)")
    Double diverge;

    @Option(names = "--above-lowest",
            description = "apply the divergence rule to the loss above the landscape's lowest known value "
                    + "(for losses that can be zero or negative)")
    boolean aboveLowest;

    @Option(names = "--suggest", description = "print how the test ended and its four suggestions instead of the rows")
    boolean suggest;

    @Mixin
    DataOptions data;

    @Option(names = "--epochs", paramLabel = "E",
            description = "with --data: the test's epochs, one iteration per batch (default: at least 3 and 100 "
                    + "iterations)")
    Integer epochs;

    @Option(names = "--shuffle", description = "with --data: visit the rows in a new order every epoch")
    boolean shuffle;

    @Mixin
    OutputOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RunSpec runSpec;
        RangeTestConfig config;
        if (run.caseFile != null) {
            if (data.given()) {
                throw new BadInputException("--case does not go with --data: the case sets the run");
            }
            if (mode != null || startLr != null || endLr != null || iterations != null || factor != null
                    || stepsPerLr != null || smooth != null || diverge != null || aboveLowest) {
                throw new BadInputException("the test options cannot be combined with --case: the case sets the test");
            }
            RangeTestCase c = RangeTestCases.read(run.caseFile, run.caseId);
            runSpec = c.run();
            config = c.config();
        } else if (data.given()) {
            runSpec = dataSpec();
            config = plainConfig(runSpec);
        } else {
            if (epochs != null || shuffle || data.columns != null || data.model != null || data.standardize) {
                throw new BadInputException("--epochs, --shuffle, --columns, --model and --standardize go with --data");
            }
            runSpec = run.toSpec();
            config = plainConfig(runSpec);
        }
        RangeTestResult result = RangeTest.run(runSpec, config);
        output.write(spec.commandLine().getOut(), out -> {
            if (suggest) {
                out.append(suggestionLines(result));
            } else {
                RangeTestCsv.write(result, out);
            }
        });
        return 0;
    }

    /**
     * The run on data the options describe: the model of {@code --data}, its batches of
     * {@code --batch} rows (default all) shuffled with {@code --seed} if asked, from {@code --start}.
     */
    private RunSpec dataSpec() throws Exception {
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        for (String formulaOnly : new String[] {"--case", "--function", "--formula", "--param", "--noise", "--steps"}) {
            if (parsed.hasMatchedOption(formulaOnly)) {
                throw new BadInputException(formulaOnly + " does not go with --data (the model on data is the "
                        + "landscape, its batches the noise, --epochs the length)");
            }
        }
        if (aboveLowest) {
            throw new BadInputException("--above-lowest does not go with --data: the losses of data are at least 0");
        }
        if (epochs != null && iterations != null) {
            throw new BadInputException("give --epochs or --iterations, not both");
        }
        String size = parsed.hasMatchedOption("--batch") ? run.batch : "all";
        long seed = OptimizerOptions.option("--seed", () -> NoiseSpec.SEED.parse(run.seed));
        Batching batching = OptimizerOptions.option("--batch",
                () -> Batching.of(TrainingOptions.parseSize(size), shuffle, seed));
        RunSpec onData = data.spec(batching, run.start, run.optimization.settings(NoiseSpec.NONE), 0);
        if (iterations == null) {
            int e = epochs != null ? epochs : DataRangeTest.defaultEpochs(onData);
            iterations = OptimizerOptions.option("--epochs", () -> DataRangeTest.iterations(onData, e));
        }
        return onData;
    }

    /**
     * The test the options set. The core names a value it refuses as the reference format does
     * ({@code num_iter}, {@code smooth_f}, ...); the refusal starts with the option that set it.
     */
    private RangeTestConfig plainConfig(RunSpec runSpec) throws BadInputException {
        try {
            return config(runSpec);
        } catch (InvalidParameterException e) {
            Matcher named = REFUSED.matcher(e.getMessage());
            String option = named.lookingAt() ? OPTIONS.get(named.group(1)) : null;
            throw option == null ? e : new InvalidParameterException(option + ": " + e.getMessage());
        }
    }

    private RangeTestConfig config(RunSpec runSpec) throws BadInputException {
        StepMode stepMode = mode == null ? StepMode.EXP : OptimizerOptions.option("--mode", () -> StepMode.byId(mode));
        double start = startLr != null ? startLr : runSpec.settings().optimizer().lr();
        int n = iterations != null ? iterations : RangeTestConfig.DEFAULT_ITERATIONS;
        double threshold = diverge != null ? diverge : RangeTestConfig.DEFAULT_DIVERGE;
        RangeTestConfig config;
        if (stepMode == StepMode.STEPWISE) {
            if (endLr != null) {
                throw new BadInputException(
                        "--end-lr does not apply to --mode stepwise (use --factor and --steps-per-lr)");
            }
            config = RangeTestConfig.stepwise(start, factor != null ? factor : DEFAULT_FACTOR,
                    stepsPerLr != null ? stepsPerLr : DEFAULT_STEPS_PER_LR, n);
        } else {
            if (factor != null || stepsPerLr != null) {
                throw new BadInputException("--factor and --steps-per-lr apply to --mode stepwise only");
            }
            config = RangeTestConfig.towards(stepMode, start, endLr != null ? endLr : DEFAULT_END_LR, n);
        }
        return config.withStopRule(smooth != null ? smooth : config.smooth(), threshold).withAboveLowest(aboveLowest);
    }

    private static String suggestionLines(RangeTestResult result) {
        Suggestions s = result.suggestions();
        return "termination=" + result.termination().id() + "\n"
                + "steepest=" + text(s.steepest()) + "\n"
                + "minimum_div10=" + text(s.minimumDiv10()) + "\n"
                + "valley=" + text(s.valley()) + "\n"
                + "seed_pick=" + text(s.seedPick()) + "\n";
    }

    private static String text(OptionalDouble v) {
        return v.isPresent() ? ReferenceCsv.format(v.getAsDouble()) : "none";
    }
}
