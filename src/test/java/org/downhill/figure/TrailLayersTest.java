package org.downhill.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.stream.IntStream;
import org.downhill.figure.sketch.AwtText;
import org.downhill.figure.sketch.Java2DSketch;
import org.downhill.render.Viewport;
import org.downhill.scenario.Presets;
import org.downhill.sim.Trajectory;
import org.junit.jupiter.api.Test;

/**
 * The view's trail layers: appending the steps played frame by frame draws what one redraw at the
 * last step draws, and they redraw from step 0 only when the step moved back or what the trails
 * show changed.
 */
class TrailLayersTest {
    private static final double WIDTH = 800;
    private static final double HEIGHT = 560;

    /** A preset's scene, playing (no previews: the case the view appends in). */
    private static PlaneScene playing(String id, int step) {
        PlaneScene s = PlaneScene.of(Presets.byId(id).scenario());
        return new PlaneScene(s.landscape(), s.window(), s.display(), s.steps(), s.runs(), step, false, s.selected());
    }

    private static Viewport viewport(PlaneScene scene) {
        return PlanePainter.viewport(scene, PlanePainter.plotArea(WIDTH, HEIGHT, scene, FigureOptions.SCREEN));
    }

    /** The step by which a run has gone half its path's length on the screen. */
    private static int halfway(Trajectory t, Viewport v) {
        double[] along = new double[t.lastStep() + 1];
        for (int k = 1; k <= t.lastStep(); k++) {
            along[k] = along[k - 1] + Math.hypot(v.toPixelX(t.x(k)) - v.toPixelX(t.x(k - 1)),
                    v.toPixelY(t.y(k)) - v.toPixelY(t.y(k - 1)));
        }
        int k = 0;
        while (along[k] < along[t.lastStep()] / 2) {
            k++;
        }
        return k;
    }

    /** Two layers (halos, lines) drawn by one TrailLayers at each of the steps in turn. */
    private static BufferedImage[] drawn(PlaneScene scene, int... steps) {
        Viewport viewport = viewport(scene);
        Java2DSketch halos = new Java2DSketch(viewport.width(), viewport.height(), 1);
        Java2DSketch lines = new Java2DSketch(viewport.width(), viewport.height(), 1);
        TrailLayers layers = new TrailLayers();
        for (int step : steps) {
            layers.paint(halos, lines, scene.atStep(step), viewport, () -> { });
        }
        return new BufferedImage[] {halos.image(), lines.image()};
    }

    /**
     * The pixels at least half covered in a that no pixel at least half covered in b within one
     * pixel of it matches in colour (each channel within a fifth), and the other way round: what
     * is drawn in one and not in the other, not a stroke's anti-aliased edge drawn a little more or
     * less opaque (strokes appended one after another add up their edges' partial cover).
     */
    private static int differing(BufferedImage a, BufferedImage b) {
        return unmatched(a, b) + unmatched(b, a);
    }

    private static int unmatched(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (covered(a.getRGB(x, y)) && !matched(a.getRGB(x, y), b, x, y)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean covered(int argb) {
        return argb >>> 24 >= 128;
    }

    private static boolean matched(int p, BufferedImage b, int x, int y) {
        for (int v = Math.max(0, y - 1); v <= Math.min(b.getHeight() - 1, y + 1); v++) {
            for (int u = Math.max(0, x - 1); u <= Math.min(b.getWidth() - 1, x + 1); u++) {
                int q = b.getRGB(u, v);
                if (covered(q) && close(p, q)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean close(int p, int q) {
        for (int shift = 0; shift < 24; shift += 8) {
            if (Math.abs((p >>> shift & 0xff) - (q >>> shift & 0xff)) > 48) {
                return false;
            }
        }
        return true;
    }

    private static int painted(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) >>> 24) != 0) {
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * Each run alone, on paths that do not cross themselves (where paths cross, the later stretch
     * lies on top when appending, the later run and the markers in a redraw), both layers.
     */
    @Test
    void appendingTheStepsPlayedFrameByFrameDrawsWhatOneRedrawDraws() {
        PlaneScene both = playing("lr-just-right", 0);
        int end = both.steps();
        int[] frames = IntStream.rangeClosed(0, end / 2).map(k -> 2 * k).toArray();
        for (int run = 0; run < both.runs().size(); run++) {
            PlaneScene scene = both.only(run);
            BufferedImage[] appended = drawn(scene, frames);
            BufferedImage[] redrawn = drawn(scene, end);
            BufferedImage[] half = drawn(scene, halfway(scene.runs().get(run).trajectory(), viewport(scene)));
            for (int layer = 0; layer < 2; layer++) {
                int ink = painted(redrawn[layer]);
                assertTrue(ink > 1000, "the trail is drawn: " + ink + " pixels");
                int off = differing(appended[layer], redrawn[layer]);
                assertTrue(off < ink / 100, "run " + run + ", layer " + layer + ": " + off + " of " + ink + " differ");
                int shorter = differing(half[layer], redrawn[layer]);
                assertTrue(shorter > ink / 10, "the comparison sees a shorter trail: " + shorter + " of " + ink);
            }
        }
    }

    @Test
    void theyRedrawFromStepZeroOnlyWhenTheStepMovesBackOrTheTrailsChange() {
        PlaneScene scene = playing("rosenbrock-sgd-adam", 10);
        Viewport viewport = viewport(scene);
        Java2DSketch halos = new Java2DSketch(viewport.width(), viewport.height(), 1);
        Java2DSketch lines = new Java2DSketch(viewport.width(), viewport.height(), 1);
        TrailLayers layers = new TrailLayers();
        int[] clears = {0};
        Runnable clear = () -> clears[0]++;
        assertTrue(layers.paint(halos, lines, scene, viewport, clear), "the first frame draws everything");
        assertFalse(layers.paint(halos, lines, scene.atStep(12), viewport, clear), "playing on appends");
        assertFalse(layers.paint(halos, lines, scene.atStep(12), viewport, clear), "nothing changed");
        assertFalse(layers.paint(halos, lines, scene.atStep(40), viewport, clear), "a jump forward appends");
        assertEquals(1, clears[0]);
        assertTrue(layers.paint(halos, lines, scene.atStep(39), viewport, clear), "the step moved back");
        PlaneScene paused = new PlaneScene(scene.landscape(), scene.window(), scene.display(), scene.steps(),
                scene.runs(), 39, true, scene.selected());
        assertTrue(layers.paint(halos, lines, paused, viewport, clear), "paused: the paths ahead are shown");
        assertTrue(layers.paint(halos, lines, paused.atStep(45), viewport, clear), "paused, the preview moves");
        assertTrue(layers.paint(halos, lines, scene.atStep(45), viewport, clear), "playing again");
        assertTrue(layers.paint(halos, lines, scene.atStep(46), viewport.zoom(10, 10, 1.5), clear), "zoomed");
        PlaneScene hidden = scene.only(1).atStep(46);
        assertTrue(layers.paint(halos, lines, hidden, viewport.zoom(10, 10, 1.5), clear), "a run was hidden");
        PlaneScene resimulated = playing("rosenbrock-sgd-adam", 47);
        assertTrue(layers.paint(halos, lines, resimulated, viewport.zoom(10, 10, 1.5), clear), "new trajectories");
        layers.invalidate();
        assertTrue(layers.paint(halos, lines, resimulated, viewport.zoom(10, 10, 1.5), clear), "invalidated");
        assertEquals(9, clears[0]);
    }

    @Test
    void theMarksOverTheTrailsAreTheLayoutsExitTagsAndLegend() {
        PlaneScene scene = playing("lr-far-too-large", 0);
        scene = scene.atStep(scene.steps());
        PlaneLayout layout = PlanePainter.layout(scene, WIDTH, HEIGHT, FigureOptions.SCREEN, AwtText.INSTANCE);
        assertEquals(1, layout.exits().size(), "one run left the view");
        Java2DSketch marks = new Java2DSketch(layout.viewport().width(), layout.viewport().height(), 1);
        new PlanePainter().paintMarksUnder(marks, scene, layout);
        new PlanePainter().paintMarksOver(marks, scene, layout);
        for (Box box : layout.labelBoxes()) {
            int cx = (int) (box.x() + box.width() / 2);
            int cy = (int) (box.y() + box.height() / 2);
            assertTrue((marks.image().getRGB(cx, cy) >>> 24) >= Math.round(255 * FigureStyle.PANEL.opacity()),
                    "a label's panel is drawn at " + box);
        }
    }
}
