package org.downhill.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.scenario.TorchCase;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import org.downhill.sim.Simulator;
import org.downhill.testing.ReferenceData;
import org.junit.jupiter.api.DynamicTest;
import org.downhill.sim.NoiseSpec;
import org.downhill.sim.RunPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class DiagnoserTest {

    private static Diagnosis run(Landscape f, double x0, double y0, int steps, OptimizerSpec optimizer) {
        return Diagnoser.diagnose(Simulator.run(new RunSpec(f, x0, y0, steps, Settings.of(optimizer))));
    }

    private static OptimizerSpec sgd(double lr, double momentum) {
        return OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", lr, "momentum", momentum));
    }

    private static Landscape quadratic(double a, double b) {
        return Landscapes.byId("quadratic").create(Map.of("a", a, "b", b));
    }

    @TestFactory
    Stream<DynamicTest> agreesWithTheReferenceRegimes() {
        return ReferenceData.cases().stream().filter(c -> c.expectedRegime() != null)
                .map(c -> DynamicTest.dynamicTest(c.id(), () -> assertEquals(c.expectedRegime(),
                        Diagnoser.diagnose(Simulator.run(c.spec())).regime().referenceName(), c.id())));
    }

    /**
     * The analytic regime of gradient descent on a quadratic: factor 1 - lr * lambda per
     * eigen-direction; lr = 2/lambda up to rounding is the sustained case.
     */
    private static String analyticRegime(double[] curvatures, double lr, int steps) {
        boolean oscillating = false;
        boolean slow = false;
        for (double lambda : curvatures) {
            double r = 1 - lr * lambda;
            if (Math.abs(r + 1) < 1e-12) {
                return "oscillates";
            }
            if (Math.abs(r) > 1) {
                return "diverges";
            }
            oscillating |= r < 0;
            slow |= Math.pow(Math.abs(r), steps) > 0.5;
        }
        return slow ? "slow" : oscillating ? "converges_oscillating" : "converges";
    }

    @Test
    void agreesWithTheAnalyticRegimesOfGradientDescentOnRandomQuadratics() {
        Random random = new Random(42);
        int checked = 0;
        while (checked < 300) {
            double a = Math.exp(random.nextDouble() * Math.log(100)) * 0.5;
            double b = Math.exp(random.nextDouble() * Math.log(100)) * 0.5;
            double steep = Math.max(a, b);
            double[] bands = {0.05 + 0.85 * random.nextDouble(), 1.1 + 0.8 * random.nextDouble(),
                    2.05 + 0.5 * random.nextDouble(), 2.0};
            double lr = bands[random.nextInt(bands.length)] / steep;
            int steps = 100 + random.nextInt(400);
            double slowest = Math.pow(Math.abs(1 - lr * Math.min(a, b)), steps);
            if (slowest > 0.25 && slowest < 0.75) {
                continue;
            }
            double x0 = (random.nextBoolean() ? 1 : -1) * (0.5 + random.nextDouble());
            double y0 = (random.nextBoolean() ? 1 : -1) * (0.5 + random.nextDouble());
            String expected = analyticRegime(new double[] {a, b}, lr, steps);
            Diagnosis d = run(quadratic(a, b), x0, y0, steps, sgd(lr, 0));
            assertEquals(expected, d.regime().referenceName(),
                    "a=" + a + " b=" + b + " lr=" + lr + " steps=" + steps + ": " + d.explanation());
            checked++;
        }
    }

    @Test
    void explainsDivergenceWithTheNumbers() {
        Diagnosis d = run(quadratic(1, 10), 1, 1, 2000, sgd(0.25, 0));
        assertEquals(Regime.DIVERGES, d.regime());
        assertTrue(d.headline().startsWith("Diverged at step "), d.headline());
        assertTrue(d.explanation().startsWith("lr = 0.25 is above 2/L = 0.2 for the steep direction (curvature L = 10)"),
                d.explanation());
        assertTrue(d.explanation().contains("each step overshoots by more than it corrects"), d.explanation());
    }

    @Test
    void explainsOvershootAndSlowness() {
        Diagnosis overshoot = run(quadratic(1, 10), 1, 1, 300, sgd(0.15, 0));
        assertEquals(Regime.CONVERGES_OSCILLATING, overshoot.regime());
        assertTrue(overshoot.explanation().startsWith("lr = 0.15 is between 1/L = 0.1 and 2/L = 0.2"),
                overshoot.explanation());
        assertTrue(overshoot.headline().startsWith("Converged in "), overshoot.headline());

        Diagnosis slow = run(quadratic(1, 10), 1, 1, 100, sgd(0.001, 0));
        assertEquals(Regime.SLOW, slow.regime());
        assertEquals("Slow", slow.headline());
        assertTrue(slow.explanation().contains("shallow direction (curvature 1)"), slow.explanation());
    }

    @Test
    void countsTheStepToConvergence() {
        Diagnosis d = run(quadratic(1, 1), 1, 0, 100, sgd(0.5, 0));
        assertEquals(Regime.CONVERGES, d.regime());
        assertEquals(10, d.convergedAt(), "0.5^10 < 1e-3 <= 0.5^9");
        assertEquals("Converged in 10 steps", d.headline());
        assertEquals(Destination.GLOBAL_MINIMUM, d.destination());
    }

    @Test
    void marksOvershootsAndLossIncreases() {
        Diagnosis bouncing = run(quadratic(1, 10), 0, 1.5, 20, sgd(0.15, 0));
        assertEquals(20, bouncing.markers().overshootCount());
        assertEquals(0, bouncing.markers().lossIncreaseCount());
        Diagnosis growing = run(quadratic(1, 10), 0, 1.5, 20, sgd(0.25, 0));
        assertEquals(20, growing.markers().lossIncreaseCount());
        Diagnosis smooth = run(quadratic(1, 10), 1, 1.5, 20, sgd(0.05, 0));
        assertEquals(0, smooth.markers().overshootCount());
        assertEquals(-1, smooth.markers().nextOvershoot(0));
    }

    @Test
    void aNoisyRunHoveringAtTheMinimumIsJitteringNotDiverging() {
        for (double sigma : new double[] {0.3, 1, 3}) {
            for (int batch : new int[] {1, 16}) {
                Settings noisy = Settings.of(sgd(0.05, 0)).withNoise(new NoiseSpec(sigma, batch, 7));
                Diagnosis d = Diagnoser.diagnose(Simulator.run(
                        RunPlan.of(new RunSpec(quadratic(1, 10), 4, 3, 300, noisy))));
                assertEquals(Regime.CONVERGES, d.regime(), "sigma " + sigma + " batch " + batch + ": " + d.headline());
                assertEquals("Jittering around the minimum", d.headline());
                assertTrue(d.explanation().contains("larger batch"), d.explanation());
            }
        }
    }

    @Test
    void aNoisyRunAboveTwoOverLStillDiverges() {
        Settings noisy = Settings.of(sgd(0.25, 0)).withNoise(new NoiseSpec(1, 4, 7));
        Diagnosis d = Diagnoser.diagnose(Simulator.run(RunPlan.of(new RunSpec(quadratic(1, 10), 4, 3, 2000, noisy))));
        assertEquals(Regime.DIVERGES, d.regime());
    }

    @Test
    void recognisesALocalMinimum() {
        Diagnosis d = run(Landscapes.byId("six_hump_camel").create(), 1.5, -0.6, 500, sgd(0.01, 0));
        assertEquals(Destination.LOCAL_MINIMUM, d.destination());
        assertEquals("Stuck in a local minimum", d.headline());
        assertTrue(d.explanation().contains("local minimum at (1.7, -0.796)"), d.explanation());
    }

    @Test
    void recognisesASaddlePoint() {
        Diagnosis d = run(Landscapes.byId("saddle").create(), 1, 0, 300, sgd(0.05, 0));
        assertEquals(Regime.CONVERGES, d.regime());
        assertEquals(Destination.SADDLE, d.destination());
        assertEquals("Stuck at a saddle point", d.headline());
    }

    @Test
    void seesARunSlidingOffASaddle() {
        Diagnosis d = run(Landscapes.byId("saddle").create(), 1, 1e-6, 300, sgd(0.05, 0));
        assertEquals(Regime.DIVERGES, d.regime());
        assertTrue(d.explanation().contains("slides away"), d.explanation());
    }

    @Test
    void explainsMomentumSpirals() {
        Diagnosis d = run(quadratic(1, 50), 1, 1, 300, sgd(0.01, 0.9));
        assertEquals(Regime.CONVERGES_OSCILLATING, d.regime());
        assertTrue(d.explanation().startsWith("With momentum 0.9 the error spirals in"), d.explanation());
    }

    @Test
    void describesAdaptiveOptimizersWithoutTheory() {
        for (TorchCase c : ReferenceData.cases()) {
            Diagnosis d = Diagnoser.diagnose(Simulator.run(c.spec()));
            assertTrue(!d.headline().isBlank() && d.explanation().endsWith("."), c.id() + ": " + d);
        }
    }
}
