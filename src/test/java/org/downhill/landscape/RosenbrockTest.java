package org.downhill.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.downhill.landscape.CriticalPoint.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rosenbrock's minimum and window follow its parameters. */
class RosenbrockTest {

    @ParameterizedTest(name = "a = {0}, b = {1}")
    @CsvSource({"1, 100", "-1.5, 10", "0, 1", "2, 1000", "3, 0", "-0.5, 0"})
    void theMinimumIsAtAAndASquaredInsideTheWindow(double a, double b) {
        Landscape rosenbrock = Landscapes.byId("rosenbrock").create(Map.of("a", a, "b", b));
        assertEquals(List.of(new CriticalPoint(a, a * a, 0, Kind.GLOBAL_MIN)), rosenbrock.criticalPoints());
        Window w = rosenbrock.defaultWindow();
        assertTrue(w.contains(a - 1, a * a - 1) && w.contains(a + 1, a * a + 1), w.toString());
        assertTrue(w.contains(-2, -1) && w.contains(2, 3), w.toString());
    }
}
