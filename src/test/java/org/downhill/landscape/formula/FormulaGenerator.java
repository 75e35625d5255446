package org.downhill.landscape.formula;

import java.util.Random;

/**
 * Random formulas in the language of {@link Expression}, for the tests: every operator and
 * function, the variables, the constants, parameters {@code a}, {@code b} and {@code c}, numbers
 * in several spellings and white space, nested up to a given depth. Deterministic for a seed.
 */
final class FormulaGenerator {
    private static final String[] ONE_ARGUMENT = {"sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh",
        "tanh", "exp", "log", "log10", "sqrt", "cbrt", "abs"};
    private static final String[] TWO_ARGUMENTS = {"min", "max", "pow", "atan2", "hypot"};
    private static final String[] LEAVES = {"x", "y", "x", "y", "a", "b", "c", "pi", "e"};
    private static final String[] NUMBERS = {"2", "0.5", ".25", "1.5e-1", "3", "1E1", "7", "0.1"};
    private static final String[] EXPONENTS = {"2", "3", "0.5", "-1", "4", "1", "0", "1.5", "(-2)", "a"};

    private final Random random;

    FormulaGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A formula nested at most {@code depth} deep. */
    String next(int depth) {
        return term(depth);
    }

    private String term(int depth) {
        if (depth == 0 || random.nextInt(10) < 3) {
            return random.nextInt(3) == 0 ? pick(NUMBERS) : pick(LEAVES);
        }
        int d = depth - 1;
        return switch (random.nextInt(9)) {
            case 0 -> term(d) + " + " + term(d);
            case 1 -> "(" + term(d) + ") - " + term(d);
            case 2 -> term(d) + "*" + term(d);
            case 3 -> "(" + term(d) + ")/(" + term(d) + ")";
            case 4 -> "(" + term(d) + ")^" + pick(EXPONENTS);
            case 5 -> "-" + term(d);
            case 6 -> random.nextBoolean() ? "(" + term(d) + ")**" + term(0) : pick(NUMBERS) + "^(" + term(d) + ")";
            case 7 -> pick(ONE_ARGUMENT) + "(" + term(d) + ")";
            default -> pick(TWO_ARGUMENTS) + "(" + term(d) + ", " + term(d) + ")";
        };
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
