package org.downhill.landscape;

import static org.downhill.landscape.KnownValuesTest.assertPoint;
import static org.downhill.landscape.KnownValuesTest.counts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.downhill.landscape.CriticalPoint.Kind;
import org.junit.jupiter.api.Test;

/** The multi-well landscape's defaults do what its lesson needs. */
class MultiWellTest {
    private static final Landscape DEFAULT = Landscapes.byId("multi_well").create();

    @Test
    void oneGlobalAndTwoLocalMinimaWithSaddlesBetween() {
        List<CriticalPoint> points = DEFAULT.criticalPoints();
        assertEquals(List.of(1, 2, 2, 0), counts(points));
        assertPoint(points, Kind.GLOBAL_MIN, 1.475734, -1.967423, -3.377106);
        CriticalPoint shallow = assertPoint(points, Kind.LOCAL_MIN, -0.951801, 0.947777, -0.981365);
        CriticalPoint deeper = assertPoint(points, Kind.LOCAL_MIN, 2.459565, 1.450004, -1.871357);
        CriticalPoint shallowPass = assertPoint(points, Kind.SADDLE, -0.182584, 0.044688, -0.598208);
        CriticalPoint deeperPass = assertPoint(points, Kind.SADDLE, 2.051562, 0.188783, -0.958354);
        assertTrue(shallowPass.value() - shallow.value() > 0.3, "a clear barrier around well 2");
        assertTrue(deeperPass.value() - deeper.value() > 0.3, "a clear barrier around well 3");
    }

    @Test
    void gradientDescentGetsStuckWhereMomentumRollsOn() {
        double[] plain = descend(0.1, 0, 1000);
        assertEquals(-0.951801, plain[0], 1e-4);
        assertEquals(0.947777, plain[1], 1e-4);
        double[] heavyBall = descend(0.1, 0.9, 1000);
        assertEquals(1.475734, heavyBall[0], 1e-4);
        assertEquals(-1.967423, heavyBall[1], 1e-4);
    }

    /** SGD as PyTorch does it (the first update without dampening), from (-3.5, 3.5). */
    private static double[] descend(double lr, double momentum, int steps) {
        double[] p = {-3.5, 3.5};
        double[] g = new double[2];
        double[] v = new double[2];
        for (int t = 0; t < steps; t++) {
            DEFAULT.gradient(p[0], p[1], g);
            for (int i = 0; i < 2; i++) {
                v[i] = t == 0 ? g[i] : momentum * v[i] + g[i];
                p[i] -= lr * v[i];
            }
        }
        return p;
    }

    @Test
    void theMinimaFollowTheWells() {
        Landscape moved = Landscapes.byId("multi_well").create(Map.of("well1_x", -2.0, "well1_y", -2.5));
        CriticalPoint global = moved.criticalPoints().get(0);
        assertEquals(Kind.GLOBAL_MIN, global.kind());
        assertEquals(-2, global.x(), 0.1);
        assertEquals(-2.5, global.y(), 0.1);
        Landscape flatWell = Landscapes.byId("multi_well").create(Map.of("well3_depth", 0.0));
        assertEquals(1, counts(flatWell.criticalPoints()).get(1), "without well 3 only well 2 is a local minimum");
    }
}
