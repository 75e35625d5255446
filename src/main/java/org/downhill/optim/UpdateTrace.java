package org.downhill.optim;

import java.util.Arrays;

/**
 * What one optimizer update did, term by term ({@link Term}): the very numbers the update computed
 * with, recorded by the optimizer as it computed them, so that a formula written out with them is
 * the update itself, not a second computation of it. Filled by {@link Optimizer#step} while it is
 * attached with {@link Optimizer#trace}; a term the update did not use (the momentum buffer of
 * plain SGD, the rectification of an unrectified RAdam step) is absent. Mutable, single-threaded.
 */
public final class UpdateTrace {
    private static final Term[] TERMS = Term.values();

    private OptimizerKind kind;
    private final boolean[] present = new boolean[TERMS.length];
    private final double[] x = new double[TERMS.length];
    private final double[] y = new double[TERMS.length];

    /** Forgets every term and notes which optimizer fills the trace next. */
    void start(OptimizerKind of) {
        kind = of;
        Arrays.fill(present, false);
    }

    /** Records a number of the whole update. */
    void put(Term term, double value) {
        if (!term.scalar()) {
            throw new IllegalArgumentException(term + " has one value per coordinate");
        }
        present[term.ordinal()] = true;
        x[term.ordinal()] = value;
        y[term.ordinal()] = value;
    }

    /** Records coordinate i (0: x, 1: y) of a pair. */
    void put(Term term, int i, double value) {
        if (term.scalar()) {
            throw new IllegalArgumentException(term + " is one number for the update");
        }
        present[term.ordinal()] = true;
        (i == 0 ? x : y)[term.ordinal()] = value;
    }

    /**
     * Records what coordinate i of a coupled-decay update starts from: the point, the gradient and
     * the gradient with the weight decay added ({@code d = g + weight_decay * p}).
     */
    void putInputs(int i, double point, double gradient, double decayed) {
        put(Term.POINT, i, point);
        put(Term.GRADIENT, i, gradient);
        put(Term.DECAYED_GRADIENT, i, decayed);
    }

    /** The optimizer that made the update, or null if none has. */
    public OptimizerKind kind() {
        return kind;
    }

    /** Whether the update recorded the term. */
    public boolean has(Term term) {
        return present[term.ordinal()];
    }

    /**
     * A number of the whole update.
     *
     * @throws IllegalStateException if the update did not record it
     */
    public double value(Term term) {
        require(term, true);
        return x[term.ordinal()];
    }

    /**
     * The x coordinate of a pair.
     *
     * @throws IllegalStateException if the update did not record it
     */
    public double x(Term term) {
        require(term, false);
        return x[term.ordinal()];
    }

    /**
     * The y coordinate of a pair.
     *
     * @throws IllegalStateException if the update did not record it
     */
    public double y(Term term) {
        require(term, false);
        return y[term.ordinal()];
    }

    /** Coordinate i (0: x, 1: y) of a pair. */
    public double get(Term term, int i) {
        return i == 0 ? x(term) : y(term);
    }

    private void require(Term term, boolean scalar) {
        if (!has(term)) {
            throw new IllegalStateException((kind == null ? "No update" : kind + "'s update") + " recorded no " + term);
        }
        if (term.scalar() != scalar) {
            throw new IllegalStateException(term + (scalar ? " has one value per coordinate" : " is one number"));
        }
    }
}
