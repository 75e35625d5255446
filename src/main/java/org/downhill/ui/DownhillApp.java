package org.downhill.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The Downhill desktop application. */
public final class DownhillApp extends Application {

    /** Starts JavaFX and opens the main window. */
    public static void launchApp(String[] args) {
        if (System.getProperty("prism.forceGPU") == null) {
            System.setProperty("prism.forceGPU", "true");
        }
        Application.launch(DownhillApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Downhill");
        stage.setScene(new Scene(new StackPane(new Label("Downhill")), 1280, 720));
        stage.show();
    }
}
