package org.downhill.ui.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.downhill.render.GridSampler;
import org.downhill.scenario.Scenario;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.plane.FigureOptions;
import org.downhill.ui.plane.PlaneView;
import org.downhill.ui.plane.RasterService;
import org.downhill.ui.surface.SurfaceView;

/**
 * Figures of a scenario without a window, for the {@code render} command: the 2D view as PNG
 * and SVG and the animation as GIF, drawn by the same painters as the app on JavaFX's headless
 * platform (Monocle, software pipeline); or the 3D view as PNG, which needs a display with
 * OpenGL. Starts JavaFX if it is not running; never stops it (the caller exits).
 */
public final class HeadlessRender {
    /** How long the 3D view may take to build its surface. */
    private static final long SURFACE_WAIT_MILLIS = 4000;

    private HeadlessRender() {
    }

    /**
     * What to make.
     *
     * @param width  the figure's width in view pixels
     * @param height the figure's height
     * @param scale  PNG pixels per view pixel
     * @param png    the PNG file, or null
     * @param svg    the SVG file (2D only), or null
     * @param gif    the GIF file (2D only), or null
     * @param fps    the GIF's frames per second
     * @param threeD whether the PNG shows the 3D view
     * @param step   the step the PNG and SVG show (the playhead), or -1 for the end of the runs
     */
    public record Request(double width, double height, double scale, Path png, Path svg, Path gif, double fps,
                          boolean threeD, int step) {
    }

    /** Whether this machine can show the 3D view: a display to open (3D cannot run headless). */
    public static boolean hasDisplay() {
        String display = System.getenv("DISPLAY");
        return display != null && !display.isBlank();
    }

    /**
     * Makes the figures.
     *
     * @throws IOException if a file cannot be written
     * @throws IllegalStateException if the 3D view is asked for where 3D is not supported
     */
    public static void render(Scenario scenario, Request request) throws IOException {
        startFx(!request.threeD());
        try {
            if (request.threeD()) {
                renderSurface(scenario, request);
            } else {
                onFx(() -> {
                    renderPlane(show(scenario, request), request);
                    return null;
                });
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A lab showing the scenario at the step asked for. */
    private static LabViewModel show(Scenario scenario, Request r) {
        LabViewModel lab = new LabViewModel();
        lab.load(scenario);
        lab.setPlayhead(r.step() < 0 ? lab.steps() : r.step());
        return lab;
    }

    private static void renderPlane(LabViewModel lab, Request r) {
        Executor direct = Runnable::run;
        PlaneView plane = new PlaneView(lab, new RasterService(direct, direct, GridSampler.sequential()));
        try {
            if (r.png() != null) {
                Images.writePng(PlaneFigure.png(plane, r.width(), r.height(), FigureOptions.SCREEN, r.scale()), r.png());
            }
            if (r.svg() != null) {
                Files.writeString(r.svg(), PlaneFigure.svg(plane, r.width(), r.height(), FigureOptions.SCREEN),
                        StandardCharsets.UTF_8);
            }
            if (r.gif() != null) {
                new AnimationExport(lab, plane, r.width(), r.height(), lab.steps()).writeNow(r.gif(), r.fps(), true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shows the 3D view in a window, lets it build its surface for a few frames, and snapshots it. */
    private static void renderSurface(Scenario scenario, Request r) throws IOException {
        Object[] shown = onFx(() -> {
            if (!Platform.isSupported(ConditionalFeature.SCENE3D)) {
                throw new IllegalStateException("3D is not supported on this graphics system");
            }
            LabViewModel lab = show(scenario, r);
            Executor worker = command -> {
                Thread t = new Thread(command, "downhill-render-3d");
                t.setDaemon(true);
                t.start();
            };
            SurfaceView surface = new SurfaceView(lab, worker);
            Stage stage = new Stage();
            stage.setScene(new Scene(surface, r.width(), r.height()));
            stage.show();
            AnimationTimer pulses = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    surface.pulse(now);
                }
            };
            pulses.start();
            return new Object[] {surface, stage, pulses};
        });
        try {
            Thread.sleep(SURFACE_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        onFx(() -> {
            ((AnimationTimer) shown[2]).stop();
            try {
                Images.writePng(((SurfaceView) shown[0]).snapshot(r.scale()), r.png());
            } finally {
                ((Stage) shown[1]).close();
            }
            return null;
        });
    }

    private static void startFx(boolean headless) {
        java.util.logging.Logger.getLogger("javafx").setLevel(java.util.logging.Level.SEVERE);
        if (headless && System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
        }
        if (!headless && System.getProperty("prism.forceGPU") == null) {
            System.setProperty("prism.forceGPU", "true");
        }
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        try {
            started.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws IOException {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        try {
            return task.get(10, TimeUnit.MINUTES);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(e.getCause());
        } catch (InterruptedException | java.util.concurrent.TimeoutException e) {
            throw new IOException("rendering did not finish", e);
        }
    }
}
