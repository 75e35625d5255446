package org.downhill.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.downhill.claim.Numbers;
import org.downhill.data.Model;
import org.downhill.data.ModelLandscape;
import org.downhill.data.ScalingEffect;
import org.downhill.figure.DataPicture;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.scenario.DataSets;
import org.downhill.sim.BatchPlan;
import org.downhill.sim.Batching;
import org.downhill.sim.Settings;
import org.junit.jupiter.api.Test;

/** Training on data in the lab, without a toolkit. */
class TrainingViewModelTest {

    private static TrainingViewModel onData(LabViewModel lab, String name) {
        TrainingViewModel training = new TrainingViewModel(lab);
        training.openShipped(DataSets.byName(name));
        return training;
    }

    @Test
    void aFormulaHasNoModelNoBatchesAndNoPicture() {
        LabViewModel lab = new LabViewModel();
        TrainingViewModel training = new TrainingViewModel(lab);
        assertNull(training.model());
        assertTrue(training.batching().isNone());
        assertNull(training.picture());
        assertEquals("", training.epochsTextProperty().get());
        assertEquals("", training.scalingTextProperty().get());
    }

    @Test
    void openingADataSetMakesEveryRunTrainInFullBatchesWithoutSyntheticNoise() {
        LabViewModel lab = new LabViewModel();
        lab.selected().noiseModel().set("sigma", 1.0);
        assertFalse(lab.selected().settings().noise().isNone());
        TrainingViewModel training = onData(lab, "faithful");
        ModelLandscape f = training.model();
        assertNotNull(f);
        assertEquals(Model.LINEAR, f.model());
        assertEquals(272, f.rows());
        RunViewModel run = lab.selected();
        assertEquals(DataRuns.DEFAULT, run.batching());
        assertTrue(run.settings().noise().isNone());
        assertTrue(run.trajectory().batched());
        assertEquals(0, run.startProperty().get().getX());
        assertEquals(0, run.startProperty().get().getY());
        assertEquals(lab.steps() + " steps = " + lab.steps() + " epochs of 1 batch of all 272 rows",
                training.epochsTextProperty().get());
    }

    @Test
    void aNewBatchSizeKeepsTheEpochsAndTheRunStepsWithThoseBatches() {
        LabViewModel lab = new LabViewModel();
        TrainingViewModel training = onData(lab, "line");
        training.setEpochs(5);
        assertEquals(5, lab.steps());
        training.setBatchSize(16);
        Batching b = lab.selected().batching();
        assertEquals(16, b.size());
        assertEquals(4, b.batchesPerEpoch(60));
        assertEquals(20, lab.steps(), "5 epochs of 4 batches");
        assertEquals(5, training.epochs());
        assertEquals("20 steps = 5 epochs of 4 batches (16 rows each, the last 12)", training.epochsTextProperty().get());
        RunViewModel run = lab.selected();
        assertEquals(3, run.trajectory().epoch(15));
        assertEquals(3, run.trajectory().batchIndex(15));
        training.setBatchSize(1000);
        assertEquals(Batching.ALL_ROWS, lab.selected().batching().size());
        assertEquals(5, lab.steps());
    }

    @Test
    void shufflingAndTheSeedChangeTheBatchesTheRunSteppedWith() {
        LabViewModel lab = new LabViewModel();
        TrainingViewModel training = onData(lab, "line");
        training.setBatchSize(4);
        training.setShuffle(false);
        RunViewModel run = lab.selected();
        assertFalse(run.batching().shuffle());
        int[] stored = run.trajectory().plan().spec().batchPlan().rowsOf(0);
        assertEquals("[0, 1, 2, 3]", Arrays.toString(stored));
        training.setShuffle(true);
        training.setSeed(7);
        assertEquals(Batching.of(4, true, 7), run.batching());
        int[] shuffled = run.trajectory().plan().spec().batchPlan().rowsOf(0);
        assertFalse(Arrays.equals(stored, shuffled));
        assertTrue(Arrays.equals(new BatchPlan(60, Batching.of(4, true, 7)).rowsOf(0), shuffled));
    }

    @Test
    void theScalingSwitchShowsTheMeasuredConditionAndEdgeBeforeAndAfter() {
        LabViewModel lab = new LabViewModel();
        TrainingViewModel training = onData(lab, "faithful");
        ScalingEffect e = ScalingEffect.of(training.model());
        String text = training.scalingTextProperty().get();
        assertEquals("Condition number " + Numbers.format(e.raw().condition()) + " raw, "
                + Numbers.format(e.standardized().condition()) + " standardized; 2/L "
                + Numbers.format(e.raw().twoOverL()) + " raw, " + Numbers.format(e.standardized().twoOverL())
                + " standardized", text);
        assertTrue(e.raw().condition() > 100 * e.standardized().condition(), text);
        training.setStandardize(true);
        assertTrue(training.model().standardized());
        assertSame(lab.landscape(), training.model());
        assertEquals(text, training.scalingTextProperty().get(), "the same measurement either way");
        assertEquals(0, lab.selected().startProperty().get().getX());
        training.setStandardize(false);
        assertFalse(training.model().standardized());
    }

    @Test
    void theStandardizeParameterKeepsTheFamilySoThePickerStaysOnTheDataSet() {
        LabViewModel lab = new LabViewModel();
        TrainingViewModel training = onData(lab, "ravine");
        var family = lab.landscape().family();
        lab.landscapeModel().set("standardize", true);
        assertTrue(training.model().standardized());
        assertSame(family, lab.landscape().family());
        assertEquals(lab.landscape().defaultWindow(), lab.view().window(), "a new space of parameters, a new view");
    }

    @Test
    void thePictureHoldsEachVisibleRunsModelAtThePlayheadAndTheNextBatch() {
        LabViewModel lab = new LabViewModel();
        TrainingViewModel training = onData(lab, "line");
        training.setBatchSize(4);
        training.setShuffle(false);
        lab.addRun(Settings.of(OptimizerSpec.of(OptimizerKind.ADAM, Map.of("lr", 0.1))));
        lab.selectedProperty().set(lab.runs().get(0));
        lab.setPlayhead(7);
        DataPicture p = training.picture();
        assertEquals(2, p.fits().size());
        RunViewModel first = lab.runs().get(0);
        assertEquals(first.trajectory().x(7), p.fits().get(0).p1());
        assertEquals(first.trajectory().y(7), p.fits().get(0).p2());
        assertEquals(List.of(28, 29, 30, 31), p.batch(), "step 7 of 15 batches of 4 in stored order");
        assertEquals("x", p.xLabel());
        assertEquals("y", p.yLabel());
        lab.runs().get(1).visibleProperty().set(false);
        assertEquals(1, training.picture().fits().size());
        lab.setPlayhead(lab.steps());
        assertTrue(training.picture().batch().isEmpty(), "no next batch after the last step");
    }

    @Test
    void aShippedSetsAxesSayWhatTheColumnsMeasure() {
        LabViewModel lab = new LabViewModel();
        TrainingViewModel training = onData(lab, "faithful");
        DataPicture p = training.picture();
        assertEquals("eruption duration (min)", p.xLabel());
        assertEquals("waiting time (min)", p.yLabel());
        assertTrue(p.batch().isEmpty(), "a full batch is not ringed");
    }

    @Test
    void backOnAFormulaTheRunsLoseTheirBatches() {
        LabViewModel lab = new LabViewModel();
        TrainingViewModel training = onData(lab, "line");
        training.setBatchSize(4);
        lab.setLandscapeFamily(Landscapes.byId("bowl"));
        assertNull(training.model());
        assertTrue(lab.selected().batching().isNone());
        assertFalse(lab.selected().trajectory().batched());
    }
}
