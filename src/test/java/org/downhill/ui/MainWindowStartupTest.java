package org.downhill.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.stage.Stage;
import org.downhill.ui.model.LabViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window as the app starts it: the landscape first, the controls on the right right after. */
@ExtendWith(ApplicationExtension.class)
class MainWindowStartupTest {
    private MainWindow window;
    private volatile boolean controlsAtFirstLandscape;
    private volatile boolean landscapeSeen;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new LabViewModel(), true);
        stage.setScene(DownhillApp.createScene(window));
        stage.show();
        window.start();
        assertFalse(window.controlsShown(), "no controls before the first frame");
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (window.plane().landscapeDrawn()) {
                    controlsAtFirstLandscape = window.controlsShown();
                    landscapeSeen = true;
                    stop();
                }
            }
        }.start();
    }

    @AfterEach
    void stop() {
        window.stop();
    }

    @Test
    void theControlsComeAfterTheFrameThatShowsTheLandscape(FxRobot robot) {
        for (int i = 0; i < 100 && !window.controlsShown(); i++) {
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        }
        TestWindows.settle();
        assertTrue(landscapeSeen && window.plane().landscapeDrawn());
        assertFalse(controlsAtFirstLandscape, "the landscape's first frame did not wait for the controls");
        assertTrue(window.controlsShown());
        assertTrue(robot.lookup("#param-lr").tryQuery().isPresent(), "the run editor is there");
    }
}
