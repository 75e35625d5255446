package org.downhill.diagnose;

/**
 * What a run did, in words a student understands.
 *
 * @param regime       the long-run behaviour
 * @param destination  where it ends up
 * @param convergedAt  the first step from which the run stays within the convergence tolerance
 *                     of the point it approaches, or -1
 * @param divergedAt   the step at which the run blew up, or -1
 * @param headline     a badge, e.g. {@code Converged in 85 steps} or {@code Stuck in a local minimum}
 * @param explanation  one sentence saying why, naming the numbers
 * @param markers      per-step overshoot and loss-increase flags
 */
public record Diagnosis(Regime regime, Destination destination, int convergedAt, int divergedAt,
                        String headline, String explanation, StepMarkers markers) {

    /** The decision this diagnosis words: what {@link Diagnoser#classify} gives for the same run. */
    public Classification classification() {
        return new Classification(regime, destination, convergedAt, divergedAt);
    }

    /** Whether the run is stuck somewhere worse than a known minimum (a local minimum, saddle or plateau). */
    public boolean stuck() {
        return destination == Destination.LOCAL_MINIMUM || destination == Destination.SADDLE
                || destination == Destination.PLATEAU;
    }
}
