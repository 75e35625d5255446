package org.downhill.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.downhill.landscape.CriticalPoint.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values worked out by hand, and the textbook critical points of the reference functions. */
class KnownValuesTest {

    @ParameterizedTest(name = "{0}({1}, {2}) = {3}")
    @CsvSource({
        "quadratic, -2, 1.5, 13.25",
        "rotated_quadratic, 1.5, -1, 3.375",
        "rosenbrock, -1.2, 1, 24.2",
        "rosenbrock, 0, 0, 1",
        "himmelblau, 0, 0, 170",
        "himmelblau, 3, 2, 0",
        "rastrigin, 0.5, 0.5, 40.5",
        "rastrigin, 1, 1, 2",
        "ackley, 0, 0, 0",
        "ackley, 1, 1, 3.6253849384403627",
        "beale, 0, 0, 14.203125",
        "beale, 3, 0.5, 0",
        "six_hump_camel, 1, 1, 3.2333333333333334",
        "six_hump_camel, 0, 0, 0",
        "saddle, 3, 2, 5",
        "booth, 0, 0, 74",
        "booth, 1, 3, 0",
        "styblinski_tang, 1, 1, -10",
        "styblinski_tang, 0, 0, 0",
        "goldstein_price, 0, -1, 3",
        "goldstein_price, 0, 0, 600",
        "matyas, 1, 1, 0.04",
        "monkey_saddle, 2, 1, 2",
    })
    void valuesAtDefaults(String id, double x, double y, double expected) {
        assertEquals(expected, Landscapes.byId(id).create().value(x, y), 1e-13 * (1 + Math.abs(expected)));
    }

    @Test
    void rosenbrock() {
        assertEquals(List.of(new CriticalPoint(1, 1, 0, Kind.GLOBAL_MIN)),
                Landscapes.byId("rosenbrock").create().criticalPoints());
    }

    @Test
    void himmelblau() {
        List<CriticalPoint> points = Landscapes.byId("himmelblau").create().criticalPoints();
        assertEquals(List.of(4, 0, 4, 1), counts(points));
        assertPoint(points, Kind.GLOBAL_MIN, 3, 2, 0);
        assertPoint(points, Kind.GLOBAL_MIN, -2.805118, 3.131312, 0);
        assertPoint(points, Kind.GLOBAL_MIN, -3.779310, -3.283186, 0);
        assertPoint(points, Kind.GLOBAL_MIN, 3.584428, -1.848126, 0);
        assertPoint(points, Kind.MAX, -0.270845, -0.923039, 181.616522);
    }

    @Test
    void sixHumpCamel() {
        List<CriticalPoint> points = Landscapes.byId("six_hump_camel").create().criticalPoints();
        assertEquals(List.of(2, 4, 7, 2), counts(points));
        assertPoint(points, Kind.GLOBAL_MIN, 0.0898420, -0.7126564, -1.0316285);
        assertPoint(points, Kind.GLOBAL_MIN, -0.0898420, 0.7126564, -1.0316285);
        assertPoint(points, Kind.LOCAL_MIN, 1.7036067, -0.7960836, -0.2154638);
        assertPoint(points, Kind.SADDLE, 0, 0, 0);
    }

    @Test
    void styblinskiTang() {
        List<CriticalPoint> points = Landscapes.byId("styblinski_tang").create().criticalPoints();
        assertEquals(List.of(1, 3, 4, 1), counts(points));
        assertPoint(points, Kind.GLOBAL_MIN, -2.903534, -2.903534, -78.332331);
        assertPoint(points, Kind.LOCAL_MIN, 2.746803, 2.746803, -50.058893);
        assertPoint(points, Kind.MAX, 0.156731, 0.156731, 0.391225);
    }

    @Test
    void goldsteinPrice() {
        List<CriticalPoint> points = Landscapes.byId("goldstein_price").create().criticalPoints();
        assertEquals(List.of(1, 3, 4, 1), counts(points));
        assertPoint(points, Kind.GLOBAL_MIN, 0, -1, 3);
        assertPoint(points, Kind.LOCAL_MIN, -0.6, -0.4, 30);
        assertPoint(points, Kind.LOCAL_MIN, 1.8, 0.2, 84);
        assertPoint(points, Kind.LOCAL_MIN, 1.2, 0.8, 840);
    }

    @Test
    void bealeBoothMatyas() {
        assertEquals(new CriticalPoint(3, 0.5, 0, Kind.GLOBAL_MIN),
                Landscapes.byId("beale").create().criticalPoints().get(0));
        assertEquals(List.of(new CriticalPoint(1, 3, 0, Kind.GLOBAL_MIN)),
                Landscapes.byId("booth").create().criticalPoints());
        assertEquals(List.of(new CriticalPoint(0, 0, 0, Kind.GLOBAL_MIN)),
                Landscapes.byId("matyas").create().criticalPoints());
        assertEquals(List.of(new CriticalPoint(0, 0, 0, Kind.SADDLE)),
                Landscapes.byId("saddle").create().criticalPoints());
    }

    @Test
    void rastriginAndAckleyListTheMinimaNearIntegerPoints() {
        for (String id : List.of("rastrigin", "ackley")) {
            List<CriticalPoint> points = Landscapes.byId(id).create().criticalPoints();
            assertEquals(List.of(1, 48, 0, 0), counts(points), id);
            assertEquals(new CriticalPoint(0, 0, 0, Kind.GLOBAL_MIN), points.get(0), id);
            for (CriticalPoint c : points) {
                assertTrue(Math.abs(c.x() - Math.rint(c.x())) < 0.1 && Math.abs(c.y() - Math.rint(c.y())) < 0.1,
                        id + ": " + c);
            }
        }
        assertPoint(Landscapes.byId("rastrigin").create().criticalPoints(), Kind.LOCAL_MIN, 0.994959, 0, 0.994959);
    }

    @Test
    void parametersMoveThePoints() {
        Landscape rastrigin = Landscapes.byId("rastrigin").create(Map.of("A", 2.0));
        CriticalPoint nearOne = rastrigin.criticalPoints().stream().filter(c -> c.x() > 0.5 && c.y() == 0)
                .filter(c -> c.x() < 1.5).findFirst().orElseThrow();
        assertEquals(1 - 1 / (1 + 2 * Math.PI * Math.PI * 2), nearOne.x(), 1e-3, "to first order in 1/A");
        double[] g = new double[2];
        rastrigin.gradient(nearOne.x(), 0, g);
        assertEquals(0, g[0], 1e-12);
    }

    /** The number of global minima, local minima, saddles and maxima. */
    static List<Integer> counts(List<CriticalPoint> points) {
        int[] n = new int[Kind.values().length];
        points.forEach(c -> n[c.kind().ordinal()]++);
        return List.of(n[0], n[1], n[2], n[3]);
    }

    /** The point at (x, y) to 6 decimals, which must be of that kind and have that value. */
    static CriticalPoint assertPoint(List<CriticalPoint> points, Kind kind, double x, double y, double value) {
        CriticalPoint match = points.stream()
                .filter(c -> Math.abs(c.x() - x) < 1e-6 && Math.abs(c.y() - y) < 1e-6).findFirst()
                .orElseThrow(() -> new AssertionError("no point at (" + x + ", " + y + ") in " + points));
        assertEquals(kind, match.kind(), match.toString());
        assertEquals(value, match.value(), 1e-6 * (1 + Math.abs(value)), match.toString());
        return match;
    }
}
