package org.downhill.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.downhill.ui.model.LabViewModel;

/** The Downhill desktop application: one main window on a lab. */
public final class DownhillApp extends Application {
    /** The window's size on first launch: a 1280 x 720 projector. */
    public static final double WIDTH = 1280;
    /** The window's height on first launch. */
    public static final double HEIGHT = 720;

    private MainWindow window;

    /**
     * Starts JavaFX and opens the main window. Sets {@code prism.forceGPU=true} unless the user
     * chose otherwise, so that 3D works on software OpenGL too (virtual machines, Xvfb).
     */
    public static void launchApp(String[] args) {
        if (System.getProperty("prism.forceGPU") == null) {
            System.setProperty("prism.forceGPU", "true");
        }
        Application.launch(DownhillApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        window = new MainWindow(new LabViewModel());
        Scene scene = createScene(window);
        stage.setTitle("Downhill \u2014 gradient descent made visible");
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.show();
        window.start();
    }

    /** The scene of a main window, with the stylesheet and the keyboard shortcuts. */
    public static Scene createScene(MainWindow window) {
        Scene scene = new Scene(window, WIDTH, HEIGHT);
        scene.getStylesheets().add(DownhillApp.class.getResource("downhill.css").toExternalForm());
        KeyboardShortcuts.install(scene, window.lab(), window::toggleHelp);
        return scene;
    }

    @Override
    public void stop() {
        if (window != null) {
            window.stop();
        }
    }
}
