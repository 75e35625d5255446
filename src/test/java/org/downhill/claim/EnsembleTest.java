package org.downhill.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.downhill.landscape.CriticalPoint;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Landscapes;
import org.downhill.landscape.Window;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.sim.RunPlan;
import org.downhill.sim.Simulator;
import org.downhill.sim.Trajectory;
import org.downhill.sweep.Cancellation;
import org.downhill.sweep.Progress;
import org.downhill.sweep.Sweeper;
import org.junit.jupiter.api.Test;

class EnsembleTest {
    private static final Window WINDOW = new Window(-3, 3, -2, 2);

    @Test
    void theSameSeedGivesTheSameStartsInsideTheWindow() {
        RunPlan plan = TestRuns.sgd(0.1, 50);
        Ensemble a = Ensemble.run(plan, WINDOW, 40, 7);
        Ensemble b = Ensemble.run(plan, WINDOW, 40, 7);
        Ensemble c = Ensemble.run(plan, WINDOW, 40, 8);
        assertEquals(a.endings(), b.endings());
        assertNotEquals(a.endings().get(0).startX(), c.endings().get(0).startX());
        for (Ensemble.Ending e : a.endings()) {
            assertTrue(WINDOW.contains(e.startX(), e.startY()), e.toString());
        }
    }

    @Test
    void onABowlEveryStartEndsInTheGlobalMinimum() {
        Ensemble e = Ensemble.run(TestRuns.sgd(0.1, 200), WINDOW, 50, 1);
        assertEquals(1, e.shareGlobal());
        assertEquals(CriticalPoint.Kind.GLOBAL_MIN, e.endings().get(3).minimum().kind());
    }

    @Test
    void aDivergingRunEndsInNoMinimum() {
        Ensemble e = Ensemble.run(TestRuns.sgd(0.25, 100), WINDOW, 20, 1);
        assertEquals(0, e.shareGlobal());
        e.endings().forEach(end -> assertNull(end.minimum(), end.toString()));
    }

    @Test
    void onSeveralWellsEachEndIsInTheNearestMinimumIfCloseEnough() {
        Landscape wells = Landscapes.byId("multi_well").create();
        RunPlan plan = TestRuns.plan(wells, 0, 0, 400, OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", 0.2)));
        Window w = wells.defaultWindow();
        Ensemble e = Ensemble.run(plan, w, 100, 3);
        double share = e.shareGlobal();
        assertTrue(share > 0 && share < 1, "share " + share);
        double settled = Ensemble.SETTLED * Math.hypot(w.width(), w.height());
        for (Ensemble.Ending end : e.endings()) {
            if (end.minimum() == null) {
                continue;
            }
            assertTrue(Math.hypot(end.endX() - end.minimum().x(), end.endY() - end.minimum().y()) <= settled);
            for (CriticalPoint p : wells.criticalPoints()) {
                assertTrue(Math.hypot(end.endX() - p.x(), end.endY() - p.y())
                        >= Math.hypot(end.endX() - end.minimum().x(), end.endY() - end.minimum().y()) || !p.kind()
                        .isMinimum(), "not the nearest minimum");
            }
        }
        assertTrue(e.endings().stream().anyMatch(end -> end.minimum() != null
                && end.minimum().kind() == CriticalPoint.Kind.LOCAL_MIN), "some end in a local minimum");
    }

    @Test
    void theNumberOfStartsIsChecked() {
        assertThrows(IllegalArgumentException.class, () -> Ensemble.run(TestRuns.sgd(0.1, 5), WINDOW, 0, 1));
        assertThrows(IllegalArgumentException.class,
                () -> Ensemble.run(TestRuns.sgd(0.1, 5), WINDOW, Ensemble.MAX_STARTS + 1, 1));
    }

    @Test
    void shareGlobalMeasuresTheEnsembleOfTheRunsSettingsOverTheView() {
        Landscape wells = Landscapes.byId("multi_well").create();
        RunPlan plan = TestRuns.plan(wells, 0, 0, 400, OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", 0.2)));
        Measurements m = TestRuns.measure("A", plan);
        assertEquals(Ensemble.run(plan, wells.defaultWindow(), 60, Measurements.ENSEMBLE_SEED).shareGlobal(),
                TestRuns.value(m, "share_global('A', 60)"));
        assertTrue(m.ensemble("A", 60) == m.ensemble("A", 60), "computed once");
    }

    @Test
    void keptPathsRunFromEachStartToItsEndThinned() {
        RunPlan plan = TestRuns.sgd(0.05, 500);
        Ensemble e = Ensemble.run(new Sweeper(ForkJoinPool.commonPool(), 2), plan, WINDOW, 30, 4, true,
                new Cancellation(), Progress.NONE);
        assertEquals(Ensemble.run(plan, WINDOW, 30, 4).endings(), e.endings(), "the same ends with or without paths");
        for (int i = 0; i < e.size(); i++) {
            Ensemble.Ending end = e.endings().get(i);
            int n = e.pathLength(i);
            assertEquals(Ensemble.PATH_POINTS, n);
            assertEquals(end.startX(), e.pathX(i, 0), 1e-6);
            assertEquals(end.startY(), e.pathY(i, 0), 1e-6);
            assertEquals(end.endX(), e.pathX(i, n - 1), 1e-6);
            assertEquals(end.endY(), e.pathY(i, n - 1), 1e-6);
            Trajectory t = Simulator.run(plan.spec().withStart(end.startX(), end.startY()));
            int k = (int) Math.round(7.0 * 500 / (n - 1));
            assertEquals(t.x(k), e.pathX(i, 7), 1e-6);
        }
        assertEquals(0, Ensemble.run(plan, WINDOW, 3, 4).pathLength(0), "not kept unless asked");
    }
}
