package org.downhill.sweep;

import org.downhill.diagnose.Regime;

/**
 * What one run of a sweep did.
 *
 * @param finalLoss the loss at its last row (non-finite if it blew up)
 * @param minLoss   the smallest finite loss on the way (NaN if there is none)
 * @param steps     the updates it ran (fewer than asked if it blew up)
 * @param regime    its regime, as {@link org.downhill.diagnose.Diagnoser} classifies it
 * @param eventStep the step at which it diverged, or else the step from which it stayed
 *                  converged, or -1 for neither
 */
public record Outcome(double finalLoss, double minLoss, int steps, Regime regime, int eventStep) {

    /**
     * Whether the run is a good one: it converged to its point within the run, with or without
     * overshoot (not slow, not oscillating, not diverging).
     */
    public boolean good() {
        return regime == Regime.CONVERGES || regime == Regime.CONVERGES_OSCILLATING;
    }
}
