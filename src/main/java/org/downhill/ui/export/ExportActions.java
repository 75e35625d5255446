package org.downhill.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.downhill.data.ModelLandscape;
import org.downhill.export.OutputFile;
import org.downhill.export.TrajectoryCsv;
import org.downhill.figure.Animation;
import org.downhill.figure.DataFigure;
import org.downhill.figure.DataPicture;
import org.downhill.figure.Drawing;
import org.downhill.figure.Figure;
import org.downhill.figure.FigureFormats;
import org.downhill.figure.FigureOptions;
import org.downhill.figure.FigureRun;
import org.downhill.figure.PlaneScene;
import org.downhill.figure.sketch.Java2DSketch;
import org.downhill.figure.sketch.Rgba;
import org.downhill.figure.sketch.Sketch;
import org.downhill.figure.sketch.SvgSketch;
import org.downhill.render.GridSampler;
import org.downhill.ui.chart.ChartsRow;
import org.downhill.ui.data.DataView;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.plane.LabScene;
import org.downhill.ui.plane.PlaneView;
import org.downhill.ui.surface.SurfaceView;

/**
 * Figures out of the app, for the menu: the 2D view as PNG (1x to 4x) or SVG, the 3D view as PNG,
 * the charts as PNG or SVG, the data view (on a model on data) as PNG or SVG, a drawing of another
 * window (the stability map) as PNG or SVG, the runs as an animated GIF, the trajectories as CSV, and the 2D view
 * on the clipboard. Called on the FX thread, each action takes what it needs from the window at
 * once (an immutable {@link PlaneScene} of the lab, or the pixels of the 3D view and the charts,
 * which only the FX thread can draw) and leaves the slow part to the file thread: sampling the
 * landscape at the figure's resolution, drawing with Java2D, encoding and writing (through
 * {@link OutputFile}, so only a regular file is ever replaced). The window stays responsive, and
 * the lab can change meanwhile without changing the file. Results and failures are reported on the
 * FX thread; each {@code save...} method also returns a future completed when the file is written.
 */
public final class ExportActions {
    /** The charts' figure size when they are hidden on screen. */
    private static final double CHARTS_WIDTH = 1200;
    private static final double CHARTS_HEIGHT = 220;
    /** The 2D figure's size when the view is hidden on screen. */
    private static final double PLANE_WIDTH = 900;
    private static final double PLANE_HEIGHT = 640;
    /** The data view's figure size when it is hidden on screen. */
    private static final double DATA_WIDTH = 640;
    private static final double DATA_HEIGHT = 480;
    /** The pixels per unit of a drawing saved as PNG from its dialog. */
    public static final double DRAWING_SCALE = 2;
    /** The clipboard figure's pixels per view pixel. */
    private static final double CLIPBOARD_SCALE = 2;

    private final LabViewModel lab;
    private final PlaneView plane;
    private final ChartsRow charts;
    private final SurfaceView surface;
    private final DataView dataView;
    private final BiConsumer<String, String> errors;
    private final Consumer<String> status;
    private final Executor files;
    private final Executor deliver;
    private final GridSampler sampler = GridSampler.parallel(ForkJoinPool.commonPool(),
            Runtime.getRuntime().availableProcessors());

    /**
     * Export of a window's views.
     *
     * @param errors  shows a failure: a title and the message (a dialog in the app)
     * @param status  shows what was done, in the status bar
     * @param files   draws, encodes and writes the files (a background thread in the app)
     * @param deliver runs the reports of the writing on the FX thread ({@code Platform::runLater})
     */
    public ExportActions(LabViewModel lab, PlaneView plane, ChartsRow charts, SurfaceView surface, DataView dataView,
                         BiConsumer<String, String> errors, Consumer<String> status, Executor files,
                         Executor deliver) {
        this.lab = lab;
        this.plane = plane;
        this.charts = charts;
        this.surface = surface;
        this.dataView = dataView;
        this.errors = errors;
        this.status = status;
        this.files = files;
        this.deliver = deliver;
    }

    /**
     * Saves the 2D view as asked (PNG at the request's scale, or SVG), at the view's size or slide
     * size, the runs to the playhead or whole: the lab's state now, drawn and written on the file
     * thread.
     */
    public CompletableFuture<Void> saveFigure(Path file, FigureRequest request) {
        PlaneScene now = LabScene.of(lab);
        PlaneScene scene = request.wholeRuns() ? now.atStep(now.steps()) : now;
        double w = request.slides() ? FigureRequest.SLIDE_WIDTH : planeWidth();
        double h = request.slides() ? FigureRequest.SLIDE_HEIGHT : planeHeight();
        return save("export the landscape view", file, () -> {
            if (request.format() == FigureRequest.Format.SVG) {
                OutputFile.writeString(file, FigureFormats.svg(Figure.of(scene, request.options(), w, h, 1, sampler)));
            } else {
                BufferedImage image = FigureFormats.image(Figure.of(scene, request.options(), w, h, request.scale(),
                        sampler), request.scale());
                OutputFile.write(file, out -> FigureFormats.writePng(image, out));
            }
        });
    }

    /**
     * Saves the 3D view as a PNG at a scale (1 to 4 times its size on screen): its pixels are
     * taken now, encoded and written on the file thread.
     */
    public CompletableFuture<Void> saveSurface(Path file, int scale) {
        BufferedImage image = SwingFXUtils.fromFXImage(surface.snapshot(scale), null);
        return save("export the 3D view", file, () -> OutputFile.write(file, out -> FigureFormats.writePng(image, out)));
    }

    /**
     * Saves the data view as asked (PNG at the request's scale, or SVG), at its size on screen or
     * slide size, with its key, title and caption as asked: its picture at the playhead taken now
     * ({@link DataPicture}, immutable), drawn and written on the file thread. Nothing is saved, and
     * the future fails, while the runs are on a formula (there is no data view).
     */
    public CompletableFuture<Void> saveDataView(Path file, FigureRequest request) {
        DataPicture picture = dataView.picture();
        if (picture == null) {
            errors.accept("Could not export the data view", "The runs train no model on data: there is no data view.");
            return CompletableFuture.failedFuture(new IllegalStateException("no data view"));
        }
        double w = request.slides() ? FigureRequest.SLIDE_WIDTH : dataWidth();
        double h = request.slides() ? FigureRequest.SLIDE_HEIGHT : dataHeight();
        DataFigure figure = new DataFigure(picture, request.options(), lab.view().textScaleProperty().get(), w, h);
        return save("export the data view", file, () -> {
            if (request.format() == FigureRequest.Format.SVG) {
                OutputFile.writeString(file, FigureFormats.svg(figure));
            } else {
                BufferedImage image = FigureFormats.image(figure, request.scale());
                OutputFile.write(file, out -> FigureFormats.writePng(image, out));
            }
        });
    }

    /** The model on data the data view shows, null on a formula (for the menu's item). */
    public ReadOnlyObjectProperty<ModelLandscape> dataModelProperty() {
        return dataView.modelProperty();
    }

    /**
     * Saves the three charts side by side as asked: drawn now (they read the lab), encoded and
     * written on the file thread.
     */
    public CompletableFuture<Void> saveCharts(Path file, FigureRequest request) {
        double w = chartsWidth();
        double h = chartsHeight();
        boolean opaque = !request.options().transparent();
        if (request.format() == FigureRequest.Format.SVG) {
            SvgSketch sketch = new SvgSketch(w, h);
            paintCharts(sketch, w, h, opaque);
            String svg = sketch.toSvg();
            return save("export the charts", file, () -> OutputFile.writeString(file, svg));
        }
        Java2DSketch sketch = new Java2DSketch(w, h, request.scale());
        paintCharts(sketch, w, h, opaque);
        sketch.dispose();
        return save("export the charts", file,
                () -> OutputFile.write(file, out -> FigureFormats.writePng(sketch.image(), out)));
    }

    private void paintCharts(Sketch sketch, double w, double h, boolean opaque) {
        if (opaque) {
            sketch.setFill(Rgba.WHITE);
            sketch.fillRect(0, 0, w, h);
        }
        charts.paintFigure(sketch);
    }

    /**
     * Saves the trajectories of the visible runs as CSV: one long file with a {@code run} column,
     * or (apart) one file per run named after the file and the run.
     *
     * @return a future of the files written
     */
    public CompletableFuture<List<Path>> saveCsv(Path file, boolean apart) {
        List<FigureRun> visible = LabScene.of(lab).visibleRuns();
        Map<Path, List<TrajectoryCsv.Named>> contents = new LinkedHashMap<>();
        if (apart) {
            String base = file.getFileName().toString().replaceFirst("\\.csv$", "");
            for (FigureRun run : visible) {
                contents.put(file.resolveSibling(base + "-" + run.name().replaceAll("[^A-Za-z0-9._-]+", "_") + ".csv"),
                        List.of(named(run)));
            }
        } else {
            contents.put(file, visible.stream().map(ExportActions::named).toList());
        }
        List<Path> written = List.copyOf(contents.keySet());
        return save("export the trajectories", file, () -> {
            for (Map.Entry<Path, List<TrajectoryCsv.Named>> e : contents.entrySet()) {
                List<TrajectoryCsv.Named> runs = e.getValue();
                OutputFile.writeString(e.getKey(), apart ? TrajectoryCsv.toCsv(runs.get(0).trajectory())
                        : TrajectoryCsv.toCsv(runs));
            }
        }).thenApply(done -> written);
    }

    private static TrajectoryCsv.Named named(FigureRun run) {
        return new TrajectoryCsv.Named(run.name(), run.trajectory());
    }

    /**
     * Saves the runs from step 0 to {@code lastStep} as an animated GIF of the 2D view at
     * {@code size} times its size on screen: the lab's state now, every frame drawn and encoded on
     * the file thread, the progress shown in the status bar.
     */
    public CompletableFuture<Void> saveGif(Path file, double size, int lastStep, double fps, boolean loop) {
        PlaneScene scene = LabScene.of(lab);
        double w = Math.max(16, Math.round(planeWidth() * size));
        double h = Math.max(16, Math.round(planeHeight() * size));
        FigureOptions options = asShown();
        Animation animation = new Animation(Math.max(0, Math.min(scene.steps(), lastStep)));
        int total = animation.frames();
        return save("export the animation", file, () -> {
            Figure figure = Figure.of(scene, options, w, h, 1, sampler);
            OutputFile.write(file, out -> FigureFormats.writeGif(figure, animation, fps, loop, out,
                    n -> deliver.execute(() -> status.accept("Recording the GIF: frame " + n + " of " + total))));
        });
    }

    /** Puts the 2D view on the clipboard as an image at twice the screen resolution, drawn on the file thread. */
    public CompletableFuture<Void> copyFigure() {
        PlaneScene scene = LabScene.of(lab);
        double w = planeWidth();
        double h = planeHeight();
        FigureOptions options = asShown();
        CompletableFuture<Void> done = new CompletableFuture<>();
        files.execute(() -> {
            try {
                BufferedImage image = FigureFormats.image(Figure.of(scene, options, w, h,
                        CLIPBOARD_SCALE, sampler), CLIPBOARD_SCALE);
                deliver.execute(() -> {
                    copyImage(image, "the view");
                    done.complete(null);
                });
            } catch (RuntimeException e) {
                deliver.execute(() -> errors.accept("Could not copy the view", String.valueOf(e.getMessage())));
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    /** Puts an image on the clipboard and says so, naming it ({@code what}, e.g. "the update rule"). FX thread. */
    public void copyImage(BufferedImage image, String what) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(SwingFXUtils.toFXImage(image, null));
        Clipboard.getSystemClipboard().setContent(content);
        status.accept("Copied " + what + " to the clipboard (" + image.getWidth() + " \u00d7 " + image.getHeight()
                + " pixels)");
    }

    /**
     * Asks where, then writes a PNG whose pixels {@code render} makes on the file thread (so a
     * heavy rendering does not hold up the window).
     *
     * @param what what is saved, e.g. "the update rule"
     * @param name the file name offered, without the extension
     */
    public void pngWithDialog(Window owner, String what, String name, Supplier<BufferedImage> render) {
        Path file = ask(owner, "Export " + what, name, "PNG image", ".png");
        if (file != null) {
            save("export " + what, file, () -> OutputFile.write(file, out -> FigureFormats.writePng(render.get(), out)));
        }
    }

    /**
     * Saves a drawing made from a snapshot (e.g. the stability map's {@link org.downhill.figure.MapFigure}) as
     * SVG, or as PNG at {@code scale} pixels per unit: drawn, encoded and written on the file thread.
     *
     * @param what what is saved, e.g. "the stability map"
     */
    public CompletableFuture<Void> saveDrawing(Path file, Drawing drawing, FigureRequest.Format format, double scale,
                                               String what) {
        return save("export " + what, file, () -> {
            if (format == FigureRequest.Format.SVG) {
                OutputFile.writeString(file, FigureFormats.svg(drawing));
            } else {
                BufferedImage image = FigureFormats.image(drawing, scale);
                OutputFile.write(file, out -> FigureFormats.writePng(image, out));
            }
        });
    }

    /**
     * Asks where, then saves a drawing in a format ({@link #saveDrawing}; a PNG at
     * {@value #DRAWING_SCALE} pixels per unit, for slides and print).
     *
     * @param what what is saved, e.g. "the stability map"
     * @param name the file name offered, without the extension
     */
    public void drawingWithDialog(Window owner, String what, String name, Drawing drawing,
                                  FigureRequest.Format format) {
        Path file = ask(owner, "Export " + what, name, format.name(), format.extension());
        if (file != null) {
            saveDrawing(file, drawing, format, DRAWING_SCALE, what);
        }
    }

    /** Asks how and where, then exports the 2D view. */
    public void figureWithDialog(Window owner) {
        withDialog(owner, new ExportDialog("the landscape view", planeWidth(), planeHeight(),
                new ExportDialog.PlaneDefaults(lab.titleIfUnchanged(), lab.captionIfUnchanged(), lab.steps(),
                        lab.playhead(), lab.view().panelsProperty().get()), true), "downhill", this::saveFigure);
    }

    /** Asks how and where, then exports the data view (nothing on a formula). */
    public void dataViewWithDialog(Window owner) {
        if (dataView.picture() == null) {
            return;
        }
        withDialog(owner, ExportDialog.dataView(dataWidth(), dataHeight(), lab.titleIfUnchanged(),
                lab.captionIfUnchanged()), "downhill-data", this::saveDataView);
    }

    /** Asks the size and where, then exports the 3D view as a PNG. */
    public void surfaceWithDialog(Window owner) {
        withDialog(owner, new ExportDialog("the 3D view", surface.getWidth(), surface.getHeight(), false),
                "downhill-3d", (file, request) -> saveSurface(file, request.scale()));
    }

    /** Asks how and where, then exports the charts. */
    public void chartsWithDialog(Window owner) {
        withDialog(owner, new ExportDialog("the charts", chartsWidth(), chartsHeight(), true),
                "downhill-charts", this::saveCharts);
    }

    /** Shows the dialog, asks for a file named after {@code name}, and exports into it. */
    private void withDialog(Window owner, ExportDialog dialog, String name, BiConsumer<Path, FigureRequest> export) {
        dialog.showAndWait().ifPresent(request -> {
            FigureRequest.Format format = request.format();
            Path file = ask(owner, dialog.getTitle(), name, format.name(), format.extension());
            if (file != null) {
                export.accept(file, request);
            }
        });
    }

    /**
     * Asks where, then writes the trajectories as CSV: every run into one file with a run column,
     * or (apart) one file per run named after the chosen file and the run.
     */
    public void csvWithDialog(Window owner, boolean apart) {
        Path file = ask(owner, apart ? "Export the trajectories, a file per run" : "Export the trajectories",
                "trajectories", "CSV", ".csv");
        if (file != null) {
            saveCsv(file, apart);
        }
    }

    /** Asks for the size, frame rate and range and where, then records the GIF. */
    public void gifWithDialog(Window owner) {
        new GifDialog(lab).showAndWait().ifPresent(request -> {
            Path file = ask(owner, "Export an animation", "downhill", "Animated GIF", ".gif");
            if (file != null) {
                saveGif(file, request.size(), request.toEnd() ? lab.steps() : lab.playhead(), request.fps(),
                        request.loop());
            }
        });
    }

    /** The figure options of the 2D view as it is shown: one plot, or a panel per run. */
    private FigureOptions asShown() {
        return FigureOptions.SCREEN.withPanels(lab.view().panelsProperty().get());
    }

    /** The 2D figure's width: the view's, or a default while it is hidden. */
    private double planeWidth() {
        return plane.getWidth() >= 100 ? plane.getWidth() : PLANE_WIDTH;
    }

    /** The 2D figure's height: the view's, or a default while it is hidden. */
    private double planeHeight() {
        return plane.getHeight() >= 100 ? plane.getHeight() : PLANE_HEIGHT;
    }

    /** The data view's figure width: as on screen, or a default while it is hidden. */
    private double dataWidth() {
        return dataView.getWidth() >= 100 ? dataView.getWidth() : DATA_WIDTH;
    }

    /** The data view's figure height: as on screen, or a default while it is hidden. */
    private double dataHeight() {
        return dataView.getHeight() >= 100 ? dataView.getHeight() : DATA_HEIGHT;
    }

    /** The charts' figure width: as on screen, or a default while they are hidden. */
    private double chartsWidth() {
        return charts.getWidth() > 100 ? charts.getWidth() : CHARTS_WIDTH;
    }

    /** The charts' figure height: as on screen, or a default while they are hidden. */
    private double chartsHeight() {
        return charts.getHeight() > 60 ? charts.getHeight() : CHARTS_HEIGHT;
    }

    /** Asks for a file to save to, offering {@code name} + {@code extension}; null if cancelled. */
    private static Path ask(Window owner, String title, String name, String kind, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind + " (*" + extension + ")",
                "*" + extension));
        java.io.File chosen = chooser.showSaveDialog(owner);
        return chosen == null ? null : chosen.toPath();
    }

    /**
     * Runs a write on the file thread and reports the result on the FX thread: "Saved NAME" in
     * the status bar, or the failure with {@code what} in its title.
     *
     * @return a future completed (on the file thread) when the write has finished or failed
     */
    private CompletableFuture<Void> save(String what, Path file, FileWrite write) {
        status.accept("Saving " + file.getFileName() + "\u2026");
        CompletableFuture<Void> done = new CompletableFuture<>();
        files.execute(() -> {
            try {
                write.write();
                deliver.execute(() -> status.accept("Saved " + file.getFileName()));
                done.complete(null);
            } catch (IOException | RuntimeException e) {
                deliver.execute(() -> errors.accept("Could not " + what, String.valueOf(e.getMessage())));
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    /** Drawing, encoding and writing files from values taken already: safe on any thread; may fail. */
    private interface FileWrite {
        void write() throws IOException;
    }
}
