package org.downhill.landscape.formula;

import java.util.List;
import java.util.Map;

/**
 * A formula f(x, y) as typed, read by a grammar of our own (never by a script engine):
 * <pre>
 *   formula  = sum
 *   sum      = product { ("+" | "-") product }
 *   product  = signed { ("*" | "/") signed }
 *   signed   = ("-" | "+") signed | power
 *   power    = primary [ ("^" | "**") signed ]          a^b^c = a^(b^c), -x^2 = -(x^2)
 *   primary  = number | name | function "(" sum { "," sum } ")" | "(" sum ")"
 *   number   = digits [ "." digits ] [ ("e" | "E") [ "+" | "-" ] digits ]     e.g. 2, 0.5, .5, 1e-3
 * </pre>
 * The names {@code x} and {@code y} are the variables, {@code pi} and {@code e} the constants,
 * the functions are those of {@link Operation} ({@code sin cos tan asin acos atan sinh cosh tanh
 * exp log log10 sqrt cbrt abs} of one argument, {@code min max pow atan2 hypot} of two; {@code log}
 * is the natural logarithm), and every other name (letters, digits and {@code _}, starting with a
 * letter or {@code _}; case matters) is a parameter. White space is ignored; {@code −} (U+2212)
 * reads as {@code -}. There is no implicit multiplication: {@code 2x} is an error.
 *
 * <p>Limits keep every input cheap and the parser's recursion shallow: at most
 * {@value #MAX_LENGTH} characters, {@value #MAX_DEPTH} levels of nesting (parentheses, signs,
 * exponents and arguments) and {@value #MAX_PARAMETERS} parameters. Immutable.
 */
public final class Expression {
    /** The longest formula, in characters. */
    public static final int MAX_LENGTH = 1000;
    /** The deepest nesting of parentheses, signs, exponents and function arguments. */
    public static final int MAX_DEPTH = 64;
    /** The most parameters. */
    public static final int MAX_PARAMETERS = 20;

    private final String text;
    private final Node root;
    private final List<String> parameters;

    Expression(String text, Node root, List<String> parameters) {
        this.text = text;
        this.root = root;
        this.parameters = parameters;
    }

    /**
     * Reads a formula.
     *
     * @throws FormulaSyntaxException saying what is wrong and at which column; nothing else
     */
    public static Expression parse(String text) {
        return Parser.parse(text);
    }

    /** The formula exactly as given. */
    public String text() {
        return text;
    }

    /** The tree. */
    public Node root() {
        return root;
    }

    /** The parameter names, in order of first appearance. */
    public List<String> parameters() {
        return parameters;
    }

    /**
     * The formula with these parameter values, compiled for fast evaluation with exact derivatives.
     *
     * @param values a finite value for every name of {@link #parameters()} (others are ignored)
     * @throws IllegalArgumentException if a parameter has no value
     */
    public Program compile(Map<String, Double> values) {
        return Program.compile(root, values);
    }

    @Override
    public String toString() {
        return text;
    }
}
