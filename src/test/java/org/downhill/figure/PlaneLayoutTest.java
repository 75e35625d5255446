package org.downhill.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.downhill.figure.sketch.AwtText;
import org.downhill.render.Viewport;
import org.downhill.scenario.Preset;
import org.downhill.scenario.Presets;
import org.downhill.scenario.Scenario;
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
        int last = t.lastStep();
        assertTrue(t.loss(last) > t.loss(firstOutside), "the run kept climbing after it left");
        assertEquals("Left the view at step " + firstOutside + "\nf = " + Labels.number(t.loss(last)) + " at step "
                + last + ", growing", exit.label());
        for (String line : exit.label().split("\n")) {
            double textWidth = AwtText.INSTANCE.width(line, PlaneLayout.tagFont(scene.display().textScale()));
            assertTrue(exit.tag().width() > textWidth, "the tag holds its text");
        }
        assertEquals(2 * PlaneLayout.tagLine(scene.display().textScale()), exit.tag().height(),
                6 * scene.display().textScale() + 1e-9, "two lines");
        assertTrue(exit.tag().x() >= 0 && exit.tag().y() >= 0 && exit.tag().right() <= viewport.width()
                && exit.tag().bottom() <= viewport.height(), "the tag lies in the plot");
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

    @Test
    void withLessRoomTheLegendPutsEachDiagnosisUnderItsNameWrappedAndNoWiderThanTheRoom() {
        PlaneScene scene = preset("rosenbrock-sgd-adam");
        double text = scene.display().textScale();
        List<FigureRun> shown = scene.visibleRuns();
        double sideBySide = PlaneLayout.legendSideBySide(shown, AwtText.INSTANCE, text);
        assertEquals(new Box(0, 0, sideBySide, shown.size() * 21 * text + 10 * text),
                PlaneLayout.legendSize(shown, AwtText.INSTANCE, text, sideBySide), "one line a run where it fits");
        double widestWord = 0;
        for (FigureRun run : shown) {
            for (String word : (run.name() + " " + run.diagnosis().headline()).split(" ")) {
                widestWord = Math.max(widestWord, AwtText.INSTANCE.width(word, PlaneLayout.legendNameFont(text)));
            }
        }
        assertTrue(sideBySide - 1 - 21 > widestWord + 40 * text, "rooms to try");
        for (double room = sideBySide - 1; room >= widestWord + 40 * text; room -= 7) {
            Box legend = PlaneLayout.legendSize(shown, AwtText.INSTANCE, text, room);
            assertTrue(legend.width() <= room, legend + " in " + room);
            int lines = shown.size();
            for (FigureRun run : shown) {
                List<String> diagnosis = PlaneLayout.legendDiagnosis(run, AwtText.INSTANCE, text, legend.width());
                assertEquals(diagnosis, PlaneLayout.legendDiagnosis(run, AwtText.INSTANCE, text, room),
                        "the painter wraps at the legend's width as the layout wrapped at the room");
                assertEquals(run.diagnosis().headline(), String.join(" ", diagnosis), "every word, in order");
                for (String line : diagnosis) {
                    assertTrue(AwtText.INSTANCE.width(line, PlaneLayout.legendBadgeFont(text)) + 32 * text
                            < legend.width(), line);
                }
                lines += diagnosis.size();
            }
            assertEquals(lines * 21 * text + 10 * text, legend.height(), 1e-9, "a line for each name and part");
        }
    }

    @Test
    void aRunFallingWithoutBoundIsTaggedWithItsFallingLoss() {
        PlaneScene scene = preset("saddle-point");
        scene = scene.atStep(scene.steps());
        PlaneLayout layout = layout(scene, FigureOptions.SCREEN);
        assertEquals(1, layout.exits().size(), "the noisy run leaves along the falling direction");
        PlaneLayout.ExitMark exit = layout.exits().get(0);
        FigureRun run = scene.runs().get(exit.run());
        Trajectory t = run.trajectory();
        assertEquals("Falls without bound", run.diagnosis().headline());
        assertTrue(t.loss(t.lastStep()) < 0);
        assertTrue(exit.label().endsWith("f = " + Labels.number(t.loss(t.lastStep())) + " at step " + t.lastStep()
                + ", falling"), exit.label());
    }

    private record Case(String id, PlaneScene scene) {
    }

    /** Every preset at its playhead and at its end, with the step anatomy on, at a text scale, in a figure. */
    private static List<Case> everyPresetAt(double textScale) {
        List<Case> scenes = new ArrayList<>();
        for (Preset preset : Presets.all()) {
            PlaneScene scene = PlaneScene.of(preset.scenario());
            Scenario.Display d = scene.display();
            Scenario.Display display = new Scenario.Display(d.colorMap(), d.logScale(), d.contours(), d.minima(),
                    d.gradientField(), true, textScale, false);
            for (int step : new int[] {scene.step(), scene.steps()}) {
                scenes.add(new Case(preset.id(), new PlaneScene(scene.landscape(), scene.window(), display,
                        scene.steps(), scene.runs(), step, scene.paused(), scene.selected())));
            }
        }
        return scenes;
    }

    /** A preset's figure laid out at a text scale and a size, and where that is, for messages. */
    private record LaidOut(PlaneScene scene, PlaneLayout layout, String where) {
    }

    /** Every preset's figure ({@link #everyPresetAt}) at one and twice the text size, at 1280 x 720 and 1920 x 1080. */
    private static List<LaidOut> everyFigure() {
        List<LaidOut> figures = new ArrayList<>();
        for (double text : new double[] {1, 2}) {
            for (double[] size : new double[][] {{1280, 720}, {1920, 1080}}) {
                for (Case c : everyPresetAt(text)) {
                    PlaneScene scene = c.scene();
                    figures.add(new LaidOut(scene, PlanePainter.layout(scene, size[0], size[1], FigureOptions.SCREEN,
                            AwtText.INSTANCE), c.id() + " at " + text + "x, " + size[0] + " x " + size[1] + ", step "
                            + scene.step()));
                }
            }
        }
        return figures;
    }

    @Test
    void inEveryPresetsFigureAtOneAndTwiceTheTextSizeNoTwoLabelsMeetAndNoneLeavesThePlot() {
        int labels = 0;
        for (LaidOut figure : everyFigure()) {
            PlaneLayout layout = figure.layout();
            List<Box> boxes = layout.labelBoxes();
            String where = " in " + figure.where() + ": " + boxes;
            for (int i = 0; i < boxes.size(); i++) {
                Box b = boxes.get(i);
                assertTrue(b.x() >= 0 && b.y() >= 0 && b.right() <= layout.viewport().width()
                        && b.bottom() <= layout.viewport().height(), "label " + i + " leaves the plot" + where);
                for (int j = i + 1; j < boxes.size(); j++) {
                    assertFalse(b.intersects(boxes.get(j)), "labels " + i + " and " + j + " meet" + where);
                }
            }
            labels += boxes.size();
        }
        assertTrue(labels > 4 * 2 * Presets.all().size(), labels + " labels: legends, exit tags and anatomy labels");
    }

    @Test
    void theLegendCoversNoStartPointInAnyPreset() {
        for (Case c : everyPresetAt(1)) {
            PlaneScene scene = c.scene();
            PlaneLayout layout = layout(scene, FigureOptions.SCREEN);
            assertNoRunStartsIn(layout.legend().grow(4), scene, layout, "the legend of " + c.id());
        }
    }

    /** Fails if a visible run of the scene starts inside the box (in the layout's pixels). */
    private static void assertNoRunStartsIn(Box box, PlaneScene scene, PlaneLayout layout, String what) {
        for (FigureRun run : scene.visibleRuns()) {
            Trajectory t = run.trajectory();
            double px = layout.viewport().toPixelX(t.x(0));
            double py = layout.viewport().toPixelY(t.y(0));
            assertFalse(box.contains(px, py), run.name() + " starts under " + what);
        }
    }

    @Test
    void noExitTagCoversAStartPointInAnyPreset() {
        for (Case c : everyPresetAt(1)) {
            PlaneScene scene = c.scene().atStep(c.scene().steps());
            PlaneLayout layout = layout(scene, FigureOptions.SCREEN);
            for (PlaneLayout.ExitMark exit : layout.exits()) {
                assertNoRunStartsIn(exit.tag().grow(Markers.START_RADIUS + Markers.START_TICK), scene, layout,
                        "an exit tag of " + c.id());
            }
        }
    }

    @Test
    void noExitTagLiesOverItsOwnRunsPathInAnyPresetAtOneAndTwiceTheTextSize() {
        int tags = 0;
        for (LaidOut figure : everyFigure()) {
            PlaneScene scene = figure.scene();
            PlaneLayout layout = figure.layout();
            for (PlaneLayout.ExitMark exit : layout.exits()) {
                Trajectory t = scene.runs().get(exit.run()).trajectory();
                PathSegments path = PathSegments.of(t, Math.min(scene.step(), t.lastStep()), layout.viewport());
                assertTrue(path.size() > 0, "the run is drawn up to the edge");
                assertFalse(path.crosses(exit.tag()), "the exit tag in " + figure.where()
                        + " lies over its run's path: " + exit.tag());
                tags++;
            }
        }
        assertTrue(tags >= 8, tags + " exit tags checked");
    }

    @Test
    void aPathCrossesABoxOnlyWhereOneOfItsDrawnSegmentsPassesThrough() {
        PlaneScene scene = preset("lr-far-too-large");
        PlaneLayout layout = layout(scene.atStep(scene.steps()), FigureOptions.SCREEN);
        Viewport v = layout.viewport();
        Trajectory t = scene.runs().get(0).trajectory();
        PathSegments path = PathSegments.of(t, 1, v);
        double mx = (v.toPixelX(t.x(0)) + v.toPixelX(t.x(1))) / 2;
        double my = (v.toPixelY(t.y(0)) + v.toPixelY(t.y(1))) / 2;
        assertTrue(path.crosses(new Box(mx - 2, my - 2, 4, 4)), "the box on the first step's middle");
        assertFalse(path.crosses(new Box(mx + 40, my - 2, 4, 4)), "a box beside it");
        assertFalse(PathSegments.of(t, 0, v).crosses(new Box(mx - 2, my - 2, 4, 4)), "no step drawn at step 0");
    }

    @Test
    void anatomyLabelsSitByTheirArrowsAndNoArrowStartsOutOfView() {
        List<Case> cases = new ArrayList<>();
        for (double text : new double[] {1, 2}) {
            cases.addAll(everyPresetAt(text));
        }
        // the diverging run selected, at every step: its steps soon leave the view
        PlaneScene far = everyPresetAt(1).stream().filter(c -> c.id().equals("lr-far-too-large")).findFirst()
                .orElseThrow().scene();
        for (int k = 0; k <= far.steps(); k++) {
            cases.add(new Case("lr-far-too-large", far.atStep(k)));
        }
        int arrows = 0;
        for (Case c : cases) {
            PlaneScene scene = c.scene();
            double text = scene.display().textScale();
            PlaneLayout layout = PlanePainter.layout(scene, 1280, 720, FigureOptions.SCREEN, AwtText.INSTANCE);
            Viewport v = layout.viewport();
            for (PlaneLayout.Pointer p : layout.anatomy()) {
                String where = p.label() + " of " + c.id() + " at step " + scene.step() + ", " + text + "x";
                assertTrue(PlaneLayout.inView(v, p.x0(), p.y0()), "the arrow starts in view: " + where);
                assertTrue(PlaneLayout.inView(v, p.x1(), p.y1()), "the arrow ends in view: " + where);
                double d = PlaneLayout.distance(p.box(), p.x1(), p.y1());
                assertTrue(d <= PlaneLayout.ANATOMY_REACH * text, "the label is " + d + " px from its arrow: " + where);
                arrows++;
            }
        }
        assertTrue(arrows > 40, arrows + " arrows checked");
    }
}
