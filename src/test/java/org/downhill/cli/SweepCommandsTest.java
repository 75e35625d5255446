package org.downhill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.downhill.diagnose.Regime;
import org.downhill.sim.ReferenceCsv;
import org.downhill.testing.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code scan} and {@code map}: their CSV, the map's figures, and bad input. */
class SweepCommandsTest {
    private static final List<String> REGIMES = java.util.Arrays.stream(Regime.values())
            .map(Regime::referenceName).toList();

    @TempDir
    Path dir;

    @Test
    void scanPrintsOneRowPerLearningRate() {
        CliRun r = CliRun.of("scan", "--function", "quadratic", "--param", "b=10", "--start", "-2,1.5",
                "--steps", "500", "--lr-min", "1e-3", "--lr-max", "1", "--points", "31");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("lr,final_loss,min_loss,steps,regime,event_step", lines.get(0));
        assertEquals(32, lines.size());
        double previous = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            assertEquals(6, cells.length, line);
            double lr = ReferenceCsv.parse(cells[0]);
            assertTrue(lr > previous, line);
            previous = lr;
            assertTrue(ReferenceCsv.parse(cells[2]) <= ReferenceCsv.parse(cells[1])
                    || !Double.isFinite(ReferenceCsv.parse(cells[1])), line);
            assertTrue(Integer.parseInt(cells[3]) <= 500, line);
            assertTrue(REGIMES.contains(cells[4]), line);
            Integer.parseInt(cells[5]);
        }
        assertEquals("0.001", lines.get(1).split(",")[0]);
        assertEquals("1", lines.get(31).split(",")[0]);
        assertTrue(lines.get(31).contains(",diverges,"), lines.get(31));
        assertTrue(lines.get(1).contains(",converges,") || lines.get(1).contains(",slow,"), lines.get(1));
    }

    @Test
    void scanTakesACaseAndTheSliderRangeByDefault(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("scan.csv");
        CliRun r = CliRun.of("scan", "--case", ReferenceData.manifest().toString(), "--id",
                ReferenceData.cases().get(0).id(), "--points", "7", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(8, lines.size());
        assertEquals(1e-5, ReferenceCsv.parse(lines.get(1).split(",")[0]));
        assertEquals(10, ReferenceCsv.parse(lines.get(7).split(",")[0]));
    }

    @Test
    void mapPrintsOneRowPerCellMomentumByMomentum() {
        CliRun r = CliRun.of("map", "--function", "quadratic", "--param", "b=10", "--start", "-2,1.5",
                "--steps", "300", "--lr-min", "1e-3", "--lr-max", "1", "--points", "5", "--momentum-points", "4");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("lr,momentum,regime,final_loss,event_step", lines.get(0));
        assertEquals(21, lines.size());
        assertEquals("0.001,0,", lines.get(1).substring(0, 8));
        assertTrue(lines.get(20).startsWith("1,0.98999999999999999,"), lines.get(20));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            assertEquals(5, cells.length, line);
            assertTrue(REGIMES.contains(cells[2]), line);
        }
        CliRun adam = CliRun.of("map", "--function", "rosenbrock", "--optimizer", "Adam", "--steps", "100",
                "--points", "3", "--momentum-points", "2", "--momentum-max", "0.9");
        assertEquals(0, adam.code(), adam.err());
        assertEquals(7, adam.out().lines().count());
    }

    @Test
    void mapDrawsThePngAndSvgFigureWithACellPerRunAndTheCsvOnlyToOut() throws Exception {
        Path png = dir.resolve("map.png");
        Path svg = dir.resolve("map.svg");
        Path csv = dir.resolve("map.csv");
        CliRun r = CliRun.of("map", "--function", "quadratic", "--param", "b=10", "--start", "-2,1.5",
                "--steps", "200", "--lr-min", "1e-3", "--lr-max", "1", "--points", "12", "--momentum-points", "7",
                "--png", png.toString(), "--svg", svg.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out(), "no CSV on stdout with a figure");
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(Math.round(MapCommand.WIDTH * MapCommand.PNG_SCALE), image.getWidth());
        assertEquals(Math.round(MapCommand.HEIGHT * MapCommand.PNG_SCALE), image.getHeight());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(svg.toFile());
        NodeList groups = doc.getElementsByTagName("g");
        int cells = -1;
        boolean edge = false;
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("class").equals("cells")) {
                cells = g.getElementsByTagName("rect").getLength();
            }
            edge |= g.getAttribute("class").equals("edge") && g.getElementsByTagName("path").getLength() > 0;
        }
        assertEquals(12 * 7, cells, "a cell per run");
        assertTrue(edge, "SGD on a quadratic: the theoretical edge is drawn");
        CliRun both = CliRun.of("map", "--function", "quadratic", "--points", "3", "--momentum-points", "2",
                "--png", png.toString(), "--out", csv.toString());
        assertEquals(0, both.code(), both.err());
        assertEquals(7, Files.readAllLines(csv).size(), "the CSV to --out beside the figure");
    }

    @Test
    void mapRefusesABadFigurePathBeforeAnyWork() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.png"));
        CliRun.assertBadInput("map", "--png", folder.toString());
        CliRun.assertBadInput("map", "--svg", dir.resolve("no-such-folder").resolve("m.svg").toString());
        Path same = dir.resolve("m.png");
        CliRun.assertBadInput("map", "--png", same.toString(), "--svg", same.toString());
        CliRun r = CliRun.of("map", "--png", folder.toString());
        assertTrue(r.err().contains("it is a folder"), r.err());
        assertTrue(Files.isDirectory(folder));
        assertFalse(Files.exists(same));
    }

    @Test
    void badInputGivesOneLineAndExitCodeTwo() {
        String[][] bad = {
                {"scan", "--lr-min", "1", "--lr-max", "0.1"},
                {"scan", "--lr-min", "0"},
                {"scan", "--lr-min", "-1"},
                {"scan", "--lr-max", "inf"},
                {"scan", "--points", "0"},
                {"scan", "--points", "many"},
                {"scan", "--function", "nope"},
                {"map", "--optimizer", "Adagrad"},
                {"map", "--momentum-max", "1.5"},
                {"map", "--momentum-min", "0.5", "--momentum-max", "0.1"},
                {"map", "--momentum-points", "0"},
                {"map", "--optimizer", "Adam", "--momentum-max", "1"},
                {"map", "--lr-min", "nan"},
        };
        for (String[] args : bad) {
            CliRun.assertBadInput(args);
        }
    }
}
