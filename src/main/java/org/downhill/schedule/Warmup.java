package org.downhill.schedule;

import java.util.List;
import java.util.Map;
import org.downhill.param.IntParam;
import org.downhill.param.Interval;
import org.downhill.param.ParamSchema;
import org.downhill.param.ParamSet;
import org.downhill.param.RealParam;

/**
 * A linear warm-up put in front of any schedule: for the first {@code steps} steps the learning
 * rate rises linearly from {@code startFactor * base} to {@code base}:
 * {@code lr_k = base * (startFactor + (1 - startFactor) * k / steps)}; from step {@code steps} on,
 * the wrapped schedule runs from its own step 0 (as PyTorch's {@code SequentialLR} of a
 * {@code LinearLR} and the schedule).
 *
 * <p>{@link #SCHEMA} describes the two settings once, for the app's controls, the scenario file
 * ({@code "warmup": {"steps", "start_factor"}}) and the command line ({@code --warmup
 * STEPS,FACTOR}); the constructor checks every value with it. Like the lengths of the schedules
 * themselves ({@code T_max}, {@code total_steps}, ...), a warm-up may be longer than the run: the
 * run then ends before the rate reaches its base.
 *
 * @param steps       the length of the warm-up, within {@link #STEPS}; 0 means none
 * @param startFactor the fraction of the base rate at step 0, within {@link #START_FACTOR}
 */
public record Warmup(int steps, double startFactor) {

    /** The length of the warm-up. */
    public static final IntParam STEPS = IntParam.of("warmup_steps", 0, 0, Integer.MAX_VALUE,
            "steps of linear warm-up before the schedule (0: none)");
    /** The fraction of the base rate the warm-up starts from. */
    public static final RealParam START_FACTOR = RealParam.linear("warmup_start_factor", 0.1,
            Interval.openClosed(0, 1), 0.01, 1, "fraction of the learning rate the warm-up starts from");
    /** The two settings, in the order the controls show them. */
    public static final ParamSchema SCHEMA = ParamSchema.of("warm-up", List.of(STEPS, START_FACTOR));

    /** No warm-up (its start factor is the one a warm-up gets when its steps are set). */
    public static final Warmup NONE = new Warmup(0, 0.1);

    /**
     * Validates the values with {@link #STEPS} and {@link #START_FACTOR}.
     *
     * @throws org.downhill.param.InvalidParameterException naming the value and the allowed range
     */
    public Warmup {
        STEPS.check(steps);
        START_FACTOR.check(startFactor);
    }

    /** The warm-up held by values of {@link #SCHEMA}. */
    public static Warmup of(ParamSet values) {
        return new Warmup(values.integer(STEPS.name()), values.real(START_FACTOR.name()));
    }

    /** This warm-up as values of {@link #SCHEMA}. */
    public ParamSet params() {
        return SCHEMA.bind(Map.of(STEPS.name(), steps, START_FACTOR.name(), startFactor));
    }

    /** Whether there is a warm-up at all. */
    public boolean isNone() {
        return steps == 0;
    }
}
