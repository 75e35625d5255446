package org.downhill.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.downhill.scenario.Measured;
import org.downhill.ui.model.AppPreferences;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.LessonProgress;
import org.downhill.ui.session.SessionFile;
import org.downhill.ui.session.SessionSaver;

/**
 * The Downhill desktop application: one main window on a lab, showing the last session (see
 * {@link SessionFile}; it is saved a few seconds after every change), or the scenario file named by
 * the first argument (as a file association passes it).
 */
public final class DownhillApp extends Application {
    /** The window's size on first launch: a 1280 x 720 projector. */
    public static final double WIDTH = 1280;
    /** The window's height on first launch. */
    public static final double HEIGHT = 720;

    /**
     * JavaFX's own logger. It is held here, so that the filter set on it stays (java.util.logging
     * keeps loggers weakly).
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private MainWindow window;
    private ScheduledThreadPoolExecutor sessionThread;
    private SessionSaver saver;

    /**
     * Starts JavaFX and opens the main window. Chooses JavaFX's rendering settings
     * ({@link RenderingSettings}: OpenGL, so that 3D works on software OpenGL too), and lets
     * the heap shrink when the app does not need it ({@link HeapFootprint}). JavaFX's warning that
     * it runs from the class path ("Unsupported JavaFX configuration: classes were loaded from
     * 'unnamed module'") is dropped: {@code downhill.jar} carries JavaFX on its class path by
     * design; every other JavaFX message is logged as usual.
     */
    public static void launchApp(String[] args) {
        JAVAFX_LOG.setFilter(r -> r.getMessage() == null
                || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        RenderingSettings.apply();
        HeapFootprint.keepSmall();
        Application.launch(DownhillApp.class, args);
    }

    /**
     * Restores the last session (saying in the window what became of one that could not be
     * shown), opens the window and the file named by the first argument, and saves the session
     * from then on while the app runs.
     */
    @Override
    public void start(Stage stage) {
        LabViewModel lab = new LabViewModel();
        SessionFile session = new SessionFile(AppFiles.session(), Clock.systemDefaultZone());
        // shown as File > Open shows a file: a caption that still names runs is filled from them
        String notice = session.restore(scenario -> lab.load(Measured.shown(scenario)));
        AppPreferences.follow(AppFiles.preferences(), lab.view().themeProperty());
        window = new MainWindow(lab, true);
        new LessonProgress(AppFiles.lessonProgress()).follow(window.lessons());
        sessionThread = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "downhill-session");
            t.setDaemon(true);
            return t;
        });
        sessionThread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        saver = new SessionSaver(lab, session,
                r -> sessionThread.schedule(r, SessionSaver.DELAY.toMillis(), TimeUnit.MILLISECONDS), sessionThread,
                Platform::runLater, window::showNotice);
        // a file opened by its argument becomes the session like any other change
        getParameters().getRaw().stream().findFirst().ifPresent(file -> window.files().open(Path.of(file)));
        Scene scene = createScene(window);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> {
            Path file = window.files().currentProperty().get();
            return (file == null ? "" : file.getFileName() + " \u2014 ") + "Downhill \u2014 gradient descent made visible";
        }, window.files().currentProperty()));
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.show();
        window.start();
        FirstFrameProbe.startIfAsked(window, window.plane()::landscapeDrawn, window::controlsShown);
        if (notice != null) {
            window.showNotice(notice);
        }
    }

    /** The scene of a main window, with the theme's stylesheets and the keyboard shortcuts. */
    public static Scene createScene(MainWindow window) {
        Scene scene = new Scene(window, WIDTH, HEIGHT);
        ThemeStyles.install(scene, window.lab().view().themeProperty());
        KeyboardShortcuts.install(scene, window.lab(), window::toggleHelp, window.views(), window.work(),
                window.pages());
        return scene;
    }

    /** Saves the session one last time and waits (a few seconds at most) until it is written. */
    @Override
    public void stop() throws InterruptedException {
        if (window != null) {
            window.stop();
        }
        if (saver != null) {
            saver.saveNow();
            sessionThread.shutdown();
            sessionThread.awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
