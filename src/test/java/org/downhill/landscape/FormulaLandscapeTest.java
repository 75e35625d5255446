package org.downhill.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.downhill.landscape.CriticalPoint.Kind;
import org.downhill.landscape.formula.Expression;
import org.downhill.param.InvalidParameterException;
import org.downhill.param.Param;
import org.downhill.param.RealParam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Typed formulas as landscapes; every built-in's formula, typed, is the built-in. */
class FormulaLandscapeTest {

    /** The built-in's own formula text, read as a formula with the built-in's parameter values. */
    static Landscape typed(Landscape builtIn) {
        Expression e = Expression.parse(builtIn.formula().plain());
        Map<String, Double> values = new HashMap<>();
        builtIn.params().values().forEach((name, value) -> values.put(name, (Double) value));
        return FormulaLandscape.family(e, values, builtIn.defaultWindow(), builtIn.suggestedScaling()).create(values);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.downhill.landscape.ParameterSets#landscapes")
    void everyBuiltInFormulaReadsAsTheSameLandscape(Landscape builtIn) {
        Landscape typed = typed(builtIn);
        Set<String> names = builtIn.family().schema().params().stream().map(Param::name).collect(Collectors.toSet());
        assertEquals(names, Set.copyOf(((FormulaLandscape) typed).expression().parameters()),
                "the formula names exactly the family's parameters");
        Window w = builtIn.defaultWindow();
        Random random = new Random(31);
        double[] g1 = new double[2];
        double[] g2 = new double[2];
        double[] h1 = new double[3];
        double[] h2 = new double[3];
        for (int i = 0; i < 300; i++) {
            double x = w.xMin() + random.nextDouble() * w.width();
            double y = w.yMin() + random.nextDouble() * w.height();
            double expected = builtIn.value(x, y);
            double actual = typed.value(x, y);
            String at = builtIn + " at (" + x + ", " + y + ")";
            assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)), "value of " + at);
            builtIn.gradient(x, y, g1);
            typed.gradient(x, y, g2);
            builtIn.hessian(x, y, h1);
            typed.hessian(x, y, h2);
            close("gradient", g1, g2, at);
            close("Hessian", h1, h2, at);
        }
        assertEquals(builtIn.isQuadratic(), typed.isQuadratic(), builtIn.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.downhill.landscape.ParameterSets#landscapes")
    void typedBuiltInsHaveTheirCriticalPoints(Landscape builtIn) {
        Landscape typed = typed(builtIn);
        List<CriticalPoint> found = typed.criticalPoints();
        double[] g = new double[2];
        double[] h = new double[3];
        for (CriticalPoint known : builtIn.criticalPoints()) {
            typed.gradient(known.x(), known.y(), g);
            typed.hessian(known.x(), known.y(), h);
            if (!builtIn.defaultWindow().contains(known.x(), known.y()) || !Double.isFinite(g[0] + g[1])
                    || h[0] * h[2] - h[1] * h[1] == 0) {
                // outside the window searched; a kink (Ackley's tip), where Newton's method cannot
                // go; or one point of a line of minima (Rosenbrock with b = 0), not an isolated one
                continue;
            }
            boolean there = found.stream().anyMatch(c -> Math.abs(c.x() - known.x()) <= 1e-6 * (1 + Math.abs(known.x()))
                    && Math.abs(c.y() - known.y()) <= 1e-6 * (1 + Math.abs(known.y()))
                    && (c.kind() == known.kind() || !known.kind().isMinimum()));
            assertTrue(there, builtIn + ": " + known + " not among " + found);
        }
    }

    @Test
    void criticalPointsOfATypedFormula() {
        Landscape f = FormulaLandscape.of(Expression.parse("(x^2 - 1)^2 + y^2 + 0.2*x"), Map.of());
        List<CriticalPoint> points = f.criticalPoints();
        assertEquals(List.of(Kind.GLOBAL_MIN, Kind.LOCAL_MIN, Kind.SADDLE),
                points.stream().map(CriticalPoint::kind).toList());
        assertTrue(points.get(0).x() < -0.9 && points.get(1).x() > 0.9, points.toString());
        assertTrue(points.stream().allMatch(p -> f.defaultWindow().contains(p.x(), p.y())));
        assertEquals(List.of(), FormulaLandscape.of(Expression.parse("log(x) + y"), Map.of()).criticalPoints());
    }

    @Test
    void aMinimumIsNotCalledGlobalWhenTheGridFoundLowerGround() {
        Landscape ackley = typed(Landscapes.byId("ackley").create());
        assertTrue(ackley.criticalPoints().stream().anyMatch(p -> p.kind() == Kind.LOCAL_MIN));
        assertTrue(ackley.criticalPoints().stream().noneMatch(p -> p.kind() == Kind.GLOBAL_MIN),
                "the tip at the origin is lower and no stationary point");
        Landscape cubic = FormulaLandscape.of(Expression.parse("x^3 - 3*x + y^2"), Map.of());
        assertEquals(List.of(Kind.LOCAL_MIN, Kind.SADDLE), cubic.criticalPoints().stream().map(CriticalPoint::kind)
                .toList(), "f falls below the minimum's value towards x = -3");
    }

    @Test
    void aFormulaIsAFamilyOfItsOwn() {
        Expression e = Expression.parse("a*x^2 + b*y^2 + c");
        LandscapeFamily family = FormulaLandscape.family(e, Map.of("b", 3.0, "c", 120.0),
                FormulaLandscape.DEFAULT_WINDOW, ColorScaling.LINEAR);
        assertEquals(FormulaLandscape.ID, family.id());
        Landscape l = family.create();
        assertEquals(1.0, l.params().real("a"));
        assertEquals(3.0, l.params().real("b"));
        RealParam a = (RealParam) family.schema().param("a");
        RealParam b = (RealParam) family.schema().param("b");
        RealParam c = (RealParam) family.schema().param("c");
        assertEquals(List.of(-5.0, 5.0, -10.0, 10.0, -500.0, 500.0),
                List.of(a.sliderMin(), a.sliderMax(), b.sliderMin(), b.sliderMax(), c.sliderMin(), c.sliderMax()));
        assertEquals(3 * 4 + 120 + 1, l.value(1, 2), 1e-12);
        assertEquals(new Window(-3, 3, -3, 3), l.defaultWindow());
        assertEquals("a*x^2 + b*y^2 + c", l.formula().plain());
        assertEquals("\\texttt{a*x\\^{}2 + b*y\\^{}2 + c}", l.formula().tex());
        assertTrue(l.isQuadratic());
        Landscape changed = family.create(l.params().with("a", -2.0));
        assertEquals(-2 + 3 * 4 + 120, changed.value(1, 2), 1e-12);
        InvalidParameterException unknown = assertThrows(InvalidParameterException.class,
                () -> family.create(Map.of("d", 1.0)));
        assertEquals("formula a*x^2 + b*y^2 + c has no parameter 'd'; its parameters are a, b, c",
                unknown.getMessage());
        assertThrows(InvalidParameterException.class, () -> family.create(Map.of("a", Double.NaN)));
        assertThrows(InvalidParameterException.class,
                () -> FormulaLandscape.of(e, Map.of("a", Double.POSITIVE_INFINITY)));
    }

    @Test
    void sliderReach() {
        assertEquals(5, FormulaLandscape.sliderReach(0));
        assertEquals(5, FormulaLandscape.sliderReach(-2.5));
        assertEquals(10, FormulaLandscape.sliderReach(2.6));
        assertEquals(20, FormulaLandscape.sliderReach(10));
        assertEquals(50, FormulaLandscape.sliderReach(-11));
        assertEquals(200, FormulaLandscape.sliderReach(100));
        assertEquals(5000, FormulaLandscape.sliderReach(1234));
    }

    @Test
    void theStartIsWhereFIsDefined() {
        Landscape bowl = FormulaLandscape.of(Expression.parse("x^2 + y^2"), Map.of());
        double[] usual = {-3 + 6.0 / 8, 3 - 6.0 / 8};
        assertEquals(List.of(usual[0], usual[1]), List.of(bowl.suggestedStart()[0], bowl.suggestedStart()[1]));
        Landscape log = FormulaLandscape.of(Expression.parse("log(x) + (y - 1)^2"), Map.of());
        double[] start = log.suggestedStart();
        assertTrue(Double.isFinite(log.value(start[0], start[1])));
        assertEquals(3 / 16.0, start[0], 1e-12, "the defined cell nearest the usual start");
        assertEquals(usual[1], start[1], 6 / 16.0);
        Landscape nowhere = FormulaLandscape.of(Expression.parse("sqrt(-1 - x^2)"), Map.of());
        assertEquals(usual[0], nowhere.suggestedStart()[0]);
    }

    @Test
    void undefinedPlacesAreNaN() {
        Landscape log = FormulaLandscape.of(Expression.parse("log(x) + y^2"), Map.of());
        assertTrue(Double.isNaN(log.value(-1, 0)));
        assertFalse(Double.isNaN(log.value(1, 0)));
    }

    private static void close(String what, double[] expected, double[] actual, String at) {
        double scale = 1;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        for (int k = 0; k < expected.length; k++) {
            if (!(Math.abs(actual[k] - expected[k]) <= 1e-9 * scale)) {
                fail(what + "[" + k + "] of " + at + ": " + actual[k] + ", expected " + expected[k]);
            }
        }
    }
}
