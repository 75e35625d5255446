package org.downhill.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ClipboardContent;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.downhill.export.TrajectoryCsv;
import org.downhill.ui.chart.ChartsRow;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.RunViewModel;
import org.downhill.ui.plane.FigureOptions;
import org.downhill.ui.plane.PlaneView;
import org.downhill.ui.sketch.CanvasSketch;
import org.downhill.ui.sketch.Sketch;
import org.downhill.ui.sketch.SvgSketch;
import org.downhill.ui.surface.SurfaceView;

/**
 * Figures out of the app, for the menu: the 2D view as PNG (1x to 4x) or SVG, the 3D view as PNG,
 * the charts as PNG or SVG, the runs as an animated GIF, the trajectories as CSV, and the 2D view
 * on the clipboard. Every method runs on the FX thread. The {@code export...} methods write at
 * once and throw what fails; the {@code ...WithDialog} ones ask first, write on the file thread
 * and report a failure instead of throwing it.
 */
public final class ExportActions {
    /** The charts' figure size when they are hidden on screen. */
    private static final double CHARTS_WIDTH = 1200;
    private static final double CHARTS_HEIGHT = 220;

    private final LabViewModel lab;
    private final PlaneView plane;
    private final ChartsRow charts;
    private final SurfaceView surface;
    private final BiConsumer<String, String> errors;
    private final Consumer<String> status;
    private final Executor files;
    private final Executor deliver;

    /**
     * Export of a window's views.
     *
     * @param errors  shows a failure: a title and the message (a dialog in the app)
     * @param status  shows what was done, in the status bar
     * @param files   writes and encodes the files (a background thread in the app)
     * @param deliver runs the reports of the writing on the FX thread ({@code Platform::runLater})
     */
    public ExportActions(LabViewModel lab, PlaneView plane, ChartsRow charts, SurfaceView surface,
                         BiConsumer<String, String> errors, Consumer<String> status, Executor files,
                         Executor deliver) {
        this.lab = lab;
        this.plane = plane;
        this.charts = charts;
        this.surface = surface;
        this.errors = errors;
        this.status = status;
        this.files = files;
        this.deliver = deliver;
    }

    /** Writes the 2D view as asked (PNG at the request's scale, or SVG) to a file, now. */
    public void exportFigure(Path file, FigureRequest request) throws IOException {
        figure(file, request).write();
    }

    /** Writes the 3D view as a PNG at a scale (1 to 4 times its size on screen), now. */
    public void exportSurface(Path file, int scale) throws IOException {
        surface(file, scale).write();
    }

    /** Writes the three charts side by side as asked to a file, now. */
    public void exportCharts(Path file, FigureRequest request) throws IOException {
        charts(file, request).write();
    }

    /**
     * Writes the trajectories as CSV, now: one long file with a {@code run} column, or (apart) one
     * file per visible run named after the file and the run.
     *
     * @return the files written
     */
    public List<Path> exportCsv(Path file, boolean apart) throws IOException {
        Map<Path, String> texts = csv(file, apart);
        texts(texts).write();
        return List.copyOf(texts.keySet());
    }

    private FileWrite figure(Path file, FigureRequest request) {
        double w = plane.getWidth();
        double h = plane.getHeight();
        if (request.format() == FigureRequest.Format.SVG) {
            return texts(Map.of(file, PlaneFigure.svg(plane, w, h, request.options())));
        }
        return png(PlaneFigure.png(plane, w, h, request.options(), request.scale()), file);
    }

    private FileWrite surface(Path file, int scale) {
        return png(surface.snapshot(scale), file);
    }

    private FileWrite charts(Path file, FigureRequest request) {
        double w = chartsWidth();
        double h = chartsHeight();
        boolean opaque = !request.options().transparent();
        if (request.format() == FigureRequest.Format.SVG) {
            SvgSketch sketch = new SvgSketch(w, h);
            paintCharts(sketch, w, h, opaque);
            return texts(Map.of(file, sketch.toSvg()));
        }
        int scale = request.scale();
        Canvas canvas = new Canvas(Math.round(w * scale), Math.round(h * scale));
        paintCharts(new CanvasSketch(canvas, scale), w, h, opaque);
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        return png(canvas.snapshot(parameters, null), file);
    }

    private void paintCharts(Sketch sketch, double w, double h, boolean opaque) {
        if (opaque) {
            sketch.setFill(Color.WHITE);
            sketch.fillRect(0, 0, w, h);
        }
        charts.paintFigure(sketch);
    }

    /** The charts' figure width: as on screen, or a default while they are hidden. */
    private double chartsWidth() {
        return charts.getWidth() > 100 ? charts.getWidth() : CHARTS_WIDTH;
    }

    /** The charts' figure height: as on screen, or a default while they are hidden. */
    private double chartsHeight() {
        return charts.getHeight() > 60 ? charts.getHeight() : CHARTS_HEIGHT;
    }

    /** The CSV text of each file, read from the runs now (the trajectories change on the FX thread). */
    private Map<Path, String> csv(Path file, boolean apart) {
        List<RunViewModel> visible = lab.runs().stream().filter(RunViewModel::isVisible).toList();
        Map<Path, String> texts = new LinkedHashMap<>();
        if (!apart) {
            texts.put(file, TrajectoryCsv.toCsv(visible.stream()
                    .map(r -> new TrajectoryCsv.Named(r.name(), r.trajectory())).toList()));
            return texts;
        }
        String base = file.getFileName().toString().replaceFirst("\\.csv$", "");
        for (RunViewModel run : visible) {
            Path one = file.resolveSibling(base + "-" + run.name().replaceAll("[^A-Za-z0-9._-]+", "_") + ".csv");
            texts.put(one, TrajectoryCsv.toCsv(run.trajectory()));
        }
        return texts;
    }

    /** Texts to write, each into its file as UTF-8. */
    private static FileWrite texts(Map<Path, String> texts) {
        return () -> {
            for (Map.Entry<Path, String> e : texts.entrySet()) {
                Files.writeString(e.getKey(), e.getValue(), StandardCharsets.UTF_8);
            }
        };
    }

    /** An image's pixels copied now; the PNG encoding (the slow part) is left to the write. */
    private static FileWrite png(Image image, Path file) {
        BufferedImage pixels = SwingFXUtils.fromFXImage(image, null);
        return () -> Images.writePng(pixels, file);
    }

    /** Puts the 2D view on the clipboard as an image at twice the screen resolution. */
    public void copyFigure() {
        copyImage(PlaneFigure.png(plane, plane.getWidth(), plane.getHeight(), FigureOptions.SCREEN, 2), "the view");
    }

    /** Asks how and where, then exports the 2D view. */
    public void figureWithDialog(Window owner) {
        withDialog(owner, new ExportDialog("the landscape view", plane.getWidth(), plane.getHeight(), true, true),
                "downhill", this::figure);
    }

    /** Asks the size and where, then exports the 3D view as a PNG. */
    public void surfaceWithDialog(Window owner) {
        withDialog(owner, new ExportDialog("the 3D view", surface.getWidth(), surface.getHeight(), false, false),
                "downhill-3d", (file, request) -> surface(file, request.scale()));
    }

    /** Asks how and where, then exports the charts. */
    public void chartsWithDialog(Window owner) {
        withDialog(owner, new ExportDialog("the charts", chartsWidth(), chartsHeight(), false, true),
                "downhill-charts", this::charts);
    }

    /** Shows the dialog, asks for a file named after {@code name}, and exports into it. */
    private void withDialog(Window owner, ExportDialog dialog, String name, FigureExport export) {
        dialog.showAndWait().ifPresent(request -> {
            FigureRequest.Format format = request.format();
            Path file = ask(owner, dialog.getTitle(), name, format.name(), format.extension());
            if (file != null) {
                save(dialog.getTitle().toLowerCase(java.util.Locale.ROOT), file, () -> export.render(file, request));
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
            save("export the trajectories", file, () -> texts(csv(file, apart)));
        }
    }

    /** Asks for the frame rate and range and where, then records the GIF frame by frame. */
    public void gifWithDialog(Window owner) {
        new GifDialog(lab).showAndWait().ifPresent(request -> {
            Path file = ask(owner, "Export an animation", "downhill", "Animated GIF", ".gif");
            if (file == null) {
                return;
            }
            AnimationExport animation = new AnimationExport(lab, plane, plane.getWidth() * request.size(),
                    plane.getHeight() * request.size(), request.toEnd() ? lab.steps() : lab.playhead());
            int total = animation.frames();
            animation.writePaced(file, request.fps(), request.loop(),
                    n -> status.accept("Recording the GIF: frame " + n + " of " + total),
                    failure -> {
                        if (failure == null) {
                            status.accept("Saved " + file.getFileName() + " (" + total + " frames)");
                        } else {
                            errors.accept("Could not export the animation", failure.getMessage());
                        }
                    });
        });
    }

    /** Puts an image on the clipboard and says so, naming it ({@code what}, e.g. "the update rule"). */
    public void copyImage(Image image, String what) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(image);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        status.accept("Copied " + what + " to the clipboard (" + (int) image.getWidth() + " \u00d7 "
                + (int) image.getHeight() + " pixels)");
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
            save("export " + what, file, () -> () -> Images.writePng(render.get(), file));
        }
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
     * Reads what to save from the views now (on the FX thread), then writes it on the file thread,
     * reporting the result on the FX thread.
     */
    private void save(String what, Path file, Supplier<FileWrite> render) {
        FileWrite write;
        try {
            write = render.get();
        } catch (RuntimeException e) {
            errors.accept("Could not " + what, String.valueOf(e.getMessage()));
            return;
        }
        status.accept("Saving " + file.getFileName() + "\u2026");
        files.execute(() -> {
            try {
                write.write();
                deliver.execute(() -> status.accept("Saved " + file.getFileName()));
            } catch (IOException | RuntimeException e) {
                deliver.execute(() -> errors.accept("Could not " + what, file + ": " + e.getMessage()));
            }
        });
    }

    /** Writing a file whose content was read from the views already: safe on any thread; may fail. */
    private interface FileWrite {
        void write() throws IOException;
    }

    /** Reads a figure as asked from the views, for writing to a file. */
    private interface FigureExport {
        FileWrite render(Path file, FigureRequest request);
    }
}
