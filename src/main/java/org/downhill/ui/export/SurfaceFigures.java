package org.downhill.ui.export;

import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.animation.AnimationTimer;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.downhill.figure.SurfaceRenderer;
import org.downhill.scenario.Scenario;
import org.downhill.ui.RenderingSettings;
import org.downhill.ui.ThemeStyles;
import org.downhill.ui.model.AppTheme;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.surface.SurfaceView;

/**
 * The 3D view of a scenario as an image, for {@code render --view 3d}: the app's own
 * {@link SurfaceView} in a window of the figure's size (grown by the height of the view's control
 * strip, which the picture leaves out), styled as the app in the light theme, snapshot once its surface and tubes are in
 * the scene ({@link SurfaceView#builtProperty}) and a frame has been drawn after that, not after a
 * guessed delay. Starts JavaFX (with the app's {@link RenderingSettings}) if it
 * is not running, and leaves it running (the command line exits). Found by the command line
 * through {@link java.util.ServiceLoader}.
 */
public final class SurfaceFigures implements SurfaceRenderer {
    /** The longest wait for the view to be ready: a safety net, not a delay (it ends as soon as the view is ready). */
    private static final long READY_SECONDS = 60;
    /** Frames drawn after the scene is complete before the snapshot (the labels are placed on the next). */
    private static final int FRAMES_AFTER_BUILT = 2;

    /** A renderer (for the service loader). */
    public SurfaceFigures() {
    }

    @Override
    public String unavailable() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        if (linux && blank(System.getenv("DISPLAY")) && blank(System.getenv("WAYLAND_DISPLAY"))) {
            return "needs a display (3D cannot run headless); set DISPLAY, e.g. run under xvfb-run";
        }
        return null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public BufferedImage render(Scenario scenario, int step, double width, double height, double scale) {
        startFx();
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "downhill-render-3d");
            t.setDaemon(true);
            return t;
        });
        CompletableFuture<BufferedImage> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                show(scenario, step, width, height, scale, worker, image);
            } catch (RuntimeException e) {
                image.completeExceptionally(e);
            }
        });
        try {
            return image.get(READY_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the 3D view was not ready within " + READY_SECONDS + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing the 3D view");
        } finally {
            worker.shutdownNow();
        }
    }

    /** Opens the view of the scenario in a window and snapshots it when it is ready (FX thread). */
    private static void show(Scenario scenario, int step, double width, double height, double scale,
                             ExecutorService worker, CompletableFuture<BufferedImage> image) {
        if (!Platform.isSupported(ConditionalFeature.SCENE3D)) {
            throw new IllegalStateException("3D is not supported on this graphics system");
        }
        LabViewModel lab = new LabViewModel();
        lab.load(scenario);
        lab.setPlayhead(step);
        SurfaceView surface = new SurfaceView(lab, worker);
        Stage stage = new Stage(StageStyle.UNDECORATED);
        Scene scene = new Scene(surface, width, height);
        // styled as in the app (the notes' panels, the axis titles), in the light theme of figures
        scene.getStylesheets().setAll(ThemeStyles.of(AppTheme.LIGHT));
        stage.setScene(scene);
        stage.show();
        new AnimationTimer() {
            private int framesSinceBuilt;
            private boolean grown;

            @Override
            public void handle(long now) {
                surface.pulse(now);
                framesSinceBuilt = surface.builtProperty().get() ? framesSinceBuilt + 1 : 0;
                if (framesSinceBuilt > FRAMES_AFTER_BUILT) {
                    try {
                        WritableImage shot = surface.snapshot(scale);
                        // the control strip takes its height from the window: grow the window by it, once
                        double missing = height - shot.getHeight() / scale;
                        if (!grown && missing >= 0.5) {
                            grown = true;
                            stage.setWidth(width);
                            stage.setHeight(height + Math.ceil(missing));
                            framesSinceBuilt = 0;
                            return;
                        }
                        stop();
                        image.complete(SwingFXUtils.fromFXImage(shot, null));
                        stage.close();
                    } catch (RuntimeException e) {
                        stop();
                        image.completeExceptionally(e);
                        stage.close();
                    }
                }
            }
        }.start();
    }

    /** Starts JavaFX on the display if it is not running yet, and waits until it is. */
    private static void startFx() {
        java.util.logging.Logger.getLogger("javafx").setLevel(java.util.logging.Level.SEVERE);
        RenderingSettings.apply();
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
            Platform.setImplicitExit(false);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        try {
            started.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
