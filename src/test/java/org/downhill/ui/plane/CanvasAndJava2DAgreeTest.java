package org.downhill.ui.plane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.downhill.figure.Box;
import org.downhill.figure.Figure;
import org.downhill.figure.FigureFormats;
import org.downhill.figure.FigureOptions;
import org.downhill.figure.FigureRun;
import org.downhill.figure.PlaneLayout;
import org.downhill.figure.PlanePainter;
import org.downhill.figure.PlaneScene;
import org.downhill.figure.sketch.AwtText;
import org.downhill.figure.sketch.FigureFont;
import org.downhill.render.GridSampler;
import org.downhill.render.NiceTicks;
import org.downhill.scenario.Presets;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.sketch.CanvasSketch;
import org.downhill.ui.sketch.FxText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The same figure drawn on the app's canvas and by Java2D (what exports and the command line use)
 * looks the same: the same colours at sample points all over it, and text measured the same, so
 * labels, legends and their boxes land in the same places.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CanvasAndJava2DAgreeTest {
    private static final double WIDTH = 900;
    private static final double HEIGHT = 600;
    private LabViewModel lab;

    @Start
    void start(Stage stage) {
        lab = new LabViewModel();
        lab.load(Presets.byId("lr-far-too-large").scenario());
        lab.setPlayhead(lab.steps());
    }

    private Figure figure(FxRobot robot) {
        List<PlaneScene> scene = new ArrayList<>();
        robot.interact(() -> scene.add(LabScene.of(lab)));
        return Figure.of(scene.get(0), FigureOptions.SCREEN, WIDTH, HEIGHT, 1, GridSampler.sequential());
    }

    @Test
    void theCanvasAndJava2DShowTheSameColoursAllOverTheFigure(FxRobot robot) {
        Figure figure = figure(robot);
        BufferedImage java2d = FigureFormats.image(figure, 1);
        List<WritableImage> canvas = new ArrayList<>();
        robot.interact(() -> {
            Canvas c = new Canvas(WIDTH, HEIGHT);
            figure.paint(new CanvasSketch(c));
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setFill(Color.TRANSPARENT);
            canvas.add(c.snapshot(parameters, null));
        });
        PixelReader fx = canvas.get(0).getPixelReader();
        int samples = 0;
        int agree = 0;
        for (int y = 2; y < HEIGHT; y += 6) {
            for (int x = 2; x < WIDTH; x += 6) {
                samples++;
                if (close(fx.getArgb(x, y), java2d.getRGB(x, y))) {
                    agree++;
                }
            }
        }
        assertTrue(agree >= 0.99 * samples, agree + " of " + samples + " sample pixels agree");
    }

    /** Whether two pixels differ by less than 10 % in every channel. */
    private static boolean close(int a, int b) {
        for (int shift = 0; shift < 32; shift += 8) {
            if (Math.abs((a >>> shift & 0xff) - (b >>> shift & 0xff)) > 25) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theLegendAndTheExitTagsAreLaidOutInTheSameBoxes(FxRobot robot) {
        Figure figure = figure(robot);
        PlaneLayout awt = PlanePainter.layout(figure.scene(), WIDTH, HEIGHT, FigureOptions.SCREEN, AwtText.INSTANCE);
        List<PlaneLayout> fx = new ArrayList<>();
        robot.interact(() -> fx.add(PlanePainter.layout(figure.scene(), WIDTH, HEIGHT, FigureOptions.SCREEN,
                FxText.INSTANCE)));
        assertSameBox(fx.get(0).legend(), awt.legend());
        assertEquals(1, awt.exits().size(), "the diverged run leaves the view");
        assertEquals(fx.get(0).exits().size(), awt.exits().size());
        for (int i = 0; i < awt.exits().size(); i++) {
            assertEquals(fx.get(0).exits().get(i).label(), awt.exits().get(i).label());
            assertSameBox(fx.get(0).exits().get(i).tag(), awt.exits().get(i).tag());
        }
    }

    private static void assertSameBox(Box expected, Box actual) {
        assertEquals(expected.x(), actual.x(), 1, "x");
        assertEquals(expected.y(), actual.y(), 1, "y");
        assertEquals(expected.width(), actual.width(), 1, "width");
        assertEquals(expected.height(), actual.height(), 1, "height");
    }

    @Test
    void textIsMeasuredAlikeSoLabelBoxesAgree(FxRobot robot) {
        Figure figure = figure(robot);
        double text = figure.scene().display().textScale();
        List<String> labels = new ArrayList<>();
        for (FigureRun run : figure.scene().runs()) {
            labels.add(run.name());
            labels.add(run.diagnosis().headline());
        }
        NiceTicks.linear(-2.5, 2.5, 8).forEach(t -> labels.add(t.label()));
        labels.add("Left the view at step 12");
        List<FigureFont> fonts = List.of(FigureFont.bold(text, 13), FigureFont.regular(text, 12),
                FigureFont.bold(text, 12), FigureFont.regular(text, 11), FigureFont.bold(2.5, 13));
        List<String> differences = new ArrayList<>();
        robot.interact(() -> {
            for (FigureFont font : fonts) {
                for (String label : labels) {
                    double fx = FxText.INSTANCE.width(label, font);
                    double awt = AwtText.INSTANCE.width(label, font);
                    if (Math.abs(fx - awt) > Math.max(1, 0.02 * fx)) {
                        differences.add(label + " at " + font + ": " + fx + " vs " + awt);
                    }
                }
                assertEquals(FxText.INSTANCE.ascent(font), AwtText.INSTANCE.ascent(font), 1, "ascent " + font);
                assertEquals(FxText.INSTANCE.descent(font), AwtText.INSTANCE.descent(font), 1, "descent " + font);
            }
        });
        assertTrue(differences.isEmpty(), differences.toString());
    }
}
