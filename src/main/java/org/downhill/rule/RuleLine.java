package org.downhill.rule;

import java.util.Objects;

/**
 * One line of an update rule written out: what it computes, its formula in symbols and the same
 * formula with the update's numbers put in, each as TeX (for a typeset panel) and as plain text
 * (for a caption, a tooltip, the tests).
 *
 * @param meaning     what the line computes, in words, e.g. "first moment"
 * @param symbolTex   the formula in symbols, TeX, e.g. {@code m_t = \beta_1 m_{t-1} + (1-\beta_1)\,g_t}
 * @param symbolPlain the formula in symbols, plain text
 * @param valuesTex   the right-hand side with the numbers put in and its value, TeX
 * @param valuesPlain the same in plain text, numbers as a caption prints them
 */
public record RuleLine(String meaning, String symbolTex, String symbolPlain, String valuesTex, String valuesPlain) {
    /** Checks that nothing is missing. */
    public RuleLine {
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(symbolTex, "symbolTex");
        Objects.requireNonNull(symbolPlain, "symbolPlain");
        Objects.requireNonNull(valuesTex, "valuesTex");
        Objects.requireNonNull(valuesPlain, "valuesPlain");
    }

    /** The line in plain text: {@code symbols = values}. */
    public String plain() {
        return symbolPlain + " = " + valuesPlain;
    }

    /** The line in TeX: {@code symbols = values}. */
    public String tex() {
        return symbolTex + " = " + valuesTex;
    }
}
