package org.downhill.ui.plane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.downhill.figure.FigureRun;
import org.downhill.figure.PlaneScene;
import org.downhill.scenario.Presets;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.RunPalette;
import org.downhill.ui.model.RunViewModel;
import org.junit.jupiter.api.Test;

/** The lab as a scene for the painters, without a toolkit: what it shows now, and only now. */
class LabSceneTest {

    @Test
    void theSceneHoldsTheLabsRunsAsTheyAreNow() {
        LabViewModel lab = new LabViewModel();
        lab.load(Presets.byId("rosenbrock-sgd-adam").scenario());
        lab.runs().get(0).visibleProperty().set(false);
        lab.selectedProperty().set(lab.runs().get(1));
        lab.setPlayhead(123);
        PlaneScene scene = LabScene.of(lab);
        assertEquals(lab.runs().size(), scene.runs().size());
        for (int i = 0; i < lab.runs().size(); i++) {
            RunViewModel run = lab.runs().get(i);
            FigureRun shown = scene.runs().get(i);
            assertEquals(run.name(), shown.name());
            assertEquals(RunPalette.hex(run.color()).toLowerCase(java.util.Locale.ROOT), shown.color().hex());
            assertEquals(run.isVisible(), shown.visible());
            assertSame(run.trajectory(), shown.trajectory());
            assertSame(run.diagnosis(), shown.diagnosis());
        }
        assertEquals(1, scene.selected());
        assertEquals(123, scene.step());
        assertEquals(lab.steps(), scene.steps());
        assertEquals(lab.view().window(), scene.window());
        assertEquals(lab.view().toDisplay(), scene.display());
        assertTrue(scene.paused());
    }

    @Test
    void laterChangesToTheLabDoNotReachTheScene() {
        LabViewModel lab = new LabViewModel();
        PlaneScene scene = LabScene.of(lab);
        double y50 = scene.runs().get(0).trajectory().y(50);
        lab.selected().hyperModel().set("lr", 0.02);
        lab.setPlayhead(40);
        lab.playingProperty().set(true);
        assertEquals(y50, scene.runs().get(0).trajectory().y(50));
        assertEquals(0, scene.step());
        assertFalse(LabScene.of(lab).paused());
        assertTrue(LabScene.of(lab).runs().get(0).trajectory().y(50) != y50);
    }
}
