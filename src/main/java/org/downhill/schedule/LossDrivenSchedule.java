package org.downhill.schedule;

/**
 * A schedule whose learning rate depends on the losses it is fed, such as ReduceLROnPlateau:
 * after the update from step k to k+1, {@link ScheduleState#step} receives the loss at the new
 * point. Two runs with the same settings give the same rates only if they see the same losses.
 */
public interface LossDrivenSchedule extends Schedule {
}
