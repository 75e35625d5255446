package org.downhill.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.downhill.landscape.CriticalPoint.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The critical points of every family: stationary, classified as the Hessian says, ordered, inside the window. */
class CriticalPointsTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.downhill.landscape.ParameterSets#landscapes")
    void everyListedPointIsStationary(Landscape landscape) {
        double[] g = new double[2];
        for (CriticalPoint c : landscape.criticalPoints()) {
            landscape.gradient(c.x(), c.y(), g);
            assertTrue(Math.hypot(g[0], g[1]) <= 1e-10 * (1 + Math.abs(c.value())), landscape + ": " + c);
            assertEquals(landscape.value(c.x(), c.y()), c.value(), 0, landscape + ": " + c);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.downhill.landscape.ParameterSets#landscapes")
    void kindsAgreeWithTheHessianEigenvalues(Landscape landscape) {
        double[] h = new double[3];
        for (CriticalPoint c : landscape.criticalPoints()) {
            landscape.hessian(c.x(), c.y(), h);
            double[] eigen = new EigenDecomposition(MatrixUtils.createRealMatrix(
                    new double[][] {{h[0], h[1]}, {h[1], h[2]}})).getRealEigenvalues();
            double small = Math.min(Math.abs(eigen[0]), Math.abs(eigen[1]));
            double large = Math.max(Math.abs(eigen[0]), Math.abs(eigen[1]));
            Kind expected;
            if (small > 1e-9 * large) {
                expected = eigen[0] > 0 && eigen[1] > 0 ? Kind.LOCAL_MIN
                        : eigen[0] < 0 && eigen[1] < 0 ? Kind.MAX : Kind.SADDLE;
            } else {
                expected = shapeNearby(landscape, c);
            }
            Kind actual = c.kind() == Kind.GLOBAL_MIN ? Kind.LOCAL_MIN : c.kind();
            assertEquals(expected, actual, landscape + ": " + c + ", eigenvalues " + eigen[0] + ", " + eigen[1]);
        }
    }

    /** For a degenerate point: whether f rises, falls or both on a small circle around it. */
    private static Kind shapeNearby(Landscape landscape, CriticalPoint c) {
        boolean above = false;
        boolean below = false;
        for (int k = 0; k < 360; k++) {
            double t = Math.toRadians(k + 0.5);
            double d = landscape.value(c.x() + 0.01 * Math.cos(t), c.y() + 0.01 * Math.sin(t)) - c.value();
            above |= d > 0;
            below |= d < 0;
        }
        return above && below ? Kind.SADDLE : below ? Kind.MAX : Kind.LOCAL_MIN;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.downhill.landscape.ParameterSets#landscapes")
    void globalMinimaAreTheLowestAndComeFirst(Landscape landscape) {
        List<CriticalPoint> points = landscape.criticalPoints();
        double lowest = points.stream().filter(c -> c.kind().isMinimum()).mapToDouble(CriticalPoint::value)
                .min().orElse(Double.NaN);
        double scale = points.stream().mapToDouble(c -> Math.abs(c.value())).max().orElse(0);
        for (int i = 0; i < points.size(); i++) {
            CriticalPoint c = points.get(i);
            if (c.kind() == Kind.GLOBAL_MIN) {
                assertTrue(c.value() <= lowest + 1e-9 * scale, landscape + ": " + c);
            } else if (c.kind() == Kind.LOCAL_MIN) {
                assertTrue(c.value() > lowest + 1e-9 * scale, landscape + ": " + c);
            }
            if (i > 0) {
                assertTrue(points.get(i - 1).kind().compareTo(c.kind()) <= 0, landscape + ": order at " + c);
            }
        }
        assertEquals(points.stream().anyMatch(c -> c.kind().isMinimum()),
                !points.isEmpty() && points.get(0).kind() == Kind.GLOBAL_MIN, landscape.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.downhill.landscape.ParameterSets#landscapes")
    void pointsAreDistinctAndInsideTheDefaultWindow(Landscape landscape) {
        List<CriticalPoint> points = landscape.criticalPoints();
        Window w = landscape.defaultWindow();
        for (int i = 0; i < points.size(); i++) {
            CriticalPoint c = points.get(i);
            assertTrue(w.contains(c.x(), c.y()), landscape + ": " + c + " outside " + w);
            for (int j = 0; j < i; j++) {
                assertTrue(Math.hypot(c.x() - points.get(j).x(), c.y() - points.get(j).y()) > 1e-3,
                        landscape + ": " + c + " twice");
            }
        }
        assertSame(points, landscape.criticalPoints(), "found once");
    }

    @Test
    void seedsLeadingToTheSamePointGiveItOnce() {
        Landscape himmelblau = Landscapes.byId("himmelblau").create();
        List<CriticalPoint> points = CriticalPoints.find(himmelblau, new double[] {3, 2, 3.01, 1.99, 2.99, 2.0001});
        assertEquals(List.of(new CriticalPoint(3, 2, 0, Kind.GLOBAL_MIN)), points);
        Landscape bowl = Landscapes.byId("rastrigin").create(Map.of("A", 0.0));
        assertEquals(List.of(new CriticalPoint(0, 0, 0, Kind.GLOBAL_MIN)), bowl.criticalPoints());
    }

    @Test
    void seedsThatDoNotConvergeAreDropped() {
        Landscape oneWell = Landscapes.byId("multi_well").create(Map.of("bowl", 0.0,
                "well2_depth", 0.0, "well3_depth", 0.0));
        double[] g = new double[2];
        oneWell.gradient(10, -2, g);
        assertTrue(g[0] != 0, "the well still pulls at x = 10");
        assertEquals(List.of(), CriticalPoints.find(oneWell, new double[] {10, -2}),
                "Newton's method walks away from the well on its outer slope");
        assertEquals(1, CriticalPoints.find(oneWell, new double[] {1, -1.5}).size());
    }

    @Test
    void pointsWhereTheLandscapeIsFlatAreDropped() {
        Landscape zero = Landscapes.byId("multi_well").create(Map.of("bowl", 0.0,
                "well1_depth", 0.0, "well2_depth", 0.0, "well3_depth", 0.0));
        assertEquals(List.of(), zero.criticalPoints(), "f = 0 everywhere");
        Landscape oneWell = Landscapes.byId("multi_well").create(Map.of("bowl", 0.0,
                "well2_depth", 0.0, "well3_depth", 0.0));
        assertEquals(List.of(), CriticalPoints.find(oneWell, new double[] {60, -40}),
                "where the well has underflowed to 0, f is flat");
    }

    @Test
    void aDegenerateSaddleIsToldFromNearbyValues() {
        assertEquals(List.of(new CriticalPoint(0, 0, 0, Kind.SADDLE)),
                Landscapes.byId("monkey_saddle").create().criticalPoints());
    }
}
