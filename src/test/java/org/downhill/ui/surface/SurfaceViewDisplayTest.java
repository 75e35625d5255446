package org.downhill.ui.surface;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.downhill.ui.MainWindow;
import org.downhill.ui.TestWindows;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.ViewLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window showing the 3D view on a real display (the {@code display} profile, under Xvfb
 * on CI, with {@code prism.forceGPU=true} so that Mesa's software OpenGL is used): it draws the
 * surface and the run.
 */
@Tag("display")
@ExtendWith(ApplicationExtension.class)
class SurfaceViewDisplayTest {
    private LabViewModel lab;
    private MainWindow window;
    private SurfaceView view;

    @Start
    void start(Stage stage) {
        lab = new LabViewModel();
        lab.setPlayhead(lab.steps());
        lab.view().layoutProperty().set(ViewLayout.SURFACE);
        window = TestWindows.open(stage, lab);
        view = window.surface();
    }

    @AfterEach
    void stop() {
        window.stop();
    }

    @Test
    void theSurfaceAndTheRunAreDrawn(FxRobot robot) {
        assertTrue(view.is3D(), "3D is supported on this display (prism.forceGPU=true)");
        Color run = lab.runs().get(0).color();
        WritableImage image = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        int runPixels = 0;
        while (System.nanoTime() < deadline) {
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            WritableImage[] shot = new WritableImage[1];
            robot.interact(() -> shot[0] = view.snapshot(1));
            image = shot[0];
            runPixels = countLike(image, run);
            if (runPixels > 30) {
                break;
            }
        }
        assertTrue(distinctColours(image) > 200, "a shaded surface, not a blank picture");
        assertTrue(runPixels > 30, "the run's tube and ball in its colour: " + runPixels + " pixels");
    }

    @Test
    void theLegendColourBarAndExitNoteCoverNoAxisLabelAndNoOtherNote(FxRobot robot) {
        robot.interact(() -> {
            lab.load(org.downhill.scenario.Presets.byId("lr-far-too-large").scenario());
            lab.setPlayhead(lab.steps());
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && !(view.builtProperty().get()
                && !robot.lookup(".exit-note-3d").queryAll().isEmpty())) {
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        }
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        java.util.List<javafx.geometry.Bounds> notes = robot.lookup(".exit-note-3d").queryAll().stream()
                .map(n -> n.localToScene(n.getLayoutBounds())).toList();
        java.util.List<javafx.geometry.Bounds> ticks = robot.lookup(".axis-label-3d").queryAll().stream()
                .map(n -> n.localToScene(n.getLayoutBounds())).toList();
        assertTrue(!notes.isEmpty(), "the diverging run's exit note is shown");
        assertTrue(ticks.size() > 5, "and the axis labels");
        LabelOverlay overlay = robot.lookup(".surface-labels").queryAs(LabelOverlay.class);
        org.downhill.figure.SurfaceOverlay placed = overlay.placement();
        assertTrue(placed.legend() != null && placed.colorBar() != null, "a legend and a colour bar");
        for (javafx.geometry.Bounds note : notes) {
            for (javafx.geometry.Bounds tick : ticks) {
                assertTrue(!note.intersects(tick), "a note " + note + " over an axis label " + tick);
            }
        }
        for (org.downhill.figure.Box b : new org.downhill.figure.Box[] {placed.legend(), placed.colorBar()}) {
            for (org.downhill.figure.Box n : placed.notes()) {
                assertTrue(org.downhill.figure.SurfaceOverlay.overlap(b, n) == 0, "a note over the legend or bar");
            }
        }
    }

    @Test
    void aChangeOfSettingsMidRunIsMarkedWhereItTookEffect(FxRobot robot) {
        int at = lab.steps() / 3;
        robot.interact(() -> {
            lab.playingProperty().set(false);
            lab.setPlayhead(at);
            org.downhill.ui.model.RunViewModel run = lab.runs().get(0);
            run.change(run.settings().withOptimizer(run.settings().optimizer().with("lr",
                    run.settings().optimizer().lr() / 2)));
            lab.setPlayhead(lab.steps());
        });
        assertTrue(lab.runs().get(0).trajectory().appliedEdits().stream().anyMatch(e -> e.step() == at),
                "the change is an edit of the run at the playhead's step");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && view.changeMarks().isEmpty()) {
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        }
        WaitForAsyncUtils.waitForFxEvents();
        java.util.Map<javafx.geometry.Point3D, Boolean> shown = view.changeMarks();
        assertTrue(shown.size() == 1 && shown.values().iterator().next(), "one solid diamond, passed: " + shown);
        robot.interact(() -> lab.setPlayhead(at - 1));
        WaitForAsyncUtils.waitForFxEvents(3);
        shown = view.changeMarks();
        assertTrue(shown.size() == 1 && !shown.values().iterator().next(), "ahead of the playhead, paused: pale " + shown);
    }

    /** Pixels of the colour's hue (within 10 degrees), saturated, not dark: the run's tube and ball however lit. */
    private static int countLike(WritableImage image, Color c) {
        PixelReader r = image.getPixelReader();
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color p = r.getColor(x, y);
                double dh = Math.abs(p.getHue() - c.getHue());
                if (Math.min(dh, 360 - dh) < 10 && p.getSaturation() > 0.6 && p.getBrightness() > 0.35) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int distinctColours(WritableImage image) {
        PixelReader r = image.getPixelReader();
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(r.getArgb(x, y));
            }
        }
        return seen.size();
    }
}
