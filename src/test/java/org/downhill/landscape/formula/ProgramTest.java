package org.downhill.landscape.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Map;
import java.util.Random;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The compiled evaluation against Commons Math's {@link DerivativeStructure}: value, gradient and
 * Hessian of formulas that use every operation, and of 2,000 random formulas, at random points.
 */
class ProgramTest {
    private static final Map<String, Double> PARAMETERS = Map.of("a", 1.25, "b", -0.75, "c", 3.0);
    private static final double TOLERANCE = 1e-9;

    @ParameterizedTest
    @ValueSource(strings = {
        "x^2 + 10*y^2",
        "(1 - x)^2 + 100*(y - x^2)^2",
        "sin(3*x)*cos(2*y) + 0.1*(x^2 + y^2)",
        "a*x^2 + b*y^2 + c*x*y",
        "tan(x/3) + asin(y/3) + acos(x/4) + atan(x*y)",
        "sinh(x) - cosh(y) + tanh(x*y)",
        "exp(-x^2 - y^2) + log(x^2 + 1) + log10(y^2 + 2)",
        "sqrt(x^2 + y^2 + 1) + cbrt(x - y) + abs(x*y)",
        "min(x, y) + max(x^2, y) + pow(x, 3) + atan2(y, x) + hypot(x, y)",
        "x^y + 2^x + e^y + (x^2 + 1)^(y/2)",
        "x^3 - 3*x*y^2",
        "-x^2 - -y + +x",
        "x / y - y / (x + 5) + 1/(x^2 + y^2 + 0.5)",
        "a^x + abs(x)^a + x^-1 + (y^2)^0.25",
    })
    void agreesWithDerivativeStructure(String formula) {
        Expression e = Expression.parse(formula);
        Program program = e.compile(PARAMETERS);
        Random random = new Random(formula.hashCode());
        int compared = 0;
        for (int i = 0; i < 300; i++) {
            double x = -3 + 6 * random.nextDouble();
            double y = -3 + 6 * random.nextDouble();
            compared += compare(e, program, x, y) ? 1 : 0;
        }
        assertTrue(compared >= 100, formula + ": only " + compared + " points where f is defined");
    }

    @Test
    void randomFormulasAgreeWithDerivativeStructure() {
        FormulaGenerator generator = new FormulaGenerator(20240714L);
        Random random = new Random(7);
        int formulas = 0;
        int points = 0;
        for (int i = 0; i < 2000; i++) {
            Expression e = Expression.parse(generator.next(5));
            Program program = e.compile(PARAMETERS);
            formulas++;
            for (int j = 0; j < 5; j++) {
                points += compare(e, program, -2 + 4 * random.nextDouble(), -2 + 4 * random.nextDouble()) ? 1 : 0;
            }
        }
        assertEquals(2000, formulas);
        assertTrue(points > 5000, "compared at " + points + " points");
    }

    @Test
    void quadraticFormulasAreRecognised() {
        assertTrue(compile("x^2 + 10*y^2").isQuadratic());
        assertTrue(compile("0.5*(a*x^2 + 2*b*x*y + c*y^2) + x - 3").isQuadratic());
        assertTrue(compile("(x + 2*y - 7)^2 + (2*x + y - 5)^2").isQuadratic());
        assertTrue(compile("x*y/c + sin(a)*x").isQuadratic(), "a function of constants is a constant");
    }

    @Test
    void nonQuadraticFormulasAreNot() {
        assertFalse(compile("x^3").isQuadratic());
        assertFalse(compile("x*x*y").isQuadratic());
        assertFalse(compile("1/x").isQuadratic());
        assertFalse(compile("sin(x)").isQuadratic());
        assertFalse(compile("x^0.5").isQuadratic());
        assertFalse(compile("x^c").isQuadratic(), "c = 3");
    }

    @Test
    void constantsAndLonelyVariablesNeedNoInstructions() {
        Program constant = compile("2*pi + c");
        assertEquals(0, constant.length());
        assertEquals(2 * Math.PI + 3, constant.value(0.3, 0.4));
        double[] row = new double[2];
        constant.values(new double[] {1, 2}, 3, row, 0);
        assertEquals(2 * Math.PI + 3, row[1]);
        Program x = compile("x");
        x.values(new double[] {1, 2}, 3, row, 0);
        assertEquals(2, row[1]);
        double[] g = new double[2];
        assertEquals(2 * Math.PI + 3, constant.gradient(1, 2, g));
        assertEquals(0, g[0]);
        Program y = compile("y");
        assertEquals(0.4, y.value(0.3, 0.4));
        y.gradient(0.3, 0.4, g);
        assertEquals(0, g[0]);
        assertEquals(1, g[1]);
    }

    @Test
    void undefinedPlacesGiveNaNNotExceptions() {
        Program log = compile("log(x)");
        assertTrue(Double.isNaN(log.value(-1, 0)));
        double[] g = new double[2];
        assertTrue(Double.isNaN(log.gradient(-1, 0, g)));
        assertEquals(Double.NEGATIVE_INFINITY, log.value(0, 0));
    }

    private static Program compile(String formula) {
        return Expression.parse(formula).compile(PARAMETERS);
    }

    /** Compares at one point; false (and nothing checked) where the reference is not finite or huge. */
    private static boolean compare(Expression e, Program program, double x, double y) {
        DerivativeStructure ds = DerivativeStructureEvaluator.evaluate(e, PARAMETERS, x, y);
        double[] expected = {ds.getValue(), ds.getPartialDerivative(1, 0), ds.getPartialDerivative(0, 1),
            ds.getPartialDerivative(2, 0), ds.getPartialDerivative(1, 1), ds.getPartialDerivative(0, 2)};
        double scale = 1;
        for (double v : expected) {
            if (!Double.isFinite(v) || Math.abs(v) > 1e8) {
                return false;
            }
            scale = Math.max(scale, Math.abs(v));
        }
        double[] g = new double[2];
        double[] h = new double[3];
        double value = program.value(x, y);
        double gradientValue = program.gradient(x, y, g);
        double hessianValue = program.hessian(x, y, h);
        double[] actual = {value, g[0], g[1], h[0], h[1], h[2]};
        String[] names = {"f", "df/dx", "df/dy", "d2f/dx2", "d2f/dxdy", "d2f/dy2"};
        for (int k = 0; k < actual.length; k++) {
            if (!(Math.abs(actual[k] - expected[k]) <= TOLERANCE * scale)) {
                fail(names[k] + " of " + e.text() + " at (" + x + ", " + y + "): " + actual[k] + ", expected "
                        + expected[k]);
            }
        }
        assertEquals(value, gradientValue, 0, "the gradient mode computes the same value");
        assertEquals(value, hessianValue, 0, "the Hessian mode computes the same value");
        double[] row = new double[5];
        program.values(new double[] {x - 1, x, x + 0.5}, y, row, 1);
        assertEquals(value, row[2], 0, "the row mode computes the same value");
        assertEquals(program.value(x + 0.5, y), row[3], 0, "the row mode computes the same value");
        assertEquals(0, row[0] + row[4], "the row mode writes nothing else");
        return true;
    }
}
