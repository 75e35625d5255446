package org.downhill.schedule;

/**
 * One run of a {@link Schedule}: the learning rate (and, for momentum-cycling schedules, the
 * momentum) in force at the current step count. Mutable, single-threaded, allocation-free.
 */
public interface ScheduleState {

    /** The learning rate the next update uses. */
    double lr();

    /**
     * The momentum (SGD, RMSprop) or beta1 (Adam family) the next update uses, or NaN when the
     * schedule leaves the optimizer's own value alone.
     */
    default double momentum() {
        return Double.NaN;
    }

    /**
     * Advances the step count by one, after an update.
     *
     * @param loss the loss at the point the update reached; only {@link LossDrivenSchedule}s read it
     */
    void step(double loss);
}
