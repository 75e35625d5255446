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
        Bounds b = chart.localToScreen(chart.getBoundsInLocal());
        ChartFrame frame = ChartFrame.of(chart.getWidth(), chart.getHeight(),
                lab.view().textScaleProperty().get(), lab.steps(), 0, 1);
        robot.clickOn(b.getMinX() + frame.x(lab.steps() * 0.75), b.getMinY() + frame.top() + frame.height() / 2);
        TestWindows.settle();
        assertEquals(lab.steps() * 0.75, lab.playhead(), 1.0);
    }
}
