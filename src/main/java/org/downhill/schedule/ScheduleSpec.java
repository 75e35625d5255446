package org.downhill.schedule;

import java.util.Map;
import java.util.Objects;
import org.downhill.param.ParamSet;

/**
 * A schedule as a user sets it: its kind, its validated arguments and an optional warm-up.
 * Immutable; {@link #create()} makes the {@link Schedule}.
 *
 * @param kind   which schedule
 * @param args   its arguments, validated against {@code kind.schema()}
 * @param warmup a linear warm-up in front of it, or {@link Warmup#NONE}
 */
public record ScheduleSpec(ScheduleKind kind, ParamSet args, Warmup warmup) {

    /** A constant learning rate. */
    public static final ScheduleSpec CONSTANT = of(ScheduleKind.CONSTANT);

    /** Checks that the arguments belong to the kind. */
    public ScheduleSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(warmup, "warmup");
        if (!args.schema().owner().equals(kind.schema().owner())) {
            throw new IllegalArgumentException("arguments of " + args.schema().owner() + " given to " + kind);
        }
    }

    /** The kind with default arguments and no warm-up. */
    public static ScheduleSpec of(ScheduleKind kind) {
        return new ScheduleSpec(kind, kind.schema().defaults(), Warmup.NONE);
    }

    /**
     * The kind with the given arguments (the rest at their defaults) and no warm-up.
     *
     * @throws org.downhill.param.InvalidParameterException if an argument is unknown or not allowed
     */
    public static ScheduleSpec of(ScheduleKind kind, Map<String, ?> args) {
        return new ScheduleSpec(kind, kind.schema().bind(args), Warmup.NONE);
    }

    /** The same schedule with another warm-up. */
    public ScheduleSpec withWarmup(Warmup newWarmup) {
        return new ScheduleSpec(kind, args, newWarmup);
    }

    /** The configured schedule, the warm-up included. */
    public Schedule create() {
        Schedule inner = kind.create(args);
        return WarmupSchedule.wrap(warmup, inner);
    }
}
