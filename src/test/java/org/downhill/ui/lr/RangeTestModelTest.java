package org.downhill.ui.lr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.downhill.figure.TestPath;
import org.downhill.param.InvalidParameterException;
import org.downhill.param.NumberText;
import org.downhill.rangetest.RangeTest;
import org.downhill.rangetest.RangeTermination;
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
        test = new RangeTestModel(lab, strip, Runnable::run, Runnable::run, () -> { });
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
    void theTestGrowsLiveInOrderAtMostOncePerTurnAndEndsAsTheTestRunAtOnce() {
        Queue<Runnable> fx = new ArrayDeque<>();
        List<RangeTestProgress> seen = new ArrayList<>();
        List<Integer> pathRows = new ArrayList<>();
        int[] pauses = {0};
        // the pace stands for a frame: the FX thread takes what was posted, once
        RangeTestModel live = new RangeTestModel(lab, strip, Runnable::run, fx::add, () -> {
            pauses[0]++;
            fx.poll().run();
        });
        live.progressProperty().addListener((obs, old, now) -> seen.add(now));
        lab.testPathProperty().addListener((obs, old, now) -> pathRows.add(now.rows()));
        live.iterationsProperty().set("400");
        live.run();
        assertTrue(live.runningProperty().get());
        assertNull(live.resultProperty().get(), "no result before every row is shown");
        assertEquals(1, fx.size(), "the last prefix waits for the FX thread");
        fx.poll().run();
        assertTrue(fx.isEmpty());
        RangeTestResult atOnce = RangeTest.run(lab.selected().planProperty().get().spec(), live.config());
        RangeTestResult r = live.resultProperty().get();
        assertFalse(live.runningProperty().get());
        assertEquals(pauses[0] + 1, seen.size(), "one prefix per frame");
        assertTrue(seen.size() > 2 && seen.size() <= RangeTestModel.LIVE_FRAMES, seen.size() + " prefixes");
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i).rows() > seen.get(i - 1).rows(), "growing at " + i);
            assertSame(r, seen.get(i).result());
        }
        assertTrue(seen.get(seen.size() - 1).done());
        assertEquals(seen.stream().map(RangeTestProgress::rows).toList(), pathRows, "the path grows with the plot");
        assertEquals(atOnce.rows(), r.rows());
        for (int i = 0; i < r.rows(); i++) {
            assertEquals(atOnce.lr(i), r.lr(i));
            assertEquals(atOnce.loss(i), r.loss(i));
            assertEquals(atOnce.smoothed(i), r.smoothed(i));
        }
        assertEquals(atOnce.termination(), r.termination());
        TestPath path = lab.testPathProperty().get();
        assertEquals(RangeTestModel.PATH_LABEL, path.label());
        assertEquals(r.rows(), path.rows());
        assertEquals(r.termination() != RangeTermination.COMPLETED, path.stopped());
        assertSame(r.path(), path.path());
    }

    @Test
    void aNewTestOrClosingThePanelStopsTheOneShownAndRemovesItsPath() {
        Queue<Runnable> fx = new ArrayDeque<>();
        Queue<Runnable> worker = new ArrayDeque<>();
        RangeTestModel live = new RangeTestModel(lab, strip, worker::add, fx::add, () -> { });
        live.run();
        worker.poll().run();
        fx.poll().run();
        assertNotNull(lab.testPathProperty().get());
        live.iterationsProperty().set("50");
        live.run();
        assertNull(lab.testPathProperty().get(), "a new test removes the old path at once");
        assertNull(live.progressProperty().get());
        worker.poll().run();
        fx.poll().run();
        assertEquals(live.resultProperty().get().rows(), lab.testPathProperty().get().rows());
        assertTrue(live.resultProperty().get().rows() <= 50, "the newest test is the one shown");
        live.clear();
        assertNull(lab.testPathProperty().get());
        assertNull(live.resultProperty().get());
        assertFalse(live.runningProperty().get());
        live.run();
        live.clear();
        worker.poll().run();
        assertTrue(fx.isEmpty(), "a test cleared before it ran posts nothing");
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
        assertNull(lab.testPathProperty().get(), "and its path");
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
