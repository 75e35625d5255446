package org.downhill.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.param.Excerpt;
import org.downhill.param.InvalidParameterException;
import org.downhill.param.NumberText;
import org.downhill.schedule.ScheduleKind;
import org.downhill.schedule.ScheduleSpec;
import org.downhill.schedule.Warmup;
import org.downhill.sim.NoiseSpec;
import org.downhill.sim.Settings;
import picocli.CommandLine.Option;

/**
 * The options that set the optimizer and the learning-rate schedule, shared by every command that
 * simulates runs: {@code --optimizer}, {@code --hp}, {@code --schedule}, {@code --sp},
 * {@code --warmup}. Every value is checked by the core's own descriptor, and a refusal starts with
 * the option it concerns ({@link #option}).
 */
final class OptimizerOptions {

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

    /** The optimizer the options name, with its hyper-parameters. */
    OptimizerSpec optimizerSpec() {
        OptimizerKind kind = option("--optimizer", () -> OptimizerKind.byName(optimizer));
        return option("--hp", () -> new OptimizerSpec(kind, kind.schema().parse(hyper)));
    }

    /** The schedule the options name, with its arguments and warm-up. */
    ScheduleSpec scheduleSpec() {
        ScheduleKind kind = option("--schedule", () -> ScheduleKind.byName(schedule));
        return new ScheduleSpec(kind, option("--sp", () -> kind.schema().parse(scheduleArgs)),
                option("--warmup", this::parseWarmup));
    }

    /** The optimizer and schedule with this noise; a combination they do not allow is refused for {@code --schedule}. */
    Settings settings(NoiseSpec noise) {
        OptimizerSpec o = optimizerSpec();
        ScheduleSpec s = scheduleSpec();
        return option("--schedule", () -> new Settings(o, s, noise));
    }

    /**
     * The value of an option, computed by the core.
     *
     * @throws InvalidParameterException the core's refusal with the option's name in front, e.g.
     *                                   {@code --noise: Invalid value for sigma: -1 (allowed: sigma >= 0)}
     */
    static <T> T option(String name, Supplier<T> value) {
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

    /**
     * A point given as {@code X,Y}, two finite numbers.
     *
     * @throws InvalidParameterException naming the option if the text is not two finite numbers
     */
    static double[] parsePoint(String option, String text) {
        return option(option, () -> {
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
                throw new InvalidParameterException("the point must be finite, not '" + Excerpt.of(text) + "'");
            }
            return xy;
        });
    }
}
