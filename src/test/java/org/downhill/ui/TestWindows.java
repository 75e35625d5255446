package org.downhill.ui;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.downhill.ui.model.LabViewModel;
import org.testfx.util.WaitForAsyncUtils;

/** The main window for the headless UI tests. */
public final class TestWindows {
    private TestWindows() {
    }

    /** Shows a main window on a lab in the test's stage and starts its animation. */
    public static MainWindow open(Stage stage, LabViewModel lab) {
        MainWindow window = new MainWindow(lab);
        stage.setScene(DownhillApp.createScene(window));
        stage.show();
        window.start();
        return window;
    }

    /** Waits until pending FX events, a few frames and background work are done. */
    public static void settle() {
        WaitForAsyncUtils.waitForFxEvents(3);
        WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents(3);
    }
}
