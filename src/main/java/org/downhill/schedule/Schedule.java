package org.downhill.schedule;

/**
 * A configured learning-rate schedule with {@code torch.optim.lr_scheduler} semantics: an
 * immutable recipe that {@link #start starts} a fresh {@link ScheduleState} for each run.
 *
 * <p>Step count k = 0 is the value after the scheduler's construction (the lr of the first
 * update); {@link ScheduleState#step} is called once after every update. Schedules whose value
 * depends on the losses seen implement {@link LossDrivenSchedule}; every other schedule is a pure
 * function of k, even though its state computes it recursively, as PyTorch does, so that the
 * values agree with PyTorch's to the last bit.
 */
public interface Schedule {

    /**
     * A new run of this schedule.
     *
     * @param baseLr the optimizer's own learning rate (the {@code lr} hyper-parameter); some
     *               schedules (OneCycleLR, CyclicLR) replace it with their own
     * @return the state at step count 0
     */
    ScheduleState start(double baseLr);

    /** Whether the schedule also sets the optimizer's momentum (or beta1) at every step. */
    default boolean cyclesMomentum() {
        return false;
    }
}
