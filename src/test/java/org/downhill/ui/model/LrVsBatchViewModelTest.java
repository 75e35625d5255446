package org.downhill.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.downhill.claim.Numbers;
import org.downhill.data.LargestLearningRate;
import org.downhill.data.ModelLandscape;
import org.downhill.landscape.Landscapes;
import org.downhill.scenario.DataSets;
import org.junit.jupiter.api.Test;

/** The batch-size measurement in the app, without a toolkit (measured on the calling thread). */
class LrVsBatchViewModelTest {

    @Test
    void nothingToMeasureOnAFormula() {
        LabViewModel lab = new LabViewModel();
        LrVsBatchViewModel m = new LrVsBatchViewModel(lab);
        assertFalse(m.canMeasure());
        m.measure();
        assertNull(m.resultProperty().get());
    }

    @Test
    void theMeasurementIsTheLargestLearningRateSearchAndTheCaptionItsNumbers() {
        LabViewModel lab = new LabViewModel();
        TrainingViewModel training = new TrainingViewModel(lab);
        training.openShipped(DataSets.byName("line"));
        training.setStandardize(true);
        LrVsBatchViewModel m = new LrVsBatchViewModel(lab);
        assertTrue(m.canMeasure());
        m.measure();
        LrVsBatchViewModel.Result r = m.resultProperty().get();
        assertFalse(m.runningProperty().get());
        ModelLandscape f = (ModelLandscape) lab.landscape();
        double target = LrVsBatchViewModel.TARGET_FACTOR * f.criticalPoints().get(0).value();
        assertEquals(target, r.target());
        LargestLearningRate search = new LargestLearningRate(f, 0, 0, lab.selected().settings(), true, 1,
                LrVsBatchViewModel.REPEATS, LrVsBatchViewModel.EPOCHS, target);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < LrVsBatchViewModel.SIZES.size(); i++) {
            LargestLearningRate.Edge e = search.find(LrVsBatchViewModel.SIZES.get(i));
            assertEquals(e, r.edges().get(i));
            parts.add(Numbers.format(e.lr()));
        }
        String caption = LrVsBatchViewModel.caption(r);
        assertTrue(caption.contains("B = 1: " + parts.get(0) + ", B = 4: " + parts.get(1) + ", B = 16: " + parts.get(2)
                + ", B = 64 (= all rows): " + parts.get(3) + ", B = all rows: " + parts.get(4) + "."), caption);
        assertTrue(caption.contains("2/L at the minimum: " + Numbers.format(f.conditioning().twoOverL())), caption);
        double ratio = r.edges().get(4).lr() / r.edges().get(0).lr();
        assertTrue(caption.contains("All rows allow " + Numbers.format(ratio) + " times the rate of batch 1"), caption);
        assertEquals(LrVsBatchViewModel.growing(r), caption.contains("grows with every larger batch"), caption);
        assertTrue(ratio > 1, "larger batches allow larger rates here: " + caption);

        lab.setLandscapeFamily(Landscapes.byId("bowl"));
        assertNull(m.resultProperty().get(), "a new landscape forgets the measurement");
    }
}
