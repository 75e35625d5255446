package org.downhill.landscape.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading formulas: precedence, names, and messages that point at the offending character. */
class ExpressionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2 + 3*4 | 14",
        "(2 + 3)*4 | 20",
        "10 - 4 - 3 | 3",
        "16/4/2 | 2",
        "2^3^2 | 512",
        "2**3 | 8",
        "-2^2 | -4",
        "(-2)^2 | 4",
        "2^-1 | 0.5",
        "--3 | 3",
        "+3 - +2 | 1",
        "3 \u2212 1 | 2",
        "2*-3 | -6",
        ".5 + 1. + 1e1 + 2.5E-1 | 11.75",
        "max(1, 2) + min(1, 2) + pow(2, 3) + hypot(3, 4) | 16",
        "sqrt(16) + abs(-2) + cbrt(27) + log10(100) + exp(0) + log(e) | 13",
        "cos(pi) + sin(0) + tan(0) + asin(0) + acos(1) + atan(0) + atan2(0, 1) | -1",
        "sinh(0) + cosh(0) + tanh(0) | 1",
    })
    void numbersAndPrecedence(String formula, double expected) {
        assertEquals(expected, Expression.parse(formula).compile(Map.of()).value(0, 0), 1e-12, formula);
    }

    @Test
    void variablesAndParameters() {
        Expression e = Expression.parse("b*x^2 + a*y + b + well1_x - A");
        assertEquals(List.of("b", "a", "well1_x", "A"), e.parameters());
        double f = e.compile(Map.of("a", 2.0, "b", 3.0, "well1_x", 0.5, "A", 0.25)).value(2, 5);
        assertEquals(3 * 4 + 2 * 5 + 3 + 0.5 - 0.25, f, 1e-12);
        assertEquals("b*x^2 + a*y + b + well1_x - A", e.text());
    }

    @Test
    void aParameterWithoutAValueIsRefusedWhenCompiling() {
        Expression e = Expression.parse("a*x");
        assertThrows(IllegalArgumentException.class, () -> e.compile(Map.of()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x^2 + * y | expected a number, a variable or ( | 6",
        "'' | expected a number, a variable or ( | 0",
        "'  ' | expected a number, a variable or ( | 2",
        "x + | expected a number, a variable or ( | 3",
        "2x | expected an operator (multiplication needs *) | 1",
        "x y | expected an operator (multiplication needs *) | 2",
        "(x + 1 | expected ) | 6",
        "x) | unmatched ) | 1",
        "x, y | expected an operator or the end of the formula | 1",
        "sin x | sin is a function: write sin(...) | 0",
        "x + foo(y) | unknown function foo (known: abs, acos, asin, atan, atan2, cbrt, cos, cosh, exp, hypot, log, log10, max, min, pow, sin, sinh, sqrt, tan, tanh) | 4",
        "x(2) | x is not a function | 0",
        "min(x) | min takes 2 arguments, not 1 | 0",
        "sin(x, y) | sin takes 1 argument, not 2 | 0",
        "max(x y) | expected , or ) | 6",
        "x $ y | unexpected character '$' | 2",
        "x = 1 | unexpected character '=' | 2",
        "1e999 + x | the number 1e999 is too large | 0",
        "x + . | a number needs a digit | 4",
        "()| expected a number, a variable or ( | 1",
    })
    void errorsPointAtTheCharacter(String formula, String problem, int column) {
        FormulaSyntaxException e = assertThrows(FormulaSyntaxException.class, () -> Expression.parse(formula));
        assertEquals(problem, e.problem());
        assertEquals(column, e.column());
        assertEquals(problem + " at column " + column, e.getMessage());
    }

    @Test
    void nestingIsLimited() {
        int limit = Expression.MAX_DEPTH;
        String deepest = "(".repeat(limit) + "x" + ")".repeat(limit);
        assertEquals(1, Expression.parse(deepest).compile(Map.of()).value(1, 0));
        FormulaSyntaxException tooDeep = assertThrows(FormulaSyntaxException.class,
                () -> Expression.parse("(".repeat(limit + 1) + "x" + ")".repeat(limit + 1)));
        assertEquals("nested more than " + limit + " levels deep at column " + (limit + 1), tooDeep.getMessage());
        assertThrows(FormulaSyntaxException.class, () -> Expression.parse("-".repeat(500) + "x"));
        assertThrows(FormulaSyntaxException.class, () -> Expression.parse("x" + "^x".repeat(400)));
        assertThrows(FormulaSyntaxException.class, () -> Expression.parse("sin(".repeat(200) + "x" + ")".repeat(200)));
    }

    @Test
    void lengthAndParametersAreLimited() {
        String longest = "x" + " + x".repeat((Expression.MAX_LENGTH - 1) / 4);
        assertEquals(longest.length() <= Expression.MAX_LENGTH, true);
        assertEquals(1 + (Expression.MAX_LENGTH - 1) / 4, Expression.parse(longest).compile(Map.of()).value(1, 0));
        FormulaSyntaxException tooLong = assertThrows(FormulaSyntaxException.class,
                () -> Expression.parse("x".repeat(Expression.MAX_LENGTH + 1)));
        assertEquals("the formula is longer than " + Expression.MAX_LENGTH + " characters at column "
                + Expression.MAX_LENGTH, tooLong.getMessage());
        StringBuilder many = new StringBuilder("p0");
        for (int i = 1; i <= Expression.MAX_PARAMETERS; i++) {
            many.append(" + p").append(i);
        }
        FormulaSyntaxException tooMany = assertThrows(FormulaSyntaxException.class,
                () -> Expression.parse(many.toString()));
        assertEquals("more than " + Expression.MAX_PARAMETERS + " parameters", tooMany.problem());
        assertEquals(many.lastIndexOf("p"), tooMany.column());
    }
}
