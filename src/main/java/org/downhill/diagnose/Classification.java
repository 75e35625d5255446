package org.downhill.diagnose;

/**
 * The regime decision about a run without its words: what a sweep keeps of each run. It is the
 * decision {@link Diagnoser#diagnose} makes and words ({@link Diagnosis#classification()}).
 *
 * @param regime      the long-run behaviour
 * @param destination where it ends up
 * @param convergedAt the first step from which the run stays within the convergence tolerance of
 *                    the point it approaches, or -1
 * @param divergedAt  the step at which the run blew up, or -1
 */
public record Classification(Regime regime, Destination destination, int convergedAt, int divergedAt) {
}
