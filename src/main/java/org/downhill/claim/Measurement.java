package org.downhill.claim;

/**
 * One measured fact: the call as written in the claim and its value.
 *
 * @param fact  the call, e.g. {@code steps_to('Adam', 1e-3)}
 * @param value what it measured
 */
public record Measurement(String fact, double value) {
    /** {@code fact = value}, the value as a caption would print it. */
    @Override
    public String toString() {
        return fact + " = " + Numbers.format(value);
    }
}
