package org.downhill.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.downhill.diagnose.Regime;
import org.downhill.diagnose.Stability;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.param.InvalidParameterException;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import org.downhill.sim.Simulator;
import org.downhill.sim.Trajectory;
import org.junit.jupiter.api.Test;

class LrScanTest {
    private static final double LR_MIN = 1e-3;
    private static final double LR_MAX = 1;
    private static final int POINTS = 90;

    private static RunSpec sgd(Landscape f, double momentum) {
        return new RunSpec(f, -2, 1.5, 2000,
                Settings.of(OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", 0.01, "momentum", momentum))));
    }

    private static Stability stabilityOf(RunSpec run) {
        Trajectory t = Simulator.run(run);
        return Stability.forRun(t).orElseThrow();
    }

    /** Where lr sits on the scan's grid, as a fractional index. */
    private static double gridPosition(double lr) {
        return Math.log(lr / LR_MIN) / Math.log(LR_MAX / LR_MIN) * (POINTS - 1);
    }

    private static int firstWith(LrScan scan, Regime regime) {
        for (int i = 0; i < scan.size(); i++) {
            if (scan.outcome(i).regime() == regime) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void onQuadraticsTheBandEdgesAreOneOverLAndTwoOverL() {
        List<Landscape> bowls = List.of(Landscapes.byId("quadratic").create(Map.of("a", 1.0, "b", 10.0)),
                Landscapes.byId("rotated_quadratic").create(Map.of("a11", 3.0, "a12", 2.0, "a22", 6.0)),
                Landscapes.byId("bowl").create(Map.of("condition", 30.0, "angle", 20.0, "curvature", 4.0)));
        for (Landscape bowl : bowls) {
            RunSpec run = sgd(bowl, 0);
            Stability s = stabilityOf(run);
            LrScan scan = LrScan.run(Sweeper.sameThread(), run, LR_MIN, LR_MAX, POINTS, new Cancellation(),
                    Progress.NONE);
            String name = bowl.displayName();
            int overshoot = firstWith(scan, Regime.CONVERGES_OSCILLATING);
            int diverges = firstWith(scan, Regime.DIVERGES);
            assertTrue(Math.abs(overshoot - gridPosition(s.overshootLr())) <= 1,
                    name + ": overshoot from " + scan.lr(overshoot) + ", 1/L = " + s.overshootLr());
            assertTrue(Math.abs(diverges - gridPosition(s.edgeLr())) <= 1,
                    name + ": diverges from " + scan.lr(diverges) + ", 2/L = " + s.edgeLr());
            for (int i = 0; i < scan.size(); i++) {
                Regime r = scan.outcome(i).regime();
                Regime expected = i < overshoot ? Regime.CONVERGES : i < diverges ? Regime.CONVERGES_OSCILLATING
                        : Regime.DIVERGES;
                assertTrue(r == expected || r == Regime.SLOW && i < overshoot,
                        name + " at lr " + scan.lr(i) + ": " + r);
            }
            List<Band> bands = scan.bands();
            assertEquals(Regime.DIVERGES, bands.get(bands.size() - 1).regime());
            assertEquals(diverges, bands.get(bands.size() - 1).from());
            assertEquals(diverges - 1, scan.largestGood().getAsInt(), name);
        }
    }

    @Test
    void withHeavyBallMomentumTheRunsDivergeFromTwoTimesOnePlusBetaOverL() {
        Landscape bowl = Landscapes.byId("quadratic").create(Map.of("a", 1.0, "b", 10.0));
        for (double beta : new double[] {0.3, 0.6}) {
            RunSpec run = sgd(bowl, beta);
            Stability s = stabilityOf(run);
            LrScan scan = LrScan.run(Sweeper.sameThread(), run, LR_MIN, LR_MAX, POINTS, new Cancellation(),
                    Progress.NONE);
            int diverges = firstWith(scan, Regime.DIVERGES);
            assertTrue(Math.abs(diverges - gridPosition(s.momentumEdgeLr(beta))) <= 1,
                    "beta " + beta + ": diverges from " + scan.lr(diverges) + ", 2(1+beta)/L = "
                            + s.momentumEdgeLr(beta));
        }
    }

    @Test
    void theFastestLrIsNearTheOptimumOfGradientDescent() {
        Landscape bowl = Landscapes.byId("quadratic").create(Map.of("a", 1.0, "b", 10.0));
        RunSpec run = sgd(bowl, 0);
        Stability s = stabilityOf(run);
        LrScan scan = LrScan.run(Sweeper.sameThread(), run, LR_MIN, LR_MAX, POINTS, new Cancellation(),
                Progress.NONE);
        double fastest = scan.lr(scan.fastest().getAsInt());
        double optimum = 2 / (s.largest() + s.smallest());
        assertTrue(fastest > optimum / 1.25 && fastest < optimum * 1.25, fastest + " vs 2/(L + mu) = " + optimum);
        assertEquals(0, scan.smallestGood().getAsInt());
    }

    @Test
    void logSpacingAndBadRanges() {
        double[] v = LrScan.logSpaced("lr", 1e-4, 1, 5);
        assertEquals(1e-4, v[0]);
        assertEquals(1e-3, v[1], 1e-18);
        assertEquals(1.0, v[4], 1e-15);
        assertEquals(1, LrScan.logSpaced("lr", 0.5, 0.5, 1).length);
        RunSpec run = sgd(Landscapes.byId("quadratic").create(), 0);
        assertThrows(InvalidParameterException.class, () -> LrScan.run(Sweeper.sameThread(), run, 1, 0.1, 10,
                new Cancellation(), Progress.NONE));
        assertThrows(InvalidParameterException.class, () -> LrScan.run(Sweeper.sameThread(), run, 0, 0.1, 10,
                new Cancellation(), Progress.NONE));
        assertThrows(InvalidParameterException.class, () -> LrScan.run(Sweeper.sameThread(), run, 1e-3, 0.1, 0,
                new Cancellation(), Progress.NONE));
    }
}
