package org.downhill.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.downhill.param.InvalidParameterException;
import org.downhill.scenario.FileFormatException;
import org.downhill.scenario.ScenarioJson;
import org.downhill.ui.model.AppPreferences;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.LessonProgress;

/**
 * The Downhill desktop application: one main window on a lab, showing the last session, or the
 * scenario file named by the first argument (as a file association passes it).
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

    /**
     * Starts JavaFX and opens the main window. Sets {@code prism.forceGPU=true} unless the user
     * chose otherwise, so that 3D works on software OpenGL too (virtual machines, Xvfb), and lets
     * the heap shrink when the app does not need it ({@link HeapFootprint}). JavaFX's warning that
     * it runs from the class path ("Unsupported JavaFX configuration: classes were loaded from
     * 'unnamed module'") is dropped: {@code downhill.jar} carries JavaFX on its class path by
     * design; every other JavaFX message is logged as usual.
     */
    public static void launchApp(String[] args) {
        JAVAFX_LOG.setFilter(r -> r.getMessage() == null
                || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        if (System.getProperty("prism.forceGPU") == null) {
            System.setProperty("prism.forceGPU", "true");
        }
        HeapFootprint.keepSmall();
        Application.launch(DownhillApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        LabViewModel lab = new LabViewModel();
        restoreSession(lab);
        AppPreferences.follow(AppFiles.preferences(), lab.view().themeProperty());
        window = new MainWindow(lab, true);
        new LessonProgress(AppFiles.lessonProgress()).follow(window.lessons());
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
        FirstFrameProbe.startIfAsked(window.plane()::landscapeDrawn, window::controlsShown);
    }

    /** The scene of a main window, with the theme's stylesheets and the keyboard shortcuts. */
    public static Scene createScene(MainWindow window) {
        Scene scene = new Scene(window, WIDTH, HEIGHT);
        ThemeStyles.install(scene, window.lab().view().themeProperty());
        KeyboardShortcuts.install(scene, window.lab(), window::toggleHelp, window.views(), window.work(),
                window.pages());
        return scene;
    }

    @Override
    public void stop() {
        if (window != null) {
            window.stop();
            saveSession(window.lab());
        }
    }

    /** Shows the last session's scenario, if there is one that can be read; else the first-launch scene. */
    private static void restoreSession(LabViewModel lab) {
        Path session = AppFiles.session();
        if (!Files.exists(session)) {
            return;
        }
        try {
            lab.load(ScenarioJson.read(session));
        } catch (FileFormatException | InvalidParameterException e) {
            System.err.println("Downhill: the last session could not be restored: " + e.getMessage());
        }
    }

    /** Saves what is on screen, so that the next start shows it again. */
    private static void saveSession(LabViewModel lab) {
        try {
            Files.createDirectories(AppFiles.home());
            ScenarioJson.write(lab.toScenario(), AppFiles.session());
        } catch (IOException | RuntimeException e) {
            System.err.println("Downhill: the session could not be saved: " + e.getMessage());
        }
    }
}
