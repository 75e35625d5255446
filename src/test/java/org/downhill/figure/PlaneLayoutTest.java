package org.downhill.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.downhill.figure.sketch.AwtText;
import org.downhill.render.Viewport;
import org.downhill.scenario.Presets;
import org.downhill.sim.Trajectory;
import org.junit.jupiter.api.Test;

/** Where a figure's legend and exit tags go, decided before drawing. */
class PlaneLayoutTest {
    private static final double WIDTH = 800;
    private static final double HEIGHT = 560;

    private static PlaneScene preset(String id) {
        return PlaneScene.of(Presets.byId(id).scenario());
    }

    private static PlaneLayout layout(PlaneScene scene, FigureOptions options) {
        return PlanePainter.layout(scene, WIDTH, HEIGHT, options, AwtText.INSTANCE);
    }

    @Test
    void aRunThatLeftTheViewGetsAnExitTagSayingWhen() {
        PlaneScene scene = preset("lr-far-too-large");
        scene = scene.atStep(scene.steps());
        PlaneLayout layout = layout(scene, FigureOptions.SCREEN);
        assertEquals(1, layout.exits().size());
        PlaneLayout.ExitMark exit = layout.exits().get(0);
        Trajectory t = scene.runs().get(exit.run()).trajectory();
        Viewport viewport = layout.viewport();
        int firstOutside = 0;
        while (inView(viewport, t.x(firstOutside), t.y(firstOutside))) {
            firstOutside++;
        }
        assertFalse(t.termination().diverged(), "60 steps growing 1.5-fold stay under the stop rule's magnitude");
        assertEquals("Left the view at step " + firstOutside, exit.label());
        double textWidth = AwtText.INSTANCE.width(exit.label(), PlaneLayout.tagFont(scene.display().textScale()));
        assertTrue(exit.tag().width() > textWidth, "the tag holds its text");
        assertTrue(exit.tag().x() >= 2 && exit.tag().y() >= 2);
        assertTrue(exit.x() >= 0 && exit.x() <= layout.viewport().width() && exit.y() >= 0
                && exit.y() <= layout.viewport().height(), "the mark is on the plot's edge");
        assertEquals(exit, layout.exitOf(exit.run()));
    }

    private static boolean inView(Viewport viewport, double x, double y) {
        double px = viewport.toPixelX(x);
        double py = viewport.toPixelY(y);
        return px >= 0 && py >= 0 && px <= viewport.width() && py <= viewport.height();
    }

    @Test
    void beforeAnyRunLeavesTheViewThereIsNoExitTag() {
        assertTrue(layout(preset("lr-far-too-large").atStep(0), FigureOptions.SCREEN).exits().isEmpty());
    }

    @Test
    void theLegendIsWideEnoughForEveryNameAndDiagnosisAndLeftOutWhenNotAsked() {
        PlaneScene scene = preset("rosenbrock-sgd-adam");
        Box legend = layout(scene, FigureOptions.SCREEN).legend();
        double text = scene.display().textScale();
        for (FigureRun run : scene.visibleRuns()) {
            double needed = AwtText.INSTANCE.width(run.name(), PlaneLayout.legendNameFont(text))
                    + AwtText.INSTANCE.width(run.diagnosis().headline(), PlaneLayout.legendBadgeFont(text));
            assertTrue(legend.width() > needed + 40 * text, run.name());
        }
        assertEquals(scene.visibleRuns().size() * 21 * text + 10 * text, legend.height(), 1e-9);
        assertNull(layout(scene, new FigureOptions(false, true, false)).legend());
    }
}
