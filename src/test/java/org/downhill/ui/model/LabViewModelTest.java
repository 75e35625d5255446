package org.downhill.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import org.downhill.diagnose.Regime;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerKind;
import org.downhill.param.InvalidParameterException;
import org.downhill.scenario.ScenarioJson;
import org.downhill.schedule.ScheduleKind;
import org.downhill.sim.NoiseSpec;
import org.downhill.sim.Trajectory;
import org.junit.jupiter.api.Test;

/** The lab's view models, without a toolkit. */
class LabViewModelTest {

    @Test
    void firstLaunchShowsSgdConvergingNicelyInABowl() {
        LabViewModel lab = new LabViewModel();
        assertEquals("bowl", lab.landscape().family().id());
        assertEquals(1, lab.runs().size());
        RunViewModel run = lab.selected();
        assertEquals(OptimizerKind.SGD, run.settings().optimizer().kind());
        assertEquals(Regime.CONVERGES, run.diagnosis().regime());
        assertTrue(run.diagnosis().convergedAt() > 0 && run.diagnosis().convergedAt() <= lab.steps());
    }

    @Test
    void aLargerLearningRateChangesTheTrajectoryAndTheDiagnosis() {
        LabViewModel lab = new LabViewModel();
        RunViewModel run = lab.selected();
        Trajectory before = run.trajectory();
        double before10 = before.x(10);
        run.hyperModel().set("lr", 0.25);
        assertNotSame(before, run.trajectory());
        assertNotEquals(before10, run.trajectory().x(10));
        assertEquals(Regime.DIVERGES, run.diagnosis().regime());
        assertEquals("Diverging", run.diagnosis().headline(), "growing, not yet stopped by the stop rule");
        lab.setSteps(2000);
        assertTrue(run.diagnosis().headline().startsWith("Diverged at step"), run.diagnosis().headline());
        run.hyperModel().set("lr", 0.15);
        assertEquals(Regime.CONVERGES_OSCILLATING, run.diagnosis().regime());
    }

    @Test
    void aChangeMidRunKeepsThePathSoFarAndIsRecorded() {
        LabViewModel lab = new LabViewModel();
        RunViewModel run = lab.selected();
        lab.setPlayhead(30);
        Trajectory before = run.trajectory();
        double[] xs = new double[31];
        for (int k = 0; k <= 30; k++) {
            xs[k] = before.x(k);
        }
        run.hyperModel().set("lr", 0.08);
        Trajectory after = run.trajectory();
        for (int k = 0; k <= 30; k++) {
            assertEquals(xs[k], after.x(k), "row " + k);
        }
        assertEquals(1, after.appliedEdits().size());
        assertEquals(30, after.appliedEdits().get(0).step());
        assertEquals(0.08, after.lr(30));
        assertEquals(0.05, after.lr(29));
        run.hyperModel().set("lr", 0.09);
        assertEquals(1, run.trajectory().appliedEdits().size(), "a second change at the same step replaces the first");
    }

    @Test
    void restartOnChangeRerunsFromTheStart() {
        LabViewModel lab = new LabViewModel();
        lab.restartOnChangeProperty().set(true);
        RunViewModel run = lab.selected();
        lab.setPlayhead(30);
        run.hyperModel().set("lr", 0.08);
        assertTrue(run.planProperty().get().edits().isEmpty());
        assertEquals(0.08, run.trajectory().lr(0));
        assertEquals(0, lab.playhead());
    }

    @Test
    void aRefusedValueChangesNothing() {
        LabViewModel lab = new LabViewModel();
        RunViewModel run = lab.selected();
        Trajectory before = run.trajectory();
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> run.hyperModel().set("lr", -1.0));
        assertEquals("Invalid value for lr: -1 (allowed: lr >= 0)", e.getMessage());
        assertSame(before, run.trajectory());
        assertEquals(0.05, run.settings().optimizer().lr());
    }

    @Test
    void runsAreAddedDuplicatedAndRemoved() {
        LabViewModel lab = new LabViewModel();
        RunViewModel first = lab.selected();
        RunViewModel copy = lab.duplicate(first);
        assertEquals(2, lab.runs().size());
        assertSame(copy, lab.selected());
        assertEquals(first.settings(), copy.settings());
        assertNotEquals(first.color(), copy.color());
        while (lab.canAddRun()) {
            lab.addRun(first.settings());
        }
        assertEquals(LabViewModel.MAX_RUNS, lab.runs().size());
        assertNull(lab.addRun(first.settings()));
        assertEquals(LabViewModel.MAX_RUNS, lab.runs().stream().map(RunViewModel::color).distinct().count());
        lab.remove(copy);
        assertEquals(LabViewModel.MAX_RUNS - 1, lab.runs().size());
        assertFalse(lab.runs().contains(copy));
        while (lab.runs().size() > 1) {
            lab.remove(lab.runs().get(0));
        }
        lab.remove(lab.runs().get(0));
        assertEquals(1, lab.runs().size(), "the last run stays");
        assertSame(lab.runs().get(0), lab.selected());
    }

    @Test
    void aClickMovesEveryStartOrOnlyTheSelectedOne() {
        LabViewModel lab = new LabViewModel();
        RunViewModel a = lab.selected();
        RunViewModel b = lab.duplicate(a);
        lab.setStart(1.0, -1.0, false);
        assertEquals(new Point2D(1, -1), a.startProperty().get());
        assertEquals(new Point2D(1, -1), b.startProperty().get());
        assertEquals(1.0, a.trajectory().x(0));
        lab.setStart(2.0, 0.5, true);
        assertEquals(new Point2D(2, 0.5), b.startProperty().get());
        assertEquals(new Point2D(1, -1), a.startProperty().get());
        lab.moveStarts(new Point2D(1, -1), 0, 2);
        assertEquals(new Point2D(0, 2), a.startProperty().get());
        assertEquals(new Point2D(2, 0.5), b.startProperty().get());
    }

    @Test
    void playbackAdvancesWithTimeAndStopsAtTheEnd() {
        LabViewModel lab = new LabViewModel();
        lab.speedProperty().set(100);
        lab.togglePlay();
        lab.advance(0.105);
        assertEquals(10, lab.playhead());
        lab.advance(0.005);
        assertEquals(11, lab.playhead(), "fractions of a step add up");
        lab.advance(100);
        assertEquals(lab.steps(), lab.playhead());
        assertFalse(lab.playingProperty().get());
        lab.togglePlay();
        assertEquals(0, lab.playhead(), "play at the end starts over");
        lab.stepForward();
        assertFalse(lab.playingProperty().get());
        assertEquals(1, lab.playhead());
        lab.stepBack();
        lab.stepBack();
        assertEquals(0, lab.playhead());
        lab.setPlayhead(50);
        lab.reset();
        assertEquals(0, lab.playhead());
    }

    @Test
    void anotherLandscapeResetsTheViewAndTheStarts() {
        LabViewModel lab = new LabViewModel();
        lab.setPlayhead(40);
        lab.setLandscapeFamily(Landscapes.byId("rosenbrock"));
        assertEquals("rosenbrock", lab.selected().trajectory().plan().spec().landscape().family().id());
        assertEquals(lab.landscape().defaultWindow(), lab.view().window());
        assertTrue(lab.view().logScaleProperty().get());
        double[] s = lab.landscape().suggestedStart();
        assertEquals(new Point2D(s[0], s[1]), lab.selected().startProperty().get());
        assertEquals(0, lab.playhead());
        lab.landscapeModel().set("b", 10.0);
        assertEquals(10.0, lab.landscape().params().real("b"));
        assertEquals(new Point2D(s[0], s[1]), lab.selected().startProperty().get(), "a parameter keeps the start");
    }

    @Test
    void switchingOptimizerCarriesTheLearningRateAndSchedulesFitTheRun() {
        LabViewModel lab = new LabViewModel();
        RunViewModel run = lab.selected();
        run.hyperModel().set("momentum", 0.9);
        run.setOptimizerKind(OptimizerKind.ADAM);
        assertEquals(0.05, run.settings().optimizer().lr());
        run.setScheduleKind(ScheduleKind.COSINE_ANNEALING_LR);
        assertEquals(lab.steps(), run.settings().schedule().args().integer("T_max"));
        run.setScheduleKind(ScheduleKind.ONE_CYCLE_LR);
        run.setOptimizerKind(OptimizerKind.ADAGRAD);
        assertFalse(run.settings().schedule().args().flag("cycle_momentum"),
                "Adagrad has no momentum to cycle");
        lab.setSteps(40);
        assertEquals(41, run.trajectory().rows());
    }

    @Test
    void noiseAndWarmupAreEditedWithTheirDescriptors() {
        LabViewModel lab = new LabViewModel();
        RunViewModel run = lab.selected();
        run.noiseModel().set("sigma", 0.5);
        run.noiseModel().set("batch", 4);
        assertEquals(0.25, run.settings().noise().stdDev(), 1e-15);
        assertThrows(InvalidParameterException.class, () -> run.noiseModel().set("batch", 0));
        run.warmupModel().set("warmup_steps", 10);
        assertEquals(0.1 * 0.05, run.trajectory().lr(0), 1e-15);
        lab.view().changeTextSize(20);
        assertEquals(ViewOptions.MAX_TEXT_SCALE, lab.view().textScaleProperty().get());
    }

    /** Issue 13: a seed above 2^31 became 2147483647 as soon as the batch size was edited. */
    @Test
    void aSeedAbove2To31SurvivesABatchEditAndASaveLoadRoundTrip() throws Exception {
        long seed = 1L << 40;
        LabViewModel lab = new LabViewModel();
        RunViewModel run = lab.selected();
        run.noiseModel().set("sigma", 0.5);
        run.noiseModel().set("seed", seed);
        run.noiseModel().set("batch", 8);
        assertEquals(seed, run.settings().noise().seed());
        assertEquals(seed, run.noiseModel().values().get().longInteger("seed"), "what the seed field shows");

        LabViewModel other = new LabViewModel();
        other.load(ScenarioJson.read(ScenarioJson.write(lab.toScenario())));
        RunViewModel loaded = other.selected();
        assertEquals(seed, loaded.settings().noise().seed());
        loaded.noiseModel().set("batch", 16);
        assertEquals(new NoiseSpec(0.5, 16, seed), loaded.settings().noise());
    }

    @Test
    void aDefaultNameFollowsTheOptimizerAndAChosenNameStays() {
        LabViewModel lab = new LabViewModel();
        RunViewModel run = lab.selected();
        assertEquals("SGD 1", run.name());
        run.setOptimizerKind(OptimizerKind.ADAM);
        assertEquals("Adam 1", run.name());
        run.nameProperty().set("Fast one");
        run.setOptimizerKind(OptimizerKind.RMSPROP);
        assertEquals("Fast one", run.name());
        RunViewModel copy = lab.duplicate(run);
        copy.nameProperty().set("RMSprop 1 copy");
        copy.setOptimizerKind(OptimizerKind.SGD);
        assertEquals("RMSprop 1 copy", copy.name());
    }
}
