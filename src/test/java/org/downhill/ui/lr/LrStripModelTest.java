package org.downhill.ui.lr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.downhill.data.Model;
import org.downhill.data.ModelLandscape;
import org.downhill.diagnose.Regime;
import org.downhill.diagnose.Stability;
import org.downhill.scenario.DataSets;
import org.downhill.sim.RunPlan;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Simulator;
import org.downhill.sim.Trajectory;
import org.downhill.sweep.LrScan;
import org.downhill.sweep.Outcome;
import org.downhill.sweep.Sweeper;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.RunViewModel;
import org.downhill.ui.model.TrainingViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The learning-rate strip's view model, without a toolkit, its scans on the calling thread. */
class LrStripModelTest {
    private LabViewModel lab;
    private LrStripModel strip;
    private int scans;

    @BeforeEach
    void setUp() {
        lab = new LabViewModel();
        Executor counting = task -> {
            scans++;
            task.run();
        };
        strip = new LrStripModel(lab, counting, Runnable::run, Sweeper.sameThread());
        strip.setWidth(600);
    }

    private RunViewModel run() {
        return lab.selected();
    }

    private double lr() {
        return run().settings().optimizer().lr();
    }

    @Test
    void theScanCoversTheAxisWithTwoHundredRatesAndItsBandsChangeAtOneAndTwoOverL() {
        LrScan scan = strip.scanProperty().get();
        LrAxis axis = strip.axis();
        assertEquals(LrStripModel.POINTS, scan.size());
        assertEquals(Math.pow(10, axis.lo()), scan.lr(0), 1e-12 * scan.lr(0));
        assertEquals(Math.pow(10, axis.hi()), scan.lr(scan.size() - 1), 1e-12 * scan.lr(scan.size() - 1));
        Stability s = Stability.forRun(run().trajectory()).orElseThrow();
        assertTrue(axis.contains(s.overshootLr()) && axis.contains(s.edgeLr()), "the default axis shows 1/L and 2/L");
        double cell = Math.pow(10, axis.span() / (scan.size() - 1));
        int firstOvershoot = -1;
        int firstDiverging = -1;
        for (int i = 0; i < scan.size(); i++) {
            Regime r = scan.outcome(i).regime();
            if (firstOvershoot < 0 && r == Regime.CONVERGES_OSCILLATING) {
                firstOvershoot = i;
            }
            if (firstDiverging < 0 && r == Regime.DIVERGES) {
                firstDiverging = i;
            }
        }
        assertTrue(scan.lr(firstOvershoot) / s.overshootLr() <= cell && s.overshootLr() / scan.lr(firstOvershoot - 1) <= cell,
                "overshoot starts within a cell of 1/L");
        assertTrue(scan.lr(firstDiverging) / s.edgeLr() <= cell && s.edgeLr() / scan.lr(firstDiverging - 1) <= cell,
                "divergence starts within a cell of 2/L");
    }

    @Test
    void theTheoryMarksAreOneAndTwoOverLAndTheMomentumEdgeWithMomentum() {
        Stability s = Stability.forRun(run().trajectory()).orElseThrow();
        List<LrMark> marks = strip.theoryProperty().get();
        assertEquals(List.of("1/L", "2/L"), marks.stream().map(LrMark::label).toList());
        assertEquals(s.overshootLr(), marks.get(0).lr());
        assertEquals(s.edgeLr(), marks.get(1).lr());
        run().hyperModel().set("momentum", 0.5);
        marks = strip.theoryProperty().get();
        assertEquals("2(1+β)/L", marks.get(2).label());
        assertEquals(2 * 1.5 / s.largest(), marks.get(2).lr(), 1e-12);
    }

    @Test
    void changingOnlyTheLearningRateDoesNotRescanButAnythingElseOfTheRunDoes() {
        LrScan before = strip.scanProperty().get();
        int count = scans;
        strip.setLr(0.07);
        assertEquals(0.07, lr());
        assertEquals(count, scans, "no new scan for a new learning rate");
        assertSame(before, strip.scanProperty().get());
        run().hyperModel().set("momentum", 0.3);
        assertEquals(count + 1, scans);
        assertNotSame(before, strip.scanProperty().get());
        LrScan withMomentum = strip.scanProperty().get();
        lab.setSteps(300);
        assertNotSame(withMomentum, strip.scanProperty().get());
        LrScan longer = strip.scanProperty().get();
        lab.landscapeModel().set(lab.landscape().params().schema().params().get(0).name(), 3.0);
        assertNotSame(longer, strip.scanProperty().get(), "a new landscape, a new scan");
        LrScan other = strip.scanProperty().get();
        strip.zoomIn();
        assertNotSame(other, strip.scanProperty().get(), "a new axis, a new scan");
    }

    @Test
    void aHundredPixelsSpanAtMostADecadeAndShiftDragsTenTimesFiner() {
        strip.setWidth(400);
        strip.zoomOut();
        strip.zoomOut();
        assertTrue(strip.axis().span() <= 4 + 1e-12, "400 px show at most 4 decades: " + strip.axis());
        LrAxis axis = strip.axis();
        double x = strip.x(lr());
        double start = lr();
        strip.press(x);
        assertEquals(start, lr(), "pressing the thumb does not move it");
        strip.dragTo(x + 100, false);
        double coarse = Math.log10(lr() / start);
        assertEquals(100 / 400.0 * axis.span(), coarse, 0.005, "a drag moves with the pointer");
        assertTrue(coarse <= 1 + 0.005);
        strip.dragTo(x + 100, true);
        double at = lr();
        assertEquals(at, lr(), "pressing Shift does not move the rate");
        strip.dragTo(x + 200, true);
        double fine = Math.log10(lr() / at);
        assertEquals(coarse / 10, fine, 0.0005, "Shift-drag: ten times finer");
        assertEquals(axis, strip.axis(), "the axis stays put while dragging");
        strip.release();
        assertFalse(strip.draggingProperty().get());
    }

    @Test
    void aPressOffTheThumbMovesTheRateThereAndTheAxisHoldsDuringADrag() {
        strip.press(strip.width());
        assertEquals(Math.pow(10, strip.axis().hi()), lr(), 0.005 * lr());
        LrAxis axis = strip.axis();
        strip.dragTo(strip.width() + 500, false);
        assertEquals(axis, strip.axis());
        assertTrue(lr() <= Math.pow(10, axis.hi()) * 1.005, "a drag stays on the axis");
        strip.zoomIn();
        assertEquals(axis, strip.axis(), "no zoom while dragging");
        strip.release();
    }

    @Test
    void theArrowKeysMoveByAHundredthOfADecade() {
        double start = lr();
        strip.nudge(1);
        assertEquals(start * Math.pow(10, 0.01), lr(), 0.0001 * start);
        strip.nudge(-1);
        assertEquals(start, lr(), 0.0001 * start);
    }

    @Test
    void aTypedValueIsAcceptedExactlyAnywhereAllowedAndARefusedOneSaysWhy() {
        strip.type("0.1234567");
        assertEquals(0.1234567, lr());
        assertEquals("", strip.errorProperty().get());
        strip.type("-1");
        assertEquals(0.1234567, lr(), "refused");
        assertTrue(strip.errorProperty().get().contains("lr"), strip.errorProperty().get());
        strip.type("abc");
        assertFalse(strip.errorProperty().get().isEmpty());
        strip.type("3e-9");
        assertEquals(3e-9, lr());
        assertTrue(strip.axis().contains(3e-9), "the axis moves to show a typed rate: " + strip.axis());
        assertTrue(strip.outerProperty().get().lo() <= Math.log10(3e-9));
        assertEquals("", strip.errorProperty().get());
    }

    @Test
    void aNarrowTrackNarrowsTheAxis() {
        strip.setWidth(150);
        assertTrue(strip.axis().span() <= 1.5 + 1e-12);
        assertTrue(strip.axis().contains(lr()), "around the rate");
    }

    @Test
    void suggestionsStayUntilTheRunChangesAndFollowTheSelectedRun() {
        strip.showSuggestions(List.of(new LrMark("steepest", 0.01, "x", LrMark.Kind.SUGGESTION)));
        strip.setLr(0.02);
        assertEquals(1, strip.suggestionsProperty().get().size(), "the learning rate is not the run's landscape");
        run().hyperModel().set("momentum", 0.2);
        assertTrue(strip.suggestionsProperty().get().isEmpty());
        RunViewModel first = run();
        RunViewModel second = lab.duplicate(first);
        lab.selectedProperty().set(second);
        second.hyperModel().set("lr", 0.15);
        assertEquals(0.15, strip.lrProperty().get());
        first.hyperModel().set("lr", 0.01);
        assertEquals(0.15, strip.lrProperty().get(), "only the selected run shows");
        assertNotNull(strip.scanProperty().get());
        assertNotEquals(0.01, strip.lrProperty().get());
    }

    @Test
    void theReadoutIsTheScannedRunNearestToThePointer() {
        LrScan scan = strip.scanProperty().get();
        int i = scan.fastest().orElseThrow();
        String text = strip.readout(strip.x(scan.lr(i)));
        assertTrue(text.startsWith("lr = " + org.downhill.param.NumberText.short3(scan.lr(i)) + ": final loss "), text);
        assertTrue(text.endsWith("in " + scan.outcome(i).eventStep() + " steps"), text);
        assertEquals("", strip.readout(-50), "off the scan");
    }

    @Test
    void theScanRunsOnTheWorkerNotOnTheCallingThreadAndOnlyTheNewestIsShown() {
        List<Runnable> worker = new ArrayList<>();
        List<Runnable> fx = new ArrayList<>();
        LrStripModel queued = new LrStripModel(lab, worker::add, fx::add, Sweeper.sameThread());
        assertNull(queued.scanProperty().get(), "nothing computed on the calling thread");
        assertTrue(queued.computingProperty().get());
        queued.setLr(0.3);
        assertEquals(0.3, queued.lrProperty().get(), "the rate follows at once");
        run().hyperModel().set("momentum", 0.4);
        queued.zoomIn();
        while (!worker.isEmpty() || !fx.isEmpty()) {
            List<Runnable> tasks = new ArrayList<>(worker.isEmpty() ? fx : worker);
            (worker.isEmpty() ? fx : worker).clear();
            tasks.forEach(Runnable::run);
        }
        LrScan shown = queued.scanProperty().get();
        assertNotNull(shown);
        assertFalse(queued.computingProperty().get());
        assertEquals(Math.pow(10, queued.axis().lo()), shown.lr(0), 1e-12 * shown.lr(0), "the newest axis");
        LrScan direct = LrScan.run(Sweeper.sameThread(), run().planProperty().get().spec().withSettings(run().settings()),
                shown.lr(0), shown.lr(shown.size() - 1), shown.size(), new org.downhill.sweep.Cancellation(),
                org.downhill.sweep.Progress.NONE);
        for (int i = 0; i < shown.size(); i++) {
            assertEquals(direct.outcome(i), shown.outcome(i), "the run with momentum 0.4, at rate " + i);
        }
    }

    /**
     * On the Old Faithful line (standardized, mini-batches of 16, 10 epochs, rows shuffled as the app
     * sets them, and in stored order), every rate around 0.5 that the strip reads as converging at a
     * step is there in the full-data loss: the loss at that step is no higher than the highest the
     * run jitters to afterwards (a run still far out at that step, as the stored-order run after
     * step 1 with its loss of 260, would fail it).
     */
    @Test
    void aNoisyRunReadAsSettledAtAStepIsInItsJitterBandByThen() {
        TrainingViewModel training = new TrainingViewModel(lab);
        lab.setLandscape(ModelLandscape.of(Model.LINEAR, DataSets.byName("faithful").data(),
                List.of("eruptions", "waiting"), true), true);
        training.setBatchSize(16);
        training.setEpochs(10);
        for (boolean shuffle : new boolean[] {true, false}) {
            training.setShuffle(shuffle);
            strip.setRange(-0.7, -0.2);
            LrScan scan = strip.scanProperty().get();
            RunSpec base = run().planProperty().get().spec().withSettings(run().settings());
            int read = 0;
            for (int i = 0; i < scan.size(); i++) {
                Outcome o = scan.outcome(i);
                if (!o.regime().converging() || o.eventStep() < 0) {
                    continue;
                }
                read++;
                Trajectory t = Simulator.run(RunPlan.of(LrScan.withLr(base, scan.lr(i))));
                double band = 0;
                for (int k = o.eventStep() + 1; k <= t.lastStep(); k++) {
                    band = Math.max(band, t.loss(k));
                }
                assertTrue(t.loss(o.eventStep()) <= band, (shuffle ? "shuffled" : "stored order") + ", lr "
                        + scan.lr(i) + ": " + ScanReading.describe(o) + ", yet the loss there is "
                        + t.loss(o.eventStep()) + ", above all it reaches afterwards (" + band + ")");
            }
            assertTrue(read > scan.size() / 2, "most rates are read with a step: " + read + " of " + scan.size());
        }
    }
}
