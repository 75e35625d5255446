package org.downhill.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Value, gradient and Hessian of every family, at its defaults and two more parameter sets,
 * against an independent {@link DerivativeStructure} evaluation of the same formula at 250
 * random points of the default window.
 */
class LandscapeDerivativesTest {
    private static final int POINTS = 250;
    private static final double TOLERANCE = 1e-9;

    @Test
    void everyFamilyHasAnIndependentFormula() {
        assertEquals(Landscapes.all().size(), DerivativeStructureFormulas.BY_ID.size());
        Landscapes.all().forEach(f -> DerivativeStructureFormulas.evaluate(f.create(), 0.25, 0.5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.downhill.landscape.ParameterSets#landscapes")
    void agreeWithDerivativeStructure(Landscape landscape) {
        Window w = landscape.defaultWindow();
        Random random = new Random(20240611L);
        double[] g = new double[2];
        double[] h = new double[3];
        for (int i = 0; i < POINTS; i++) {
            double x = w.xMin() + random.nextDouble() * w.width();
            double y = w.yMin() + random.nextDouble() * w.height();
            DerivativeStructure ds = DerivativeStructureFormulas.evaluate(landscape, x, y);
            landscape.gradient(x, y, g);
            landscape.hessian(x, y, h);
            double[] dsGradient = {ds.getPartialDerivative(1, 0), ds.getPartialDerivative(0, 1)};
            double[] dsHessian = {ds.getPartialDerivative(2, 0), ds.getPartialDerivative(1, 1),
                ds.getPartialDerivative(0, 2)};
            String at = landscape + " at (" + x + ", " + y + ")";
            check("value", new double[] {landscape.value(x, y)}, new double[] {ds.getValue()}, at);
            check("gradient", g, dsGradient, at);
            check("Hessian", h, dsHessian, at);
        }
    }

    /** Each component within 1e-9 of the expected, relative to the largest expected component (and at least 1). */
    private static void check(String what, double[] actual, double[] expected, String at) {
        double scale = 1;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        for (int k = 0; k < actual.length; k++) {
            if (!(Math.abs(actual[k] - expected[k]) <= TOLERANCE * scale)) {
                fail(what + "[" + k + "] of " + at + ": " + actual[k] + ", expected " + expected[k]);
            }
        }
    }
}
