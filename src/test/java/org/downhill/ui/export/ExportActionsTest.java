package org.downhill.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javafx.stage.Stage;
import org.downhill.export.TrajectoryCsv;
import org.downhill.ui.MainWindow;
import org.downhill.ui.TestWindows;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.plane.FigureOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;

/** The export actions of the real window, headless: files of the right kind, size and content. */
@ExtendWith(ApplicationExtension.class)
class ExportActionsTest {
    @TempDir
    Path dir;

    private LabViewModel lab;
    private MainWindow window;
    private final List<String> errors = new ArrayList<>();

    @Start
    void start(Stage stage) {
        lab = new LabViewModel();
        lab.duplicate(lab.selected()).hyperModel().set("lr", 0.12);
        window = TestWindows.open(stage, lab);
    }

    private ExportActions actions() {
        return new ExportActions(lab, window.plane(), window.charts(), window.surface(),
                (t, m) -> errors.add(t + ": " + m), m -> { }, Runnable::run, Runnable::run);
    }

    private void onFx(FxRobot robot, ThrowingRunnable r) {
        WaitForAsyncUtils.waitForFxEvents(3);
        robot.interact(() -> {
            try {
                r.run();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void aPngFigureHasTheChosenScale(FxRobot robot) throws IOException {
        Path file = dir.resolve("figure.png");
        onFx(robot, () -> actions().exportFigure(file,
                new FigureRequest(FigureRequest.Format.PNG, 3, FigureOptions.SCREEN)));
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(Math.round(window.plane().getWidth() * 3), image.getWidth());
        assertEquals(Math.round(window.plane().getHeight() * 3), image.getHeight());
    }

    @Test
    void theChartsAsSvgHoldThreeChartsWithAPathPerRun(FxRobot robot) throws Exception {
        Path file = dir.resolve("charts.svg");
        onFx(robot, () -> actions().exportCharts(file,
                new FigureRequest(FigureRequest.Format.SVG, 1, FigureOptions.SCREEN)));
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        int charts = 0;
        var groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            if ("chart".equals(((org.w3c.dom.Element) groups.item(i)).getAttribute("class"))) {
                charts++;
            }
        }
        assertEquals(3, charts);
        String text = Files.readString(file);
        for (var run : lab.runs()) {
            String hex = org.downhill.ui.model.RunPalette.hex(run.color()).toLowerCase(java.util.Locale.ROOT);
            assertTrue(text.toLowerCase(java.util.Locale.ROOT).contains("stroke=\"" + hex + "\""),
                    "a line in " + hex);
        }
    }

    @Test
    void theTrajectoriesAsOneCsvHaveARunColumnAndEveryRow(FxRobot robot) throws IOException {
        Path file = dir.resolve("runs.csv");
        onFx(robot, () -> actions().exportCsv(file, false));
        List<String> lines = Files.readAllLines(file);
        assertEquals(TrajectoryCsv.RUNS_HEADER, lines.get(0));
        int rows = lab.runs().stream().mapToInt(r -> r.trajectory().rows()).sum();
        assertEquals(rows + 1, lines.size());
    }

    @Test
    void oneCsvPerRunWhenAskedApart(FxRobot robot) throws IOException {
        Path file = dir.resolve("runs.csv");
        List<List<Path>> written = new ArrayList<>();
        onFx(robot, () -> written.add(actions().exportCsv(file, true)));
        assertEquals(lab.runs().size(), written.get(0).size());
        for (Path one : written.get(0)) {
            assertEquals(TrajectoryCsv.HEADER, Files.readAllLines(one).get(0));
        }
    }

    @Test
    void aGifHasAFramePerStepAndLoops(FxRobot robot) throws IOException {
        Path file = dir.resolve("run.gif");
        onFx(robot, () -> lab.setPlayhead(7));
        onFx(robot, () -> new AnimationExport(lab, window.plane(), 320, 240, 20).writeNow(file, 10, true));
        assertEquals(7, lab.playhead(), "the playhead is put back");
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(21, reader.getNumImages(true));
            assertEquals(320, reader.getWidth(0));
            String metadata = toText(reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0"));
            assertTrue(metadata.contains("NETSCAPE"), "loops");
        }
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

    private interface ThrowingRunnable {
        void run() throws IOException;
    }
}
