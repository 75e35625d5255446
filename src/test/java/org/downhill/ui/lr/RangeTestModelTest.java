package org.downhill.ui.lr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.downhill.param.InvalidParameterException;
import org.downhill.param.NumberText;
import org.downhill.rangetest.RangeTest;
import org.downhill.rangetest.RangeTestConfig;
import org.downhill.rangetest.RangeTestResult;
import org.downhill.rangetest.StepMode;
import org.downhill.sweep.LrScan;
import org.downhill.sweep.Sweeper;
import org.downhill.ui.model.LabViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Find a learning rate" without a toolkit, on the calling thread. */
class RangeTestModelTest {
    private LabViewModel lab;
    private LrStripModel strip;
    private RangeTestModel test;

    @BeforeEach
    void setUp() {
        lab = new LabViewModel();
        strip = new LrStripModel(lab, Runnable::run, Runnable::run, Sweeper.sameThread());
        test = new RangeTestModel(lab, strip, Runnable::run, Runnable::run);
    }

    @Test
    void theTestRunsOnTheSelectedRunAboveTheLowestKnownValueAndItsSuggestionsGoOnTheStrip() {
        test.run();
        RangeTestResult r = test.resultProperty().get();
        assertNotNull(r);
        RangeTestConfig expected = RangeTestConfig.towards(StepMode.EXP, 1e-6, 10, 100)
                .withStopRule(0.05, 5).withAboveLowest(true);
        assertEquals(expected, r.config());
        assertEquals(RangeTest.lowestKnownValue(lab.landscape()), r.floor());
        assertEquals(test.floor(), r.floor());
        RangeTestResult direct = RangeTest.run(lab.selected().planProperty().get().spec(), expected);
        assertEquals(direct.rows(), r.rows(), "the run from its start");
        assertEquals(LrMarks.suggestions(r.suggestions()), strip.suggestionsProperty().get());
        assertFalse(strip.suggestionsProperty().get().isEmpty());
    }

    @Test
    void stepwiseTakesItsFactorAndLevels() {
        test.modeProperty().set(StepMode.STEPWISE);
        test.startLrProperty().set("1e-7");
        test.factorProperty().set("10");
        test.stepsPerLrProperty().set("5");
        test.smoothProperty().set("0");
        RangeTestConfig c = test.config();
        assertEquals(RangeTestConfig.stepwise(1e-7, 10, 5, 100).withAboveLowest(true), c);
        test.run();
        assertTrue(test.resultProperty().get().suggestions().seedPick().isPresent());
    }

    @Test
    void aRefusedSettingNamesItsFieldAndRunsNothing() {
        test.iterationsProperty().set("2.5");
        test.run();
        assertTrue(test.errorProperty().get().startsWith("iterations"), test.errorProperty().get());
        assertNull(test.resultProperty().get());
        test.iterationsProperty().set("100");
        test.startLrProperty().set("abc");
        assertThrows(InvalidParameterException.class, test::config);
        test.startLrProperty().set("-1");
        test.run();
        assertTrue(test.errorProperty().get().contains("start_lr"), test.errorProperty().get());
        test.startLrProperty().set("1e-6");
        test.run();
        assertEquals("", test.errorProperty().get());
    }

    @Test
    void usingASuggestionSetsTheRateAsShownAndReplaysFromStepZero() {
        test.run();
        LrMark steepest = test.suggestions().get(0);
        lab.setPlayhead(40);
        test.use(steepest);
        assertEquals(NumberText.round(steepest.lr(), 3), lab.selected().settings().optimizer().lr());
        assertTrue(lab.selected().planProperty().get().edits().isEmpty(), "applied from the start");
        assertTrue(lab.playingProperty().get());
        assertNotNull(test.resultProperty().get(), "a new learning rate keeps the test");
        lab.landscapeModel().set(lab.landscape().params().schema().params().get(0).name(), 3.0);
        assertNull(test.resultProperty().get(), "a new landscape drops it");
        assertTrue(strip.suggestionsProperty().get().isEmpty());
    }

    @Test
    void theStripsScanSaysHowGoodASuggestionIs() {
        LrScan scan = strip.scanProperty().get();
        int fastest = scan.fastest().orElseThrow();
        assertTrue(test.fastestOnTheStrip().contains(NumberText.short3(scan.lr(fastest))));
        assertTrue(test.fastestOnTheStrip().contains("in " + scan.outcome(fastest).eventStep() + " steps"));
        assertEquals("", test.onTheStrip(scan.lr(0) / 2), "off the strip");
        assertTrue(test.onTheStrip(scan.lr(fastest)).startsWith("converges"));
    }

    @Test
    void onARunOnDataTheTestGoesThroughItsBatchesForAFewEpochsOnTheNoisyBatchLoss() {
        String formulaNote = "above the landscape's lowest known value";
        test.fitToSelectedRun();
        assertTrue(test.noteProperty().get().contains(formulaNote), test.noteProperty().get());
        assertEquals("100", test.iterationsProperty().get(), "a formula keeps the typed iterations");
        lab.load(org.downhill.scenario.Presets.byId("batch-size-lr").scenario());
        lab.selectedProperty().set(lab.runs().get(1));
        test.fitToSelectedRun();
        assertEquals("102", test.iterationsProperty().get(), "6 epochs of 17 batches of 16 rows");
        String note = test.noteProperty().get();
        assertTrue(note.contains("batches of 16 rows (17 an epoch), shuffled each epoch: 102 iterations are 6 epochs"),
                note);
        test.run();
        RangeTestResult r = test.resultProperty().get();
        assertEquals(0, r.floor(), "losses of data are measured from 0");
        org.downhill.sim.Trajectory path = r.path();
        assertTrue(path.batched());
        for (int i = 0; i < r.rows(); i++) {
            assertEquals(path.batchLoss(i), r.loss(i));
            assertEquals(i / 17, path.epoch(i));
        }
        assertTrue(r.rows() > 50, "the test ran " + r.rows() + " of 102 iterations");
        assertTrue(r.suggestions().minimumDiv10().isPresent());
        test.iterationsProperty().set("34");
        test.run();
        assertTrue(test.noteProperty().get().contains("34 iterations are 2 epochs"), test.noteProperty().get());
    }
}
