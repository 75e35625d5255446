package org.downhill.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.downhill.data.Model;
import org.downhill.data.ModelLandscape;
import org.downhill.landscape.CriticalPoint;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.schedule.ScheduleKind;
import org.downhill.schedule.ScheduleSpec;
import org.downhill.scenario.DataSets;
import org.downhill.scenario.TorchCase;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import org.downhill.sim.Simulator;
import org.downhill.sim.Trajectory;
import org.downhill.testing.ReferenceData;
import org.junit.jupiter.api.DynamicTest;
import org.downhill.sim.Batching;
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
    void lrAtOneOverLRemovesTheSteepErrorInOneStepWithoutOvershoot() {
        Diagnosis steep = run(quadratic(1, 10), -2, 1.5, 150, sgd(0.1, 0));
        assertEquals(Regime.CONVERGES, steep.regime(), steep.explanation());
        assertTrue(steep.explanation().startsWith("lr = 0.1 is 1/L for the steep direction (curvature L = 10)"),
                steep.explanation());
        Diagnosis round = run(quadratic(1, 1), -2, 1.5, 150, sgd(1, 0));
        assertEquals(Regime.CONVERGES, round.regime(), round.explanation());
        assertEquals("Converged in 1 step", round.headline());
        assertEquals(0, round.markers().overshootCount());
    }

    @Test
    void atTwoOverLTheBounceLastsJustAboveItGrowsJustBelowItIsSlow() {
        Diagnosis at = run(quadratic(1, 10), -2, 1.5, 150, sgd(0.2, 0));
        assertEquals(Regime.OSCILLATES, at.regime(), at.explanation());
        assertTrue(at.explanation().startsWith("lr = 0.2 is 2/L"), at.explanation());
        Diagnosis above = run(quadratic(1, 10), -2, 1.5, 150, sgd(0.2 * (1 + 1e-6), 0));
        assertEquals(Regime.DIVERGES, above.regime(), above.explanation());
        assertTrue(above.explanation().contains("is above 2/L = 0.2 (by 1e-06 of it)"), above.explanation());
        assertTrue(above.explanation().contains("grows by a factor 1 + 2e-06 per step"), above.explanation());
        Diagnosis below = run(quadratic(1, 10), -2, 1.5, 150, sgd(0.2 * (1 - 1e-6), 0));
        assertEquals(Regime.SLOW, below.regime(), below.explanation());
        assertTrue(below.explanation().contains("steep direction") && below.explanation().contains("a smaller lr"),
                below.explanation());
        assertFalse(below.explanation().contains("larger lr"), below.explanation());
    }

    @Test
    void momentumOneKeepsTheErrorCirclingAndDivergesOnlyAboveFourOverL() {
        for (double lr : new double[] {0.01, 0.1, 0.3}) {
            Diagnosis d = run(quadratic(1, 10), -2, 1.5, 300, sgd(lr, 1));
            assertEquals(Regime.OSCILLATES, d.regime(), lr + ": " + d.explanation());
            assertTrue(d.explanation().startsWith("With momentum 1 nothing damps the swing"), d.explanation());
        }
        Diagnosis above = run(quadratic(1, 10), -2, 1.5, 300, sgd(0.41, 1));
        assertEquals(Regime.DIVERGES, above.regime(), above.explanation());
    }

    @Test
    void aLineOfMinimaIsReachedNotSlow() {
        for (double lr : new double[] {0.05, 0.1, 0.15}) {
            Diagnosis d = run(quadratic(0, 10), -2, 1.5, 300, sgd(lr, 0));
            assertTrue(d.regime() == Regime.CONVERGES || d.regime() == Regime.CONVERGES_OSCILLATING,
                    lr + ": " + d.headline() + " " + d.explanation());
            assertEquals(Destination.GLOBAL_MINIMUM, d.destination());
            assertTrue(d.headline().startsWith("Converged in "), d.headline());
        }
        Diagnosis straight = run(quadratic(0, 10), -2, 1.5, 300, sgd(0.05, 0));
        assertTrue(straight.explanation().contains("line of minima"), straight.explanation());
    }

    @Test
    void momentumRunsThatSettledKeepTheirRegimeWhenRunLonger() {
        for (String id : new String[] {"himmelblau", "six_hump_camel", "styblinski_tang", "rastrigin", "booth"}) {
            Landscape f = Landscapes.byId(id).create();
            double[] s = f.suggestedStart();
            for (double lr : new double[] {0.001, 0.01}) {
                for (double momentum : new double[] {0.9, 0.95}) {
                    Diagnosis shorter = run(f, s[0], s[1], 300, sgd(lr, momentum));
                    Diagnosis longer = run(f, s[0], s[1], 3000, sgd(lr, momentum));
                    if (shorter.convergedAt() >= 0) {
                        assertEquals(shorter.regime(), longer.regime(), id + " lr " + lr + " momentum " + momentum
                                + ": " + shorter.explanation() + " / " + longer.explanation());
                    }
                }
            }
        }
    }

    @Test
    void aLastingTwoCycleAboveTwoOverLOscillates() {
        for (String id : new String[] {"styblinski_tang", "rastrigin", "six_hump_camel"}) {
            Landscape f = Landscapes.byId(id).create();
            CriticalPoint min = f.criticalPoints().get(0);
            double[] h = new double[3];
            f.hessian(min.x(), min.y(), h);
            double steep = SymmetricEigen.of(h[0], h[1], h[2]).large();
            Diagnosis d = run(f, min.x() + 0.01, min.y() - 0.01, 3000, sgd(1.01 * 2 / steep, 0));
            assertEquals(Regime.OSCILLATES, d.regime(), id + ": " + d.explanation());
            assertTrue(d.explanation().contains("bounces between"), d.explanation());
            assertTrue(d.explanation().contains("is above 2/L"), d.explanation());
        }
    }

    @Test
    void aNoisyRunStartedAtTheMinimumJittersThere() {
        for (String id : new String[] {"quadratic", "rosenbrock", "himmelblau"}) {
            Landscape f = Landscapes.byId(id).create();
            CriticalPoint min = f.criticalPoints().get(0);
            Settings noisy = Settings.of(sgd(0.001, 0)).withNoise(new NoiseSpec(0.3, 1, 3));
            Diagnosis d = Diagnoser.diagnose(Simulator.run(new RunSpec(f, min.x(), min.y(), 300, noisy)));
            assertEquals(Regime.CONVERGES, d.regime(), id + ": " + d.headline() + " " + d.explanation());
            assertEquals("Jittering around the minimum", d.headline());
        }
    }

    @Test
    void aNoisyRunFrozenOffCentreBySchedulesEndStillJittersButOneStillHeadingInDoesNot() {
        Settings frozen = Settings.of(sgd(0.05, 0)).withNoise(new NoiseSpec(3, 16, 3)).withSchedule(
                ScheduleSpec.of(ScheduleKind.COSINE_ANNEALING_LR, Map.of("T_max", 200)));
        Diagnosis d = Diagnoser.diagnose(Simulator.run(new RunSpec(quadratic(1, 10), -2.5, 2, 200, frozen)));
        assertEquals("Jittering around the minimum", d.headline(), d.explanation());

        ModelLandscape faithful = ModelLandscape.of(Model.LINEAR, DataSets.byName("faithful").data(),
                List.of("eruptions", "waiting"), true);
        Batching batches = Batching.of(16, true, 3);
        Trajectory t = Simulator.run(new RunSpec(faithful, 0, 0, batches.steps(faithful.rows(), 5),
                Settings.of(sgd(0.01, 0)), batches));
        Diagnosis heading = Diagnoser.diagnose(t);
        assertTrue(heading.regime().converging(), heading.headline() + " " + heading.explanation());
        assertFalse(heading.headline().startsWith("Jittering"), heading.headline() + " " + heading.explanation());
        assertFalse(heading.explanation().contains("each step goes straight downhill"), heading.explanation());
    }

    @Test
    void aSlowMiniBatchRunAtASteadyRateIsNotSettledWhereItsLossStillFalls() {
        ModelLandscape faithful = ModelLandscape.of(Model.LINEAR, DataSets.byName("faithful").data(),
                List.of("eruptions", "waiting"), true);
        Batching batches = Batching.of(16, true, 1);
        double[] start = faithful.suggestedStart();
        Trajectory t = Simulator.run(new RunSpec(faithful, start[0], start[1], batches.steps(faithful.rows(), 150),
                Settings.of(sgd(2e-4, 0)), batches));
        Diagnosis d = Diagnoser.diagnose(t);
        int settled = d.convergedAt();
        double band = 0;
        for (int k = settled + 1; k <= t.lastStep(); k++) {
            band = Math.max(band, t.loss(k));
        }
        assertTrue(settled < 0 || t.loss(settled) <= band, d.headline() + " at step " + settled + " with loss "
                + t.loss(Math.max(settled, 0)) + ", above all it reaches afterwards (" + band + ")");
    }

    @Test
    void aScheduledRunQuotesTheLearningRatesItUsed() {
        Settings cosine = Settings.of(sgd(0.05, 0)).withSchedule(
                ScheduleSpec.of(ScheduleKind.COSINE_ANNEALING_LR, Map.of("T_max", 200)));
        Trajectory t = Simulator.run(new RunSpec(quadratic(1, 10), -2.5, 2, 200, cosine));
        Diagnosis d = Diagnoser.diagnose(t);
        assertEquals(Regime.CONVERGES, d.regime());
        String range = "lr between " + Words.num(t.lr(t.lastStep() - 1)) + " and 0.05";
        assertTrue(d.explanation().contains(range), d.explanation());
        assertFalse(d.explanation().contains("lr = 0 "), d.explanation());
    }

    @Test
    void theIssuesExamplesAreToldTheirOwnStory() {
        Landscape bowl = quadratic(1, 10);
        Diagnosis rmsprop = Diagnoser.diagnose(Simulator.run(new RunSpec(bowl, -2.25, 2.25, 150,
                Settings.of(OptimizerSpec.of(OptimizerKind.RMSPROP, Map.of("lr", 10.0))))));
        assertTrue(rmsprop.regime().converging(), rmsprop.headline() + " " + rmsprop.explanation());
        Landscape ackley = Landscapes.byId("ackley").create();
        double[] a = ackley.suggestedStart();
        Diagnosis adam = Diagnoser.diagnose(Simulator.run(new RunSpec(ackley, a[0], a[1], 150,
                Settings.of(OptimizerSpec.of(OptimizerKind.ADAM, Map.of("lr", 1e6))))));
        assertFalse(adam.regime().converging(), adam.headline() + " " + adam.explanation());
        Landscape himmelblau = Landscapes.byId("himmelblau").create();
        double[] h = himmelblau.suggestedStart();
        Diagnosis radam = Diagnoser.diagnose(Simulator.run(new RunSpec(himmelblau, h[0], h[1], 150,
                Settings.of(OptimizerSpec.of(OptimizerKind.RADAM, Map.of("lr", 0.1))))));
        assertEquals(Regime.DIVERGES, radam.regime(), radam.headline() + " " + radam.explanation());
        assertFalse(radam.explanation().contains("still falling"), radam.explanation());
    }

    @Test
    void describesAdaptiveOptimizersWithoutTheory() {
        for (TorchCase c : ReferenceData.cases()) {
            Diagnosis d = Diagnoser.diagnose(Simulator.run(c.spec()));
            assertTrue(!d.headline().isBlank() && d.explanation().endsWith("."), c.id() + ": " + d);
        }
    }

    /**
     * Matyas, converged with momentum, then lr = 469 from step 302: the replay in eigen-coordinates
     * is stopped by the stop rule at step 372, while the run only grows to 3e107 by its last step,
     * 396. Such a replay is not the run, which is judged as it is seen (the diagnosis used to read
     * the replay past its end and throw).
     */
    @Test
    void aReplayThatBlowsUpBeforeTheRunDoesIsNotTheRun() {
        OptimizerSpec before = sgd(0.6678117734407856, 0.5799928684059323);
        OptimizerSpec after = sgd(468.6046282077852, 0.5988098633459576);
        RunSpec spec = new RunSpec(Landscapes.byId("matyas").create(), 6.073365439038604, 3.6746252034249576, 396,
                Settings.of(before));
        Trajectory t = Simulator.run(RunPlan.of(spec).withChangeAt(302, Settings.of(after)));
        assertFalse(t.termination().diverged());
        Diagnosis d = Diagnoser.diagnose(t);
        assertEquals(Regime.DIVERGES, d.regime(), d.headline());
        assertEquals(d.classification(), Diagnoser.classify(t, new ReplayBuffer()));
    }
}
