package org.downhill.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.downhill.export.TrajectoryCsv;
import org.downhill.figure.FigureOptions;
import org.downhill.figure.MapFigure;
import org.downhill.sweep.Sweeper;
import org.downhill.ui.MainWindow;
import org.downhill.ui.TestWindows;
import org.downhill.ui.lr.StabilityMapModel;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.RunPalette;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.w3c.dom.Document;

/**
 * The export actions of the real window, headless: the FX thread only takes a snapshot, the
 * drawing, encoding and writing run on the file thread, and the files have the right kind, size
 * and content.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ExportActionsTest {
    @TempDir
    Path dir;

    private LabViewModel lab;
    private MainWindow window;
    private final List<String> errors = new ArrayList<>();
    /** The file thread's tasks, run by the test (on its own thread, not the FX thread). */
    private final Queue<Runnable> fileTasks = new ArrayDeque<>();

    @Start
    void start(Stage stage) {
        lab = new LabViewModel();
        lab.duplicate(lab.selected()).hyperModel().set("lr", 0.12);
        window = TestWindows.open(stage, lab);
    }

    private ExportActions actions(Executor files) {
        return new ExportActions(lab, window.plane(), window.charts(), window.surface(), window.dataView(),
                (t, m) -> errors.add(t + ": " + m), m -> { }, files, Platform::runLater);
    }

    /** Starts an export on the FX thread with the file thread's tasks queued, then runs them here. */
    private <T> T export(FxRobot robot, java.util.function.Function<ExportActions, CompletableFuture<T>> action)
            throws Exception {
        TestWindows.settle();
        List<CompletableFuture<T>> started = new ArrayList<>();
        robot.interact(() -> started.add(action.apply(actions(fileTasks::add))));
        assertFalse(started.get(0).isDone(), "nothing is written on the FX thread");
        while (!fileTasks.isEmpty()) {
            fileTasks.poll().run();
        }
        T result = started.get(0).get(30, TimeUnit.SECONDS);
        TestWindows.settle();
        assertTrue(errors.isEmpty(), errors.toString());
        return result;
    }

    @Test
    void theFigureIsDrawnEncodedAndWrittenOffTheFxThread(FxRobot robot) throws Exception {
        Path file = dir.resolve("figure.png");
        List<String> threads = new ArrayList<>();
        TestWindows.settle();
        List<CompletableFuture<Void>> started = new ArrayList<>();
        robot.interact(() -> started.add(actions(task -> {
            threads.add("queued");
            fileTasks.add(task);
        }).saveFigure(file, new FigureRequest(FigureRequest.Format.PNG, 1, FigureOptions.SCREEN))));
        assertEquals(List.of("queued"), threads);
        assertFalse(Files.exists(file), "the FX thread only took the snapshot");
        boolean[] onFxThread = {true};
        Thread writer = new Thread(() -> {
            onFxThread[0] = Platform.isFxApplicationThread();
            fileTasks.poll().run();
        }, "test-file-thread");
        writer.start();
        writer.join(30_000);
        started.get(0).get(30, TimeUnit.SECONDS);
        assertFalse(onFxThread[0]);
        assertEquals(Math.round(window.plane().getWidth()), ImageIO.read(file.toFile()).getWidth());
    }

    @Test
    void theStabilityMapIsSavedAsPngAndSvgOffTheFxThread(FxRobot robot) throws Exception {
        List<MapFigure> maps = new ArrayList<>();
        robot.interact(() -> {
            StabilityMapModel model = new StabilityMapModel(lab, window.lrStrip(), Runnable::run, Runnable::run,
                    Sweeper.sameThread());
            model.compute();
            maps.add(model.figure(500, 360, 1.5));
        });
        Path png = dir.resolve("map.png");
        Path svg = dir.resolve("map.svg");
        export(robot, a -> a.saveDrawing(png, maps.get(0), FigureRequest.Format.PNG, 2, "the stability map"));
        export(robot, a -> a.saveDrawing(svg, maps.get(0), FigureRequest.Format.SVG, 2, "the stability map"));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1000, image.getWidth());
        assertEquals(720, image.getHeight());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(svg.toFile());
        assertEquals("500", doc.getDocumentElement().getAttribute("width").replace("px", "").replace(".0", ""));
        assertTrue(Files.readString(svg).contains("class=\"cells\""));
    }

    @Test
    void aPngFigureHasTheChosenScale(FxRobot robot) throws Exception {
        Path file = dir.resolve("figure.png");
        export(robot, a -> a.saveFigure(file, new FigureRequest(FigureRequest.Format.PNG, 3, FigureOptions.SCREEN)));
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(Math.round(window.plane().getWidth() * 3), image.getWidth());
        assertEquals(Math.round(window.plane().getHeight() * 3), image.getHeight());
    }

    @Test
    void atStepZeroWholeRunsDrawThePathsNotOnlyTheirPreviewAndSlidesAreFullHd(FxRobot robot) throws Exception {
        robot.interact(() -> lab.setPlayhead(0));
        Path ahead = dir.resolve("ahead.svg");
        Path whole = dir.resolve("whole.svg");
        Path slide = dir.resolve("slide.png");
        FigureOptions titled = FigureOptions.SCREEN.withHeading("Slide title", "");
        export(robot, a -> a.saveFigure(ahead, new FigureRequest(FigureRequest.Format.SVG, 1, titled, false, false)));
        export(robot, a -> a.saveFigure(whole, new FigureRequest(FigureRequest.Format.SVG, 1, titled, false, true)));
        export(robot, a -> a.saveFigure(slide, new FigureRequest(FigureRequest.Format.PNG, 2, titled, true, true)));
        assertTrue(Files.readString(ahead).contains("class=\"run-preview\""), "at the playhead: the path ahead");
        String wholeText = Files.readString(whole);
        assertFalse(wholeText.contains("class=\"run-preview\""), "whole runs: nothing left ahead");
        assertTrue(wholeText.contains(">Slide title<"));
        BufferedImage image = ImageIO.read(slide.toFile());
        assertEquals(1920, image.getWidth());
        assertEquals(1080, image.getHeight());
    }

    @Test
    void anSvgFigureHasAPathPerVisibleRun(FxRobot robot) throws Exception {
        Path file = dir.resolve("figure.svg");
        export(robot, a -> a.saveFigure(file, new FigureRequest(FigureRequest.Format.SVG, 1, FigureOptions.SCREEN)));
        String text = Files.readString(file);
        assertEquals(lab.runs().size(), text.split("class=\"run-path\"", -1).length - 1);
    }

    @Test
    void theChartsAsSvgHoldThreeChartsWithAPathPerRun(FxRobot robot) throws Exception {
        Path file = dir.resolve("charts.svg");
        export(robot, a -> a.saveCharts(file, new FigureRequest(FigureRequest.Format.SVG, 1, FigureOptions.SCREEN)));
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        int charts = 0;
        var groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            if ("chart".equals(((org.w3c.dom.Element) groups.item(i)).getAttribute("class"))) {
                charts++;
            }
        }
        assertEquals(3, charts);
        String text = Files.readString(file).toLowerCase(java.util.Locale.ROOT);
        for (var run : lab.runs()) {
            String hex = RunPalette.hex(run.color()).toLowerCase(java.util.Locale.ROOT);
            assertTrue(text.contains("stroke=\"" + hex + "\""), "a line in " + hex);
        }
    }

    @Test
    void theChartsAsPngHaveTheChosenScale(FxRobot robot) throws Exception {
        Path file = dir.resolve("charts.png");
        export(robot, a -> a.saveCharts(file, new FigureRequest(FigureRequest.Format.PNG, 2, FigureOptions.SCREEN)));
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(Math.round(window.charts().getWidth() * 2), image.getWidth());
    }

    @Test
    void theTrajectoriesAsOneCsvHaveARunColumnAndEveryRow(FxRobot robot) throws Exception {
        Path file = dir.resolve("runs.csv");
        export(robot, a -> a.saveCsv(file, false));
        List<String> lines = Files.readAllLines(file);
        assertEquals(TrajectoryCsv.RUNS_HEADER, lines.get(0));
        int rows = lab.runs().stream().mapToInt(r -> r.trajectory().rows()).sum();
        assertEquals(rows + 1, lines.size());
    }

    @Test
    void oneCsvPerRunWhenAskedApart(FxRobot robot) throws Exception {
        Path file = dir.resolve("runs.csv");
        List<Path> written = export(robot, a -> a.saveCsv(file, true));
        assertEquals(lab.runs().size(), written.size());
        for (Path one : written) {
            assertEquals(TrajectoryCsv.HEADER, Files.readAllLines(one).get(0));
        }
    }

    @Test
    void aGifHasAFramePerStepLoopsAndLeavesThePlayheadAlone(FxRobot robot) throws Exception {
        Path file = dir.resolve("run.gif");
        robot.interact(() -> lab.setPlayhead(7));
        export(robot, a -> a.saveGif(file, 0.5, 20, 10, true));
        assertEquals(7, lab.playhead());
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(21, reader.getNumImages(true));
            assertEquals(Math.round(window.plane().getWidth() * 0.5), reader.getWidth(0));
            String metadata = toText(reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0"));
            assertTrue(metadata.contains("NETSCAPE"), "loops");
        }
    }

    @Test
    void copyFigurePutsTheViewAtTwiceItsSizeOnTheClipboard(FxRobot robot) throws Exception {
        export(robot, ExportActions::copyFigure);
        List<javafx.scene.image.Image> copied = new ArrayList<>();
        robot.interact(() -> copied.add(javafx.scene.input.Clipboard.getSystemClipboard().getImage()));
        assertEquals(2 * Math.round(window.plane().getWidth()), copied.get(0).getWidth());
        assertEquals(2 * Math.round(window.plane().getHeight()), copied.get(0).getHeight());
    }

    @Test
    void aFolderIsNeverReplacedAndTheFailureIsShown(FxRobot robot) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("figure.png"));
        TestWindows.settle();
        List<CompletableFuture<Void>> started = new ArrayList<>();
        robot.interact(() -> started.add(actions(Runnable::run).saveFigure(folder,
                new FigureRequest(FigureRequest.Format.PNG, 1, FigureOptions.SCREEN))));
        assertTrue(started.get(0).isCompletedExceptionally());
        TestWindows.settle();
        assertTrue(Files.isDirectory(folder));
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("it is a folder, not a file"), errors.get(0));
    }

    private static String toText(org.w3c.dom.Node node) {
        StringBuilder out = new StringBuilder(node.getNodeName());
        if (node.getAttributes() != null) {
            for (int i = 0; i < node.getAttributes().getLength(); i++) {
                out.append(' ').append(node.getAttributes().item(i).getNodeValue());
            }
        }
        for (org.w3c.dom.Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            out.append(' ').append(toText(c));
        }
        return out.toString();
    }

    @Test
    void theDataViewIsExportedAtThePlayheadOffTheFxThreadAndNotOnAFormula(FxRobot robot) throws Exception {
        Path none = dir.resolve("none.png");
        List<CompletableFuture<Void>> refused = new ArrayList<>();
        TestWindows.settle();
        robot.interact(() -> refused.add(actions(fileTasks::add).saveDataView(none,
                new FigureRequest(FigureRequest.Format.PNG, 1, FigureOptions.SCREEN))));
        assertTrue(refused.get(0).isCompletedExceptionally(), "a formula has no data view");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(fileTasks.isEmpty());
        errors.clear();
        robot.interact(() -> {
            lab.load(org.downhill.scenario.Presets.byId("batch-size-lr").scenario());
            lab.setPlayhead(12);
        });
        Path svg = dir.resolve("data.svg");
        Path png = dir.resolve("data.png");
        export(robot, a -> a.saveDataView(svg, new FigureRequest(FigureRequest.Format.SVG, 1,
                FigureOptions.SCREEN.withHeading("On data", ""))));
        export(robot, a -> a.saveDataView(png, new FigureRequest(FigureRequest.Format.PNG, 2, FigureOptions.SCREEN)));
        String text = Files.readString(svg);
        assertEquals(3, text.split("class=\"run-model\"", -1).length - 1, "the three runs' lines");
        assertTrue(text.contains(">On data<") && text.contains(">Batch 16<"), "title and key");
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(Math.round(window.dataView().getWidth() * 2), image.getWidth());
        assertFalse(Files.exists(none));
    }
}
