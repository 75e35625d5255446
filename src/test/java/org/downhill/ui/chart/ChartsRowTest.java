package org.downhill.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.downhill.ui.TestWindows;
import org.downhill.ui.Pixels;
import org.downhill.ui.model.LabViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The charts under the landscape, in the real window, headless. */
@ExtendWith(ApplicationExtension.class)
class ChartsRowTest {
    private LabViewModel lab;

    @Start
    void start(Stage stage) {
        lab = new LabViewModel();
        TestWindows.open(stage, lab);
    }


    @Test
    void everyChartDrawsTheRunInItsColour(FxRobot robot) {
        TestWindows.settle();
        Color color = lab.selected().color();
        for (String id : new String[] {"#chart-loss", "#chart-learning-rate", "#chart-gradient-norm"}) {
            SeriesChart chart = robot.lookup(id).queryAs(SeriesChart.class);
            WritableImage[] image = new WritableImage[1];
            robot.interact(() -> image[0] = chart.snapshot(null, null));
            int coloured = Pixels.count(image[0], color);
            assertTrue(coloured > 60, id + ": " + coloured + " pixels in the run's colour");
        }
    }

    @Test
    void aRunOnTheChartsFollowsItsLearningRate(FxRobot robot) {
        TestWindows.settle();
        SeriesChart chart = robot.lookup("#chart-learning-rate").queryAs(SeriesChart.class);
        Color color = lab.selected().color();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = chart.snapshot(null, null));
        int before = Pixels.count(image[0], color);
        robot.interact(() -> lab.selected().visibleProperty().set(false));
        TestWindows.settle();
        robot.interact(() -> image[0] = chart.snapshot(null, null));
        int hidden = Pixels.count(image[0], color);
        assertTrue(hidden < before / 10, "a hidden run leaves the chart: " + hidden + " of " + before);
    }

    @Test
    void pressingOnAChartMovesThePlayheadThere(FxRobot robot) {
        TestWindows.settle();
        SeriesChart chart = robot.lookup("#chart-loss").queryAs(SeriesChart.class);
        Bounds b = TestWindows.onFx(() -> chart.localToScreen(chart.getBoundsInLocal()));
        ChartFrame frame = ChartFrame.of(chart.getWidth(), chart.getHeight(),
                lab.view().textScaleProperty().get(), lab.steps(), 0, 1);
        robot.clickOn(b.getMinX() + frame.x(lab.steps() * 0.75), b.getMinY() + frame.top() + frame.height() / 2);
        TestWindows.settle();
        assertEquals(lab.steps() * 0.75, lab.playhead(), 1.0);
    }

    @Test
    void onDataTheLossChartDrawsTheBatchLossThinUnderTheFullDataLossWithEpochsAndAKey(FxRobot robot) {
        robot.interact(() -> lab.load(org.downhill.scenario.Presets.byId("batch-size-lr").scenario()));
        TestWindows.settle();
        ChartsRow row = robot.lookup("#charts").queryAs(ChartsRow.class);
        String[] svg = new String[1];
        robot.interact(() -> {
            org.downhill.figure.sketch.SvgSketch sketch = new org.downhill.figure.sketch.SvgSketch(1200, 240);
            row.paintFigure(sketch);
            svg[0] = sketch.toSvg();
        });
        String loss = svg[0].substring(0, svg[0].indexOf("learning rate"));
        for (String key : new String[] {">full data<", ">batch<", ">epochs<"}) {
            assertTrue(loss.contains(key), "the loss chart's key has " + key);
        }
        for (var run : lab.runs()) {
            String hex = org.downhill.ui.sketch.FxPaint.rgba(run.color()).hex().toLowerCase(java.util.Locale.ROOT);
            java.util.regex.Matcher thin = java.util.regex.Pattern.compile(
                    "stroke=\"" + hex + "\"[^>]*stroke-opacity=\"0\\.4\"", java.util.regex.Pattern.CASE_INSENSITIVE)
                    .matcher(loss);
            assertTrue(thin.find(), run.nameProperty().get() + ": a translucent batch-loss line in " + hex);
        }
        // Batch 1 has no whole epoch in 60 steps; Batch 16 (17 batches an epoch) ends epochs 1 to 3, dotted
        String green = org.downhill.ui.sketch.FxPaint.rgba(lab.runs().get(1).color()).hex();
        java.util.regex.Matcher dotted = java.util.regex.Pattern.compile("<line[^>]*stroke=\"" + green
                + "\"[^>]*stroke-dasharray", java.util.regex.Pattern.CASE_INSENSITIVE).matcher(loss);
        int epochs = 0;
        while (dotted.find()) {
            epochs++;
        }
        assertEquals(3 + 1, epochs, "three epoch lines and the key's sample, in Batch 16's colour:\n" + loss);
    }
}
