package org.downhill.claim;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of checking a claim: whether it holds, and the numbers it was decided on.
 *
 * @param claim    the claim
 * @param holds    whether it holds
 * @param measured every fact it measured, in the order of the claim's text
 */
public record Verdict(Claim claim, boolean holds, List<Measurement> measured) {
    /** Copies the list. */
    public Verdict {
        measured = List.copyOf(measured);
    }

    /** E.g. {@code holds: steps_to('A', 1e-3) < 100 [steps_to('A', 1e-3) = 71]}. */
    @Override
    public String toString() {
        return (holds ? "holds: " : "FAILS: ") + claim.text() + " ["
                + measured.stream().map(Measurement::toString).collect(Collectors.joining("; ")) + "]";
    }
}
