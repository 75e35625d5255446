package org.downhill.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.downhill.JavaFxNatives;

/**
 * The reference for the start-up measurement ({@code tools/startup.sh}): the smallest JavaFX
 * window, a label in a 1280 x 720 scene, started from the same jar and class path as the app. With
 * {@code -Ddownhill.startupProbe=print} it reports its first rendered frame as the app does. With
 * the argument {@code app-pipeline} it renders as the app does ({@link RenderingSettings}: OpenGL,
 * through the uploading painter where OpenGL is software); without, as JavaFX chooses.
 */
public final class HelloWindow {
    private HelloWindow() {
    }

    /**
     * Opens the window (the class does not extend Application, so it starts from the class path),
     * after making JavaFX's native libraries loadable from the jar as the app does.
     */
    public static void main(String[] args) {
        JavaFxNatives.install(AppFiles.home());
        if (java.util.List.of(args).contains("app-pipeline")) {
            RenderingSettings.apply();
        }
        Application.launch(App.class, args);
    }

    /** The application: one window with a label. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            StackPane root = new StackPane(new Label("Hello"));
            stage.setScene(new Scene(root, DownhillApp.WIDTH, DownhillApp.HEIGHT));
            stage.setTitle("Hello");
            stage.show();
            FirstFrameProbe.startIfAsked(root, () -> true, () -> true);
        }
    }
}
