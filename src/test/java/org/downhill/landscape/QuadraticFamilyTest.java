package org.downhill.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.downhill.landscape.CriticalPoint.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The quadratic families: Hessians from their parameters, and the one critical point classified by them. */
class QuadraticFamilyTest {

    @ParameterizedTest(name = "condition {0}, angle {1}, curvature {2}")
    @CsvSource({"10, 30, 10", "1000, -75, 0.01", "1, 90, 3", "4, 0, 2"})
    void bowlHasEigenvaluesLAndLOverKappaWithTheSteepAxisAtTheAngle(double kappa, double degrees, double l) {
        Landscape bowl = Landscapes.byId("bowl").create(Map.of("condition", kappa, "angle", degrees, "curvature", l));
        double[] h = new double[3];
        bowl.hessian(0.3, -0.7, h);
        double t = Math.toRadians(degrees);
        double c = Math.cos(t);
        double s = Math.sin(t);
        assertArrayEquals(new double[] {l * (c * c + s * s / kappa), l * (1 - 1 / kappa) * s * c,
            l * (s * s + c * c / kappa)}, h, 1e-12 * l, "the Hessian entries of the Javadoc");
        assertArrayEquals(new double[] {l * c, l * s}, new double[] {h[0] * c + h[1] * s, h[1] * c + h[2] * s},
                1e-12 * l, "H u = L u along the steep axis");
        assertArrayEquals(new double[] {-l / kappa * s, l / kappa * c},
                new double[] {-h[0] * s + h[1] * c, -h[1] * s + h[2] * c}, 1e-12 * l, "H v = (L/kappa) v across it");
    }

    @ParameterizedTest(name = "a = {0}, b = {1}: {2}")
    @CsvSource({"1, 10, GLOBAL_MIN", "-1, 10, SADDLE", "1, -0.5, SADDLE", "-2, -3, MAX"})
    void theOriginIsClassifiedByTheSignsOfTheCurvatures(double a, double b, Kind kind) {
        Landscape quadratic = Landscapes.byId("quadratic").create(Map.of("a", a, "b", b));
        assertEquals(List.of(new CriticalPoint(0, 0, 0, kind)), quadratic.criticalPoints());
    }

    @Test
    void aSingularQuadraticListsNoPoint() {
        assertEquals(List.of(), Landscapes.byId("quadratic").create(Map.of("a", 0.0)).criticalPoints());
        assertEquals(List.of(), Landscapes.byId("rotated_quadratic")
                .create(Map.of("a11", 1.0, "a12", 2.0, "a22", 4.0)).criticalPoints());
    }

    @Test
    void anIndefiniteRotatedQuadraticHasASaddle() {
        Landscape tilted = Landscapes.byId("rotated_quadratic").create(Map.of("a11", 1.0, "a12", 2.0, "a22", 1.0));
        assertEquals(List.of(new CriticalPoint(0, 0, 0, Kind.SADDLE)), tilted.criticalPoints());
    }

    @Test
    void theHessianIsTheSameEverywhere() {
        for (String id : List.of("quadratic", "rotated_quadratic", "bowl", "matyas", "saddle", "booth")) {
            Landscape l = Landscapes.byId(id).create();
            double[] here = new double[3];
            double[] there = new double[3];
            l.hessian(0, 0, here);
            l.hessian(-7.5, 3.25, there);
            assertArrayEquals(here, there, id);
        }
    }
}
