package org.downhill.ui.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
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
import org.downhill.ui.sketch.SvgSketch;
import org.downhill.ui.surface.SurfaceView;

/**
 * Figures out of the app, for the menu: the 2D view as PNG (1x to 4x) or SVG, the 3D view as PNG,
 * the charts as PNG
 * or SVG, the runs as an animated GIF, the trajectories as CSV, and the 2D view on the clipboard.
 * Every method runs on the FX thread; a file that cannot be written is reported, never thrown.
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

    /**
     * Export of a window's views.
     *
     * @param errors shows a failure: a title and the message (a dialog in the app)
     * @param status shows what was done, in the status bar
     */
    public ExportActions(LabViewModel lab, PlaneView plane, ChartsRow charts, SurfaceView surface,
                         BiConsumer<String, String> errors, Consumer<String> status) {
        this.lab = lab;
        this.plane = plane;
        this.charts = charts;
        this.surface = surface;
        this.errors = errors;
        this.status = status;
    }

    /** Writes the 2D view as asked (PNG at the request's scale, or SVG) to a file. */
    public void exportFigure(Path file, FigureRequest request) throws IOException {
        double w = plane.getWidth();
        double h = plane.getHeight();
        if (request.format() == FigureRequest.Format.SVG) {
            Files.writeString(file, PlaneFigure.svg(plane, w, h, request.options()), StandardCharsets.UTF_8);
        } else {
            Images.writePng(PlaneFigure.png(plane, w, h, request.options(), request.scale()), file);
        }
    }

    /** Writes the 3D view as a PNG at a scale (1 to 4 times its size on screen). */
    public void exportSurface(Path file, int scale) throws IOException {
        Images.writePng(surface.snapshot(scale), file);
    }

    /** Writes the three charts side by side as asked to a file. */
    public void exportCharts(Path file, FigureRequest request) throws IOException {
        double w = charts.getWidth() > 100 ? charts.getWidth() : CHARTS_WIDTH;
        double h = charts.getHeight() > 60 ? charts.getHeight() : CHARTS_HEIGHT;
        boolean opaque = !request.options().transparent();
        if (request.format() == FigureRequest.Format.SVG) {
            SvgSketch sketch = new SvgSketch(w, h);
            if (opaque) {
                sketch.setFill(Color.WHITE);
                sketch.fillRect(0, 0, w, h);
            }
            charts.paintFigure(sketch);
            Files.writeString(file, sketch.toSvg(), StandardCharsets.UTF_8);
        } else {
            int scale = request.scale();
            Canvas canvas = new Canvas(Math.round(w * scale), Math.round(h * scale));
            CanvasSketch sketch = new CanvasSketch(canvas, scale);
            if (opaque) {
                sketch.setFill(Color.WHITE);
                sketch.fillRect(0, 0, w, h);
            }
            charts.paintFigure(sketch);
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setFill(Color.TRANSPARENT);
            Images.writePng(canvas.snapshot(parameters, null), file);
        }
    }

    /**
     * Writes the trajectories as CSV: one long file with a {@code run} column, or (apart) one
     * file per visible run named after the file and the run.
     *
     * @return the files written
     */
    public List<Path> exportCsv(Path file, boolean apart) throws IOException {
        List<RunViewModel> visible = lab.runs().stream().filter(RunViewModel::isVisible).toList();
        if (!apart) {
            List<TrajectoryCsv.Named> named = visible.stream()
                    .map(r -> new TrajectoryCsv.Named(r.name(), r.trajectory())).toList();
            writeText(file, out -> TrajectoryCsv.write(named, out));
            return List.of(file);
        }
        String base = file.getFileName().toString().replaceFirst("\\.csv$", "");
        List<Path> written = new java.util.ArrayList<>();
        for (RunViewModel run : visible) {
            Path one = file.resolveSibling(base + "-" + run.name().replaceAll("[^A-Za-z0-9._-]+", "_") + ".csv");
            writeText(one, out -> TrajectoryCsv.write(run.trajectory(), out));
            written.add(one);
        }
        return written;
    }

    /** Puts the 2D view on the clipboard as an image at twice the screen resolution. */
    public void copyFigure() {
        WritableImage image = PlaneFigure.png(plane, plane.getWidth(), plane.getHeight(), FigureOptions.SCREEN, 2);
        ClipboardContent content = new ClipboardContent();
        content.putImage(image);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        status.accept("Copied the view to the clipboard (" + (int) image.getWidth() + " \u00d7 "
                + (int) image.getHeight() + " pixels)");
    }

    /** Asks how and where, then exports the 2D view. */
    public void figureWithDialog(Window owner) {
        withDialog(owner, new ExportDialog("the landscape view", plane.getWidth(), plane.getHeight(), true, true),
                "downhill", (file, request) -> exportFigure(file, request));
    }

    /** Asks the size and where, then exports the 3D view as a PNG. */
    public void surfaceWithDialog(Window owner) {
        withDialog(owner, new ExportDialog("the 3D view", surface.getWidth(), surface.getHeight(), false, false),
                "downhill-3d", (file, request) -> exportSurface(file, request.scale()));
    }

    /** Asks how and where, then exports the charts. */
    public void chartsWithDialog(Window owner) {
        withDialog(owner, new ExportDialog("the charts", charts.getWidth(), charts.getHeight(), false, true),
                "downhill-charts", (file, request) -> exportCharts(file, request));
    }

    /** Shows the dialog, asks for a file named after {@code name}, and exports into it. */
    private void withDialog(Window owner, ExportDialog dialog, String name, FigureExport export) {
        dialog.showAndWait().ifPresent(request -> {
            Path file = ask(owner, dialog.getTitle(), name + request.format().extension(), request.format());
            if (file != null) {
                run(dialog.getTitle().toLowerCase(java.util.Locale.ROOT), file, () -> export.write(file, request));
            }
        });
    }

    /**
     * Asks where, then writes the trajectories as CSV: every run into one file with a run column,
     * or (apart) one file per run named after the chosen file and the run.
     */
    public void csvWithDialog(Window owner, boolean apart) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(apart ? "Export the trajectories, a file per run" : "Export the trajectories");
        chooser.setInitialFileName("trajectories.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
        java.io.File chosen = chooser.showSaveDialog(owner);
        if (chosen != null) {
            Path file = chosen.toPath();
            run("export the trajectories", file, () -> exportCsv(file, apart));
        }
    }

    /** Asks for the frame rate and range and where, then records the GIF frame by frame. */
    public void gifWithDialog(Window owner) {
        new GifDialog(lab).showAndWait().ifPresent(request -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export an animation");
            chooser.setInitialFileName("downhill.gif");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Animated GIF (*.gif)", "*.gif"));
            java.io.File chosen = chooser.showSaveDialog(owner);
            if (chosen == null) {
                return;
            }
            AnimationExport animation = new AnimationExport(lab, plane, plane.getWidth() * request.size(),
                    plane.getHeight() * request.size(), request.toEnd() ? lab.steps() : lab.playhead());
            int total = animation.frames();
            animation.writePaced(chosen.toPath(), request.fps(), request.loop(),
                    n -> status.accept("Recording the GIF: frame " + n + " of " + total),
                    failure -> {
                        if (failure == null) {
                            status.accept("Saved " + chosen.getName() + " (" + total + " frames)");
                        } else {
                            errors.accept("Could not export the animation", failure.getMessage());
                        }
                    });
        });
    }

    private Path ask(Window owner, String title, String name, FigureRequest.Format format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name() + " (*"
                + format.extension() + ")", "*" + format.extension()));
        java.io.File chosen = chooser.showSaveDialog(owner);
        return chosen == null ? null : chosen.toPath();
    }

    private void run(String what, Path file, Export export) {
        try {
            export.run();
            status.accept("Saved " + file.getFileName());
        } catch (IOException | RuntimeException e) {
            errors.accept("Could not " + what, file + ": " + e.getMessage());
        }
    }

    private static void writeText(Path file, Consumer<Writer> body) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            body.accept(out);
        }
    }

    /** An export that may fail. */
    private interface Export {
        void run() throws IOException;
    }

    /** An export of a figure as asked, that may fail. */
    private interface FigureExport {
        void write(Path file, FigureRequest request) throws IOException;
    }
}
