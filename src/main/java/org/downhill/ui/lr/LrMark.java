package org.downhill.ui.lr;

/**
 * A labelled learning rate on the strip: a limit from the curvature (1/L, 2/L, the momentum edge)
 * or a range test's suggestion.
 *
 * @param label   the short label drawn at the mark, e.g. {@code 2/L}
 * @param lr      the learning rate, {@code > 0}
 * @param meaning one sentence saying what the rate is, with its value
 * @param kind    whether it comes from theory or from a range test
 */
public record LrMark(String label, double lr, String meaning, Kind kind) {

    /** Where a mark comes from (drawn differently). */
    public enum Kind {
        /** A limit computed from the Hessian at the minimum the run heads for. */
        THEORY,
        /** A learning rate a range test suggested. */
        SUGGESTION
    }
}
