package org.downhill.ui;

import java.util.concurrent.Callable;
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

    /**
     * Reads something of the scene on the FX thread: a node's bounds, read from another thread,
     * race the pulse that is computing them (JavaFX caches them in the parent, unguarded).
     */
    public static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not read the scene on the FX thread", e);
        }
    }
}
