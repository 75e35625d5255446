package org.downhill.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import org.downhill.landscape.CriticalPoint;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import org.downhill.sim.Simulator;
import org.downhill.sim.Trajectory;
import org.junit.jupiter.api.Test;

class StabilityTest {

    @Test
    void theEdgesAreWhereTheQuadraticRecurrenceStopsContracting() {
        Random random = new Random(3);
        for (int trial = 0; trial < 2000; trial++) {
            double lambda = Math.exp(random.nextGaussian() * 2);
            boolean nesterov = random.nextBoolean();
            double momentum = random.nextInt(4) == 0 ? 0 : random.nextDouble() * 0.99;
            double dampening = nesterov || random.nextBoolean() ? 0 : random.nextDouble() * 0.9;
            double edge = Stability.edgeLr(lambda, momentum, dampening, nesterov);
            String what = "lambda " + lambda + " momentum " + momentum + " dampening " + dampening
                    + " nesterov " + nesterov;
            assertTrue(QuadraticRates.factor(lambda, edge * (1 - 1e-6), momentum, dampening, nesterov) < 1, what);
            assertTrue(QuadraticRates.factor(lambda, edge * (1 + 1e-6), momentum, dampening, nesterov) > 1, what);
        }
    }

    @Test
    void theMarksOfARotatedQuadraticComeFromItsEigenvalues() {
        Landscape f = Landscapes.byId("rotated_quadratic").create(Map.of("a11", 3.0, "a12", 2.0, "a22", 6.0));
        Stability s = Stability.at(f, 0.3, -0.7, 0);
        assertEquals(7, s.largest(), 1e-12);
        assertEquals(2, s.smallest(), 1e-12);
        assertEquals(1 / 7.0, s.overshootLr(), 1e-15);
        assertEquals(2 / 7.0, s.edgeLr(), 1e-15);
        assertEquals(2 * 1.5 / 7, s.momentumEdgeLr(0.5), 1e-15);
        double[] edges = s.edges(0.5, 0, false);
        assertEquals(2, edges.length);
        assertEquals(3 / 7.0, edges[0], 1e-15);
        assertEquals(3 / 2.0, edges[1], 1e-15);
        assertEquals(7.25, Stability.at(f, 0, 0, 0.25).largest(), 1e-12);
    }

    private static Trajectory run(Landscape f, double x, double y, OptimizerSpec o, int steps) {
        return Simulator.run(new RunSpec(f, x, y, steps, Settings.of(o)));
    }

    @Test
    void forARunOffQuadraticsItIsTheMinimumTheRunReachesOrTheNearestKnownOne() {
        Landscape rosenbrock = Landscapes.byId("rosenbrock").create();
        Trajectory converged = run(rosenbrock, -1.2, 1, OptimizerSpec.of(OptimizerKind.ADAM, Map.of("lr", 0.02)), 3000);
        Diagnosis d = Diagnoser.diagnose(converged);
        assertEquals(Destination.GLOBAL_MINIMUM, d.destination());
        Stability s = Stability.forRun(converged).orElseThrow();
        double[] h = new double[3];
        rosenbrock.hessian(1, 1, h);
        double expected = (h[0] + h[2]) / 2 + Math.hypot((h[0] - h[2]) / 2, h[1]);
        assertEquals(expected, s.largest(), 1e-6 * expected);

        Landscape himmelblau = Landscapes.byId("himmelblau").create();
        Trajectory blownUp = run(himmelblau, 3.5, 1.5, OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", 1.0)), 100);
        assertTrue(blownUp.termination().diverged());
        Stability nearest = Stability.forRun(blownUp).orElseThrow();
        CriticalPoint closest = himmelblau.criticalPoints().stream().min(java.util.Comparator.comparingDouble(
                p -> Math.hypot(p.x() - 3.5, p.y() - 1.5))).orElseThrow();
        assertEquals(closest.x(), nearest.x());
        assertEquals(closest.y(), nearest.y());
    }
}
