package org.downhill.diagnose;

/**
 * A regime decision about a run ({@link Diagnoser}) and how to word it: the words are written
 * only when asked for, by the run's explainers, so that a sweep, which keeps the decision alone,
 * does not pay for them.
 *
 * @param classification the decision
 * @param wording        its headline and explanation
 */
record Finding(Classification classification, Wording wording) {

    Finding(Regime regime, Destination destination, int convergedAt, int divergedAt, Wording wording) {
        this(new Classification(regime, destination, convergedAt, divergedAt), wording);
    }

    /** Writes the words of a finding with the explainers of its run. */
    @FunctionalInterface
    interface Wording {
        Text write(Explainer explain, PathExplainer path);
    }

    /**
     * A headline and an explanation.
     *
     * @param headline    a badge, e.g. {@code Converged in 85 steps}
     * @param explanation one sentence saying why
     */
    record Text(String headline, String explanation) {
    }
}
