package org.downhill.ui.lr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.downhill.diagnose.Regime;
import org.downhill.diagnose.Stability;
import org.downhill.optim.OptimizerKind;
import org.downhill.figure.MapFigure;
import org.downhill.param.NumberText;
import org.downhill.sweep.StabilityMap;
import org.downhill.sweep.Sweeper;
import org.downhill.ui.model.LabViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stability map's view model without a toolkit, on the calling thread. */
class StabilityMapModelTest {
    private LabViewModel lab;
    private LrStripModel strip;
    private StabilityMapModel maps;

    @BeforeEach
    void setUp() {
        lab = new LabViewModel();
        strip = new LrStripModel(lab, Runnable::run, Runnable::run, Sweeper.sameThread());
        maps = new StabilityMapModel(lab, strip, Runnable::run, Runnable::run, Sweeper.sameThread());
    }

    @Test
    void onTheBowlTheDivergenceEdgeFollowsTwoTimesOnePlusBetaOverL() {
        maps = new StabilityMapModel(lab, strip, Runnable::run, Runnable::run,
                Sweeper.on(java.util.concurrent.ForkJoinPool.commonPool()));
        maps.compute();
        StabilityMap m = maps.mapProperty().get();
        assertEquals(StabilityMapModel.LR_POINTS, m.lrCount());
        assertEquals(StabilityMapModel.MOMENTUM_POINTS, m.momentumCount());
        assertEquals(1, maps.progressProperty().get());
        assertFalse(maps.computingProperty().get());
        assertEquals(Math.pow(10, strip.axis().lo()), m.lr(0), 1e-12 * m.lr(0));
        double largest = Stability.forRun(lab.selected().trajectory()).orElseThrow().largest();
        double cell = Math.pow(10, strip.axis().span() / (m.lrCount() - 1));
        double[][] drawn = maps.figure(600, 400, 1).edges();
        for (int k = 0; k <= MapFigure.EDGE_SAMPLES; k += 10) {
            double beta = m.momentum(0) + (m.momentum(m.momentumCount() - 1) - m.momentum(0)) * k
                    / MapFigure.EDGE_SAMPLES;
            assertEquals(2 * (1 + beta) / largest, drawn[k][0], 1e-12, "the white line at momentum " + beta);
        }
        for (int j = 0; j < m.momentumCount(); j += 10) {
            double edge = 2 * (1 + m.momentum(j)) / largest;
            int first = -1;
            for (int i = 0; i < m.lrCount() && first < 0; i++) {
                if (m.outcome(i, j).regime() == Regime.DIVERGES) {
                    first = i;
                }
            }
            assertTrue(first > 0, "row " + j);
            assertTrue(m.lr(first) / edge <= cell * 1.000001 && edge / m.lr(first - 1) <= cell * 1.000001,
                    "momentum " + m.momentum(j) + ": first diverging " + m.lr(first) + " vs edge " + edge);
        }
    }

    @Test
    void aClickSetsTheRunsRateAndMomentumAndTheReadoutNamesTheCell() {
        maps.compute();
        StabilityMap m = maps.mapProperty().get();
        maps.choose(30, 20);
        assertEquals(m.lr(30), lab.selected().settings().optimizer().lr());
        assertEquals(m.momentum(20), lab.selected().settings().optimizer().hyper().real("momentum"));
        assertEquals(m.momentum(20), maps.momentum());
        assertTrue(maps.readout(30, 20).startsWith("lr = " + NumberText.short3(m.lr(30)) + ", momentum = "
                + NumberText.short3(m.momentum(20)) + ": final loss "), maps.readout(30, 20));
    }

    @Test
    void adamMapsBetaOneAndAnOptimizerWithoutMomentumIsExplained() {
        lab.selected().setOptimizerKind(OptimizerKind.ADAM);
        maps.compute();
        assertEquals("beta1", maps.mapProperty().get().axis());
        assertEquals(0, maps.figure(600, 400, 1).edges()[50].length, "no known edge for Adam");
        lab.selected().setOptimizerKind(OptimizerKind.ADAGRAD);
        maps.compute();
        assertTrue(maps.messageProperty().get().contains("momentum"), maps.messageProperty().get());
    }

    @Test
    void cancellingStopsTheMapAndNothingIsShown() {
        List<Runnable> worker = new ArrayList<>();
        StabilityMapModel queued = new StabilityMapModel(lab, strip, worker::add, Runnable::run, Sweeper.sameThread());
        queued.compute();
        assertTrue(queued.computingProperty().get());
        queued.cancel();
        assertFalse(queued.computingProperty().get());
        worker.forEach(Runnable::run);
        assertNull(queued.mapProperty().get(), "a cancelled map is not shown");
    }
}
