package org.downhill.ui;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.downhill.ui.model.LabViewModel;
import org.testfx.util.WaitForAsyncUtils;

/** The main window for the headless UI tests. */
public final class TestWindows {
    private static MainWindow shown;

    private TestWindows() {
    }

    /** Shows a main window on a lab in the test's stage and starts its animation. */
    public static MainWindow open(Stage stage, LabViewModel lab) {
        MainWindow window = new MainWindow(lab);
        stage.setScene(DownhillApp.createScene(window));
        stage.show();
        window.start();
        shown = window;
        return window;
    }

    /**
     * Waits for the app's own signals: pending FX events and a few frames, then the last opened
     * window's background workers, twice over (a result delivered to the FX thread may ask for
     * more work, e.g. a raster for the layout it changed).
     */
    public static void settle() {
        for (int round = 0; round < 2; round++) {
            WaitForAsyncUtils.waitForFxEvents(3);
            if (shown != null) {
                shown.awaitWorkers(30, TimeUnit.SECONDS);
            }
        }
        WaitForAsyncUtils.waitForFxEvents(3);
    }
}
