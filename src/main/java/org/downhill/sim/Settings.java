package org.downhill.sim;

import java.util.Objects;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.param.InvalidParameterException;
import org.downhill.schedule.ScheduleSpec;

/**
 * What may change while a run plays: the optimizer and its hyper-parameters, the schedule and the
 * gradient noise. Immutable; the combination is validated (a momentum-cycling schedule needs an
 * optimizer with momentum or betas).
 *
 * @param optimizer the optimizer
 * @param schedule  the learning-rate schedule
 * @param noise     the gradient noise
 */
public record Settings(OptimizerSpec optimizer, ScheduleSpec schedule, NoiseSpec noise) {

    /** Validates the combination. */
    public Settings {
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(noise, "noise");
        if (optimizer.kind().cycledMomentum() == OptimizerKind.CycledMomentum.NONE
                && schedule.create().cyclesMomentum()) {
            throw new InvalidParameterException(schedule.kind().torchName()
                    + ": cycle_momentum=true needs an optimizer with momentum or betas, and "
                    + optimizer.kind().torchName() + " has neither (set cycle_momentum=false)");
        }
    }

    /** The optimizer with a constant learning rate and exact gradients. */
    public static Settings of(OptimizerSpec optimizer) {
        return new Settings(optimizer, ScheduleSpec.CONSTANT, NoiseSpec.NONE);
    }

    /** The same settings with another optimizer. */
    public Settings withOptimizer(OptimizerSpec newOptimizer) {
        return new Settings(newOptimizer, schedule, noise);
    }

    /** The same settings with another schedule. */
    public Settings withSchedule(ScheduleSpec newSchedule) {
        return new Settings(optimizer, newSchedule, noise);
    }

    /** The same settings with other noise. */
    public Settings withNoise(NoiseSpec newNoise) {
        return new Settings(optimizer, schedule, newNoise);
    }
}
