package org.downhill.claim;

import java.util.Objects;
import java.util.Set;

/**
 * A claim about a scenario's runs, as a teacher writes it: an expression that is true or false,
 * e.g. {@code steps_to('Adam', 1e-3) < 0.5 * steps_to('SGD', 1e-3)} (the grammar is
 * {@link ExprParser}'s, the facts {@link Fact}'s). Checking it measures its facts and says whether
 * it holds. Immutable; two claims are equal when their texts are.
 *
 * @param text the claim as written
 * @param expr the parsed expression
 */
public record Claim(String text, Expr expr) {

    /** Checks that the expression is a truth value. */
    public Claim {
        Objects.requireNonNull(text, "text");
        if (expr.type() != Type.BOOLEAN) {
            throw new IllegalArgumentException("a claim must be true or false");
        }
    }

    /**
     * Parses a claim.
     *
     * @throws org.downhill.param.InvalidParameterException saying what is wrong and at which column
     */
    public static Claim parse(String text) {
        return new Claim(text, ExprParser.claim(text));
    }

    /** The names of the runs it measures. */
    public Set<String> runNames() {
        return expr.runNames();
    }

    /**
     * Measures the claim on runs.
     *
     * @throws org.downhill.param.InvalidParameterException if it names a run that is not there (or
     *                                                      twice) or a hyper-parameter its run has not
     */
    public Verdict check(Measurements m) {
        Measurements.Recorded r = m.evaluate(expr);
        return new Verdict(this, r.value() != 0, r.measured());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Claim c && text.equals(c.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
