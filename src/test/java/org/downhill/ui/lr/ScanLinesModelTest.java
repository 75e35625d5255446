package org.downhill.ui.lr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.sim.Settings;
import org.downhill.sweep.LrScan;
import org.downhill.sweep.Sweeper;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.RunViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scan chart's lines without a toolkit, on the calling thread: one per visible run. */
class ScanLinesModelTest {
    private LabViewModel lab;
    private LrStripModel strip;
    private ScanLinesModel lines;
    private RunViewModel sgd;
    private RunViewModel momentum;
    private RunViewModel adam;

    @BeforeEach
    void setUp() {
        lab = new LabViewModel();
        sgd = lab.selected();
        momentum = lab.addRun(Settings.of(OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", 0.05, "momentum", 0.9))));
        adam = lab.addRun(Settings.of(OptimizerSpec.of(OptimizerKind.ADAM, Map.of("lr", 0.1))));
        lab.selectedProperty().set(sgd);
        strip = new LrStripModel(lab, Runnable::run, Runnable::run, Sweeper.sameThread());
        lines = new ScanLinesModel(lab, strip, Runnable::run, Runnable::run, Sweeper.sameThread());
    }

    private static void assertSameOutcomes(LrScan expected, LrScan actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.lr(i), actual.lr(i));
            assertEquals(expected.outcome(i), actual.outcome(i), "at lr " + expected.lr(i));
        }
    }

    @Test
    void whileTheChartIsHiddenOnlyTheSelectedRunsOwnScanIsShown() {
        List<ScanLinesModel.Line> shown = lines.linesProperty().get();
        assertEquals(1, shown.size());
        assertTrue(shown.get(0).selected());
        assertSame(strip.scanProperty().get(), shown.get(0).scan());
    }

    @Test
    void aLinePerVisibleRunInItsColourEachTheScanOfThatRun() {
        lines.activeProperty().set(true);
        List<ScanLinesModel.Line> shown = lines.linesProperty().get();
        assertEquals(List.of(sgd.name(), momentum.name(), adam.name()),
                shown.stream().map(ScanLinesModel.Line::name).toList());
        assertEquals(List.of(sgd.color(), momentum.color(), adam.color()),
                shown.stream().map(ScanLinesModel.Line::color).toList());
        assertSame(strip.scanProperty().get(), shown.get(0).scan());
        LrAxis axis = strip.axis();
        for (int k = 1; k < 3; k++) {
            RunViewModel run = List.of(sgd, momentum, adam).get(k);
            assertSameOutcomes(LrStripModel.scan(Sweeper.sameThread(), LrStripModel.base(run, axis), axis,
                    LrStripModel.POINTS), shown.get(k).scan());
        }
        assertTrue(shown.get(1).scan().outcome(0).finalLoss() != shown.get(2).scan().outcome(0).finalLoss(),
                "the runs differ");
    }

    @Test
    void hidingARunDropsItsLineAndChangingOneRescansIt() {
        lines.activeProperty().set(true);
        momentum.visibleProperty().set(false);
        assertEquals(List.of(sgd.name(), adam.name()),
                lines.linesProperty().get().stream().map(ScanLinesModel.Line::name).toList());
        adam.change(Settings.of(OptimizerSpec.of(OptimizerKind.ADAM, Map.of("lr", 0.1, "betas", List.of(0.5, 0.999)))));
        LrAxis axis = strip.axis();
        assertSameOutcomes(LrStripModel.scan(Sweeper.sameThread(), LrStripModel.base(adam, axis), axis,
                LrStripModel.POINTS), lines.linesProperty().get().get(1).scan());
        strip.zoomIn();
        assertEquals(Math.pow(10, strip.axis().lo()), lines.linesProperty().get().get(1).scan().lr(0),
                1e-12 * Math.pow(10, strip.axis().lo()), "scanned over the new axis");
    }
}
