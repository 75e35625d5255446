package org.downhill.ui;

import java.time.Clock;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.downhill.JavaFxNatives;
import org.downhill.scenario.Measured;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.plane.PlaneView;
import org.downhill.ui.plane.RasterService;
import org.downhill.ui.session.SessionFile;

/**
 * The floor of the start-up measurement ({@code tools/startup.sh}): the app's 2D view alone in a
 * 1280 x 720 scene, on the lab the app would show (its session, or the first-launch scene), with
 * the app's rendering settings and theme, driven by an animation timer as the window drives it;
 * nothing else of the window is built. With {@code -Ddownhill.startupProbe=print} it reports the
 * first frame that shows the landscape as the app does. What it takes is what the landscape costs
 * by itself, which no deferral of the rest of the window can take below.
 */
public final class LandscapeOnlyWindow {
    private LandscapeOnlyWindow() {
    }

    /** Opens the window from the class path, as {@link HelloWindow} does, on the app's pipeline. */
    public static void main(String[] args) {
        JavaFxNatives.install(AppFiles.home());
        RenderingSettings.apply();
        HeapFootprint.keepSmall();
        Application.launch(App.class, args);
    }

    /** The application: one window with the 2D view. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            LabViewModel lab = new LabViewModel();
            new SessionFile(AppFiles.session(), Clock.systemDefaultZone())
                    .restore(scenario -> lab.load(Measured.shown(scenario)));
            PlaneView plane = new PlaneView(lab, RasterService.onScreen(MainWindow.daemonThread("downhill-raster")));
            StackPane root = new StackPane(plane);
            Scene scene = new Scene(root, DownhillApp.WIDTH, DownhillApp.HEIGHT);
            ThemeStyles.install(scene, lab.view().themeProperty());
            stage.setScene(scene);
            stage.setTitle("Landscape only");
            stage.show();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    plane.pulse(now);
                }
            }.start();
            FirstFrameProbe.startIfAsked(root, plane::landscapeDrawn, plane::landscapeDrawn);
        }
    }
}
