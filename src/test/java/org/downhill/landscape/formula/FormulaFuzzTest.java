package org.downhill.landscape.formula;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 100,000 generated, mutated, random and pathological formulas (seeded): reading each one either
 * gives an expression or a {@link FormulaSyntaxException} with a column inside the text, never
 * any other exception or error (a stack overflow included), and every formula that is read
 * compiles and evaluates its value, a row of values, its gradient and its Hessian without an
 * exception. The timeout only
 * guards against a hang: the run takes a few seconds on an idle machine.
 */
class FormulaFuzzTest {
    private static final int FORMULAS = 100_000;
    private static final String ALPHABET = "xyabe pi()+-*/^,.0123456789sincoexplogqrtbamh\u2212_=$\t";

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyInputIsReadOrRefusedWithAPlace() {
        Random random = new Random(20240715L);
        FormulaGenerator generator = new FormulaGenerator(99L);
        int read = 0;
        int refused = 0;
        for (int i = 0; i < FORMULAS; i++) {
            String formula = switch (i % 10) {
                case 0, 1, 2 -> generator.next(1 + random.nextInt(6));
                case 3, 4, 5, 6, 7 -> mutate(generator.next(1 + random.nextInt(5)), random);
                case 8 -> randomText(random);
                default -> pathological(random);
            };
            if (readAndRun(formula, random)) {
                read++;
            } else {
                refused++;
            }
        }
        assertTrue(read > 20_000 && refused > 20_000, read + " read, " + refused + " refused");
    }

    /** Reads a formula and, if it is one, evaluates it; true if it was read. */
    private static boolean readAndRun(String formula, Random random) {
        Expression e;
        try {
            e = Expression.parse(formula);
        } catch (FormulaSyntaxException refused) {
            if (refused.column() < 0 || refused.column() > formula.length() || refused.problem().isBlank()) {
                fail("a refusal without a place: " + refused.getMessage() + " for " + quote(formula));
            }
            return false;
        } catch (RuntimeException | StackOverflowError other) {
            throw new AssertionError("reading " + quote(formula) + " threw " + other, other);
        }
        Map<String, Double> values = new HashMap<>();
        e.parameters().forEach(p -> values.put(p, -5 + 10 * random.nextDouble()));
        try {
            Program program = e.compile(values);
            double[] g = new double[2];
            double[] h = new double[3];
            double x = -4 + 8 * random.nextDouble();
            double y = -4 + 8 * random.nextDouble();
            program.value(x, y);
            program.gradient(x, y, g);
            program.hessian(x, y, h);
            program.values(new double[] {x, y}, y, new double[2], 0);
        } catch (RuntimeException | StackOverflowError other) {
            throw new AssertionError("evaluating " + quote(formula) + " threw " + other, other);
        }
        return true;
    }

    /** One to four edits: delete, insert, replace or swap a character, duplicate a piece, or cut the end. */
    private static String mutate(String formula, Random random) {
        StringBuilder s = new StringBuilder(formula);
        int edits = 1 + random.nextInt(4);
        for (int k = 0; k < edits && s.length() > 0; k++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(6)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 2 -> s.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 3 -> {
                    if (at + 1 < s.length()) {
                        char c = s.charAt(at);
                        s.setCharAt(at, s.charAt(at + 1));
                        s.setCharAt(at + 1, c);
                    }
                }
                case 4 -> s.insert(at, s.substring(at, Math.min(s.length(), at + 1 + random.nextInt(12))));
                default -> s.setLength(at);
            }
        }
        return s.toString();
    }

    private static String randomText(Random random) {
        int length = random.nextInt(40);
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < length; k++) {
            s.append(random.nextInt(20) == 0 ? (char) random.nextInt(0x3000)
                    : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** Deep nesting, long chains and long numbers, around the limits. */
    private static String pathological(Random random) {
        int n = 20 + random.nextInt(600);
        return switch (random.nextInt(8)) {
            case 0 -> "(".repeat(n) + "x" + ")".repeat(random.nextInt(n + 1));
            case 1 -> "-".repeat(n) + "x";
            case 2 -> "x" + "^x".repeat(n / 2);
            case 3 -> "sin(".repeat(n / 4) + "y" + ")".repeat(n / 4);
            case 4 -> "x" + "+x".repeat(n);
            case 5 -> "9".repeat(n) + "*x";
            case 6 -> "0." + "0".repeat(n) + "1e" + random.nextInt(1000) + "*y";
            default -> "(x".repeat(n / 2) + ")";
        };
    }

    private static String quote(String formula) {
        return "'" + (formula.length() > 200 ? formula.substring(0, 200) + "..." : formula) + "'";
    }
}
