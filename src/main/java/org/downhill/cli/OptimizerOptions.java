package org.downhill.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.param.InvalidParameterException;
import org.downhill.param.NumberText;
import org.downhill.schedule.ScheduleKind;
import org.downhill.schedule.ScheduleSpec;
import org.downhill.schedule.Warmup;
import picocli.CommandLine.Option;

/**
 * The options that set the optimizer and the learning-rate schedule, shared by every command that
 * simulates runs: {@code --optimizer}, {@code --hp}, {@code --schedule}, {@code --sp},
 * {@code --warmup}.
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
        OptimizerKind kind = OptimizerKind.byName(optimizer);
        return new OptimizerSpec(kind, kind.schema().parse(hyper));
    }

    /** The schedule the options name, with its arguments and warm-up. */
    ScheduleSpec scheduleSpec() {
        ScheduleKind kind = ScheduleKind.byName(schedule);
        return new ScheduleSpec(kind, kind.schema().parse(scheduleArgs), parseWarmup());
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

    /**
     * A point given as {@code X,Y}.
     *
     * @throws InvalidParameterException naming the option if the text is not two numbers
     */
    static double[] parsePoint(String option, String text) {
        String[] parts = text.split(",", -1);
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            return new double[] {NumberText.parse(parts[0]), NumberText.parse(parts[1])};
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(option + " must be X,Y, e.g. -1.5,2, not '" + text + "'");
        }
    }
}
