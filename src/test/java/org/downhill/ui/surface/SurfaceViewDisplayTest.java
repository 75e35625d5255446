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

    /**
     * In every layout of a 1280 x 720 window the charts under the views are tall enough to read
     * or hidden, never squeezed to their titles; with the 3D view, for which they give way, hidden.
     */
    @Test
    void inEveryLayoutTheChartsAreLegibleOrHidden(FxRobot robot) {
        Stage stage = (Stage) window.getScene().getWindow();
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        javafx.scene.layout.Region charts = window.charts();
        for (double scale : new double[] {1, 1.15 * 1.15 * 1.15, 1}) {
            for (ViewLayout layout : new ViewLayout[] {ViewLayout.BOTH, ViewLayout.SURFACE, ViewLayout.PLANE}) {
                robot.interact(() -> {
                    lab.view().textScaleProperty().set(scale);
                    lab.view().layoutProperty().set(layout);
                });
                if (layout != ViewLayout.PLANE) {
                    assertTrue(awaitBuilt(), layout + ": the surface is drawn");
                }
                TestWindows.settle();
                double height = TestWindows.onFx(() -> charts.isVisible() ? charts.getHeight() : Double.NaN);
                String where = layout + " at text x" + scale;
                assertTrue(Double.isNaN(height) || height >= 64, where + ": the charts squeezed to " + height + " px");
                assertTrue(layout == ViewLayout.PLANE || Double.isNaN(height), where + ": the charts give way to 3D");
            }
        }
        assertTrue(charts.isVisible(), "in 2D the charts are shown");
    }

    /**
     * Every preset at the end of its runs, in windows of 1280 x 720 and 1920 x 1080: the labels
     * over the 3D view (axis labels shown, legend, colour bar, exit notes) are pairwise disjoint
     * and inside the view.
     */
    @Test
    void inEveryPresetAtBothSizesNoTwoLabelsOverTheSurfaceMeetAndNoneLeavesTheView(FxRobot robot) {
        javafx.stage.Window stage = view.getScene().getWindow();
        int checked = 0;
        for (double[] size : new double[][] {{1280, 720}, {1920, 1080}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            for (org.downhill.scenario.Preset preset : org.downhill.scenario.Presets.all()) {
                robot.interact(() -> {
                    lab.load(preset.scenario());
                    lab.setPlayhead(lab.steps());
                });
                assertTrue(awaitBuilt(), preset.id() + " is drawn");
                WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
                WaitForAsyncUtils.waitForFxEvents(5);
                LabelOverlay overlay = robot.lookup(".surface-labels").queryAs(LabelOverlay.class);
                java.util.List<org.downhill.figure.Box> boxes = TestWindows.onFx(() -> shownBoxes(overlay));
                String where = preset.id() + " at " + size[0] + " x " + size[1] + ": ";
                assertTrue(boxes.size() > 10, where + "axis labels, legend and colour bar: " + boxes);
                for (int i = 0; i < boxes.size(); i++) {
                    org.downhill.figure.Box b = boxes.get(i);
                    assertTrue(b.x() >= 0 && b.y() >= 0 && b.right() <= overlay.getWidth()
                            && b.bottom() <= overlay.getHeight(), where + b + " inside the view");
                    for (int j = 0; j < i; j++) {
                        assertTrue(!b.grow(-0.5).intersects(boxes.get(j)), where + b + " meets " + boxes.get(j));
                    }
                }
                checked++;
            }
        }
        assertTrue(checked >= 2 * 10, "every preset at both sizes: " + checked);
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

    /** Waits up to 30 s for the surface and its tubes to be in the scene; whether they are. */
    private boolean awaitBuilt() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && !view.builtProperty().get()) {
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        }
        return view.builtProperty().get();
    }

    /** The boxes of the overlay's visible axis labels, axis titles and notes, its legend and colour bar (on the FX thread). */
    private static java.util.List<org.downhill.figure.Box> shownBoxes(LabelOverlay overlay) {
        java.util.List<org.downhill.figure.Box> boxes = new java.util.ArrayList<>();
        for (javafx.scene.Node n : overlay.getChildrenUnmodifiable()) {
            if (n.isVisible() && (n.getStyleClass().contains("axis-label-3d")
                    || n.getStyleClass().contains("axis-title-3d")
                    || n.getStyleClass().contains("exit-note-3d"))) {
                javafx.geometry.Bounds b = n.getBoundsInParent();
                boxes.add(new org.downhill.figure.Box(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()));
            }
        }
        org.downhill.figure.SurfaceOverlay placed = overlay.placement();
        boxes.add(placed.legend());
        boxes.add(placed.colorBar());
        return boxes;
    }
}
