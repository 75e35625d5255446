package org.downhill.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.downhill.landscape.CriticalPoint.Kind;
import org.junit.jupiter.api.Test;

/** Ackley's function at and around its kink at the origin. */
class AckleyTest {
    private static final Landscape ACKLEY = Landscapes.byId("ackley").create();

    @Test
    void theOriginHasAZeroGradientAndTheRadialLimitOfTheHessian() {
        double[] g = {Double.NaN, Double.NaN};
        ACKLEY.gradient(0, 0, g);
        assertArrayEquals(new double[] {0, 0}, g);
        double[] h = new double[3];
        ACKLEY.hessian(0, 0, h);
        double diagonal = 2 * Math.PI * Math.PI * Math.E - 0.4;
        assertArrayEquals(new double[] {diagonal, 0, diagonal}, h, 1e-12);
        double[] along = new double[3];
        ACKLEY.hessian(1e-9, 0, along);
        assertEquals(diagonal, along[0], 1e-6, "the same as the second derivative along a ray");
    }

    @Test
    void derivativesStayFiniteNextToTheOrigin() {
        double[][] points = {{1e-170, 0}, {0, -1e-300}, {Double.MIN_VALUE, Double.MIN_VALUE}, {1e-150, 3e-151},
            {-1e-8, 2e-8}};
        double[] g = new double[2];
        double[] h = new double[3];
        for (double[] p : points) {
            ACKLEY.gradient(p[0], p[1], g);
            ACKLEY.hessian(p[0], p[1], h);
            for (double v : new double[] {g[0], g[1], h[0], h[1], h[2], ACKLEY.value(p[0], p[1])}) {
                assertTrue(Double.isFinite(v), "at (" + p[0] + ", " + p[1] + ")");
            }
            assertTrue(Math.hypot(g[0], g[1]) <= 2 * Math.sqrt(2) + 1e-5, "the cone's slope bounds the gradient");
        }
    }

    @Test
    void theGlobalMinimumIsListedAtTheOrigin() {
        assertEquals(new CriticalPoint(0, 0, ACKLEY.value(0, 0), Kind.GLOBAL_MIN), ACKLEY.criticalPoints().get(0));
        assertEquals(0, ACKLEY.value(0, 0), 1e-15);
    }
}
