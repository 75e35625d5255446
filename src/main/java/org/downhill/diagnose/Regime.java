package org.downhill.diagnose;

/**
 * How a run behaves in the long run, with the reference manifest's names. The regimes follow the
 * error components along the Hessian's eigen-directions at the point the run approaches; a run
 * with no such point in sight gets the regime its loss and path show (see {@link Diagnoser}).
 */
public enum Regime {
    /** The iterates approach a stationary point and, in the end, no error component changes sign. */
    CONVERGES("converges"),
    /**
     * The iterates approach a stationary point while some error component keeps changing sign
     * (overshoot) or rotating.
     */
    CONVERGES_OSCILLATING("converges_oscillating"),
    /**
     * Bounded, sustained oscillation: some error component keeps its size while flipping sign, or
     * the run keeps bouncing (between two points, or with its loss going up and down) without
     * getting lower.
     */
    OSCILLATES("oscillates"),
    /** The iterates grow without bound (or blew up and the run was stopped, or were thrown far out). */
    DIVERGES("diverges"),
    /**
     * Not there yet: converging, but the slowest error component shrank by less than half over the
     * run; or the loss still falling with no minimum in sight; or stuck on a plateau; or not moving.
     */
    SLOW("slow");

    private final String referenceName;

    Regime(String referenceName) {
        this.referenceName = referenceName;
    }

    /** The name in the reference manifest's {@code expected_regime}, e.g. {@code converges_oscillating}. */
    public String referenceName() {
        return referenceName;
    }

    /** Whether the iterates approach a point (possibly slowly). */
    public boolean converging() {
        return this == CONVERGES || this == CONVERGES_OSCILLATING || this == SLOW;
    }
}
