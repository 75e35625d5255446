package org.downhill.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.optim.Optimizer;
import org.junit.jupiter.api.Test;

class SimulatorTest {
    private static final Landscape BOWL = Landscapes.byId("quadratic").create(Map.of("a", 1.0, "b", 10.0));

    private static RunSpec sgd(double lr, double momentum, int steps) {
        OptimizerSpec o = OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", lr, "momentum", momentum));
        return new RunSpec(BOWL, -2, 1.5, steps, Settings.of(o));
    }

    @Test
    void isDeterministic() {
        RunSpec spec = sgd(0.05, 0.9, 300).withSettings(sgd(0.05, 0.9, 300).settings()
                .withNoise(new NoiseSpec(0.5, 4, 7)));
        Trajectory a = Simulator.run(spec);
        Trajectory b = Simulator.run(spec);
        assertEquals(a.rows(), b.rows());
        for (int k = 0; k < a.rows(); k++) {
            assertEquals(a.x(k), b.x(k));
            assertEquals(a.gradY(k), b.gradY(k));
        }
    }

    @Test
    void anEditKeepsThePathBeforeItAndChangesThePathAfter() {
        RunPlan plan = RunPlan.of(sgd(0.05, 0, 200));
        Trajectory before = Simulator.run(plan);
        Settings faster = plan.spec().settings().withOptimizer(plan.spec().settings().optimizer().with("lr", 0.15));
        Trajectory after = Simulator.run(plan.withChangeAt(40, faster));
        for (int k = 0; k <= 40; k++) {
            assertEquals(before.x(k), after.x(k));
            assertEquals(before.y(k), after.y(k));
        }
        assertEquals(0.05, after.lr(39));
        assertEquals(0.15, after.lr(40));
        assertNotEquals(before.y(41), after.y(41));
        assertEquals(1, after.appliedEdits().size());
        assertEquals(40, after.appliedEdits().get(0).step());
    }

    @Test
    void anEditKeepsTheOptimizerStateWhenTheKindStays() {
        RunSpec spec = sgd(0.01, 0.9, 60);
        Settings changed = spec.settings().withOptimizer(spec.settings().optimizer().with("lr", 0.02));
        Trajectory t = Simulator.run(RunPlan.of(spec).withChangeAt(30, changed));

        Optimizer o = spec.settings().optimizer().create();
        double[] p = {spec.startX(), spec.startY()};
        double[] g = new double[2];
        double[] probe = new double[Optimizer.PROBE_SIZE];
        for (int k = 0; k < 60; k++) {
            if (k == 30) {
                o.configure(changed.optimizer().hyper());
            }
            BOWL.gradient(p[0], p[1], g);
            o.step(p, g, k < 30 ? 0.01 : 0.02, Double.NaN, probe);
            assertEquals(p[0], t.x(k + 1), "x at " + (k + 1));
            assertEquals(p[1], t.y(k + 1), "y at " + (k + 1));
        }
    }

    @Test
    void anEditToAnotherOptimizerStartsAFreshState() {
        RunSpec spec = sgd(0.01, 0.9, 60);
        Settings adam = spec.settings().withOptimizer(OptimizerSpec.of(OptimizerKind.ADAM, Map.of("lr", 0.05)));
        Trajectory t = Simulator.run(RunPlan.of(spec).withChangeAt(30, adam));
        Trajectory fresh = Simulator.run(new RunSpec(BOWL, t.x(30), t.y(30), 30, adam));
        for (int k = 0; k <= 30; k++) {
            assertEquals(fresh.x(k), t.x(30 + k));
            assertEquals(fresh.y(k), t.y(30 + k));
        }
    }

    @Test
    void aChangeBackAtAnEarlierStepDropsLaterEdits() {
        RunPlan plan = RunPlan.of(sgd(0.05, 0, 100));
        Settings s1 = plan.spec().settings().withOptimizer(plan.spec().settings().optimizer().with("lr", 0.06));
        Settings s2 = plan.spec().settings().withOptimizer(plan.spec().settings().optimizer().with("lr", 0.07));
        RunPlan edited = plan.withChangeAt(50, s1).withChangeAt(20, s2);
        assertEquals(1, edited.edits().size());
        assertEquals(20, edited.edits().get(0).step());
        assertEquals(s2, edited.settingsAt(70));
        assertEquals(plan.spec().settings(), edited.settingsAt(19));
        assertEquals(s2, plan.withChangeAt(0, s2).spec().settings());
    }

    @Test
    void stopsAtTheFirstRowBeyondTheMagnitudeLimit() {
        Trajectory t = Simulator.run(new RunSpec(Landscapes.byId("quadratic").create(Map.of("a", 1.0, "b", 50.0)),
                1, 1, 400, Settings.of(OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", 0.1)))));
        assertEquals(Termination.MAGNITUDE, t.termination());
        assertTrue(Math.abs(t.y(t.lastStep())) > 1e150);
        assertTrue(Math.abs(t.y(t.lastStep() - 1)) <= 1e150);
        assertEquals(t.lastStep(), t.divergedAt());
        assertTrue(Double.isNaN(t.updateX(t.lastStep())));
    }

    @Test
    void stopsAtTheFirstNonFiniteRow() {
        Landscape rosenbrock = Landscapes.byId("rosenbrock").create();
        Trajectory t = Simulator.run(new RunSpec(rosenbrock, -1.5, 2, 200,
                Settings.of(OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", 0.01)))));
        assertEquals(Termination.NONFINITE, t.termination());
        int last = t.lastStep();
        assertTrue(!Double.isFinite(t.x(last)) || !Double.isFinite(t.y(last)) || !Double.isFinite(t.loss(last)));
        assertTrue(Double.isFinite(t.loss(last - 1)));
    }

    @Test
    void recordsTheUpdateAndTheMomentumPartOfIt() {
        Trajectory t = Simulator.run(sgd(0.01, 0.9, 50));
        for (int k = 0; k < t.lastStep(); k++) {
            assertEquals(t.x(k + 1) - t.x(k), t.updateX(k), 0);
            double plainStep = -0.01 * t.gradX(k);
            assertEquals(t.updateX(k), plainStep + t.velocityX(k), 1e-15 * (1 + Math.abs(t.updateX(k))));
            assertTrue(Double.isNaN(t.scaleX(k)));
        }
        assertEquals(0.0, t.velocityX(0));
    }

    @Test
    void noiseHasTheRequestedSizeAndIsKeyedBySeedAndStep() {
        Landscape flat = Landscapes.byId("quadratic").create(Map.of("a", 0.0, "b", 0.0));
        NoiseSpec noise = new NoiseSpec(2.0, 16, 3);
        RunSpec spec = new RunSpec(flat, 0, 0, RunSpec.MAX_STEPS,
                Settings.of(OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", 0.0))).withNoise(noise));
        Trajectory t = Simulator.run(spec);
        double sum = 0;
        double sumSq = 0;
        int n = 0;
        for (int k = 0; k < t.rows(); k++) {
            for (double v : new double[] {t.gradX(k), t.gradY(k)}) {
                sum += v;
                sumSq += v * v;
                n++;
            }
        }
        double mean = sum / n;
        double sd = Math.sqrt(sumSq / n - mean * mean);
        assertEquals(0.5, sd, 0.01, "sigma / sqrt(batch) = 2 / 4");
        assertEquals(0, mean, 0.01);
        Trajectory other = Simulator.run(spec.withSettings(spec.settings().withNoise(new NoiseSpec(2.0, 16, 4))));
        assertNotEquals(t.gradX(5), other.gradX(5));
        Trajectory shorter = Simulator.run(spec.withSteps(10));
        assertEquals(t.gradX(7), shorter.gradX(7));
    }

    @Test
    void aTrajectoryIsAValueThatTheNextRunLeavesAlone() {
        Trajectory first = Simulator.run(sgd(0.05, 0, 300));
        double y200 = first.y(200);
        Trajectory second = Simulator.run(RunPlan.of(sgd(0.07, 0, 200)));
        assertEquals(y200, first.y(200));
        assertEquals(301, first.rows());
        assertEquals(201, second.rows());
        assertNotEquals(first.y(200), second.y(200));
        assertThrows(UnsupportedOperationException.class, () -> first.appliedEdits().clear());
    }

    @Test
    void aRunThatBlowsUpHasNoRowsBeyondTheBlowUp() {
        Trajectory t = Simulator.run(new RunSpec(BOWL, -2, 1.5, 5000,
                Settings.of(OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", 0.5)))));
        assertTrue(t.termination().diverged());
        assertTrue(t.rows() < 5001, t.rows() + " rows");
        assertThrows(IndexOutOfBoundsException.class, () -> t.x(t.rows()));
    }

    @Test
    void aSpentTrajectoryHandedBackGivesItsArraysToTheNextRunAndCannotBeReadAgain() {
        Trajectory spent = Simulator.run(sgd(0.05, 0, 300));
        Trajectory next = Simulator.run(RunPlan.of(sgd(0.07, 0, 200)), spent);
        Trajectory fresh = Simulator.run(sgd(0.07, 0, 200));
        assertEquals(fresh.rows(), next.rows());
        for (int k = 0; k < fresh.rows(); k++) {
            assertEquals(fresh.x(k), next.x(k));
            assertEquals(fresh.gradY(k), next.gradY(k));
            assertEquals(fresh.velocityX(k), next.velocityX(k));
        }
        assertThrows(IllegalStateException.class, () -> spent.y(10), "no other run's rows under the old handle");
        assertThrows(IllegalStateException.class, () -> Simulator.run(RunPlan.of(sgd(0.07, 0, 200)), spent));
        assertEquals(301, spent.rows(), "what it was stays known");
        Trajectory longer = Simulator.run(RunPlan.of(sgd(0.07, 0, 500)), next);
        assertEquals(Simulator.run(sgd(0.07, 0, 500)).y(500), longer.y(500));
    }
}
