package org.downhill.figure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.downhill.diagnose.Regime;
import org.downhill.figure.sketch.Rgba;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import org.downhill.sim.Simulator;
import org.downhill.sweep.Cancellation;
import org.downhill.sweep.Progress;
import org.downhill.sweep.StabilityMap;
import org.downhill.sweep.Sweeper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The stability map as a figure: its cells, edges and ring, as PNG and SVG, and its hit test. */
class MapFigureTest {
    private static final RunSpec BOWL = new RunSpec(Landscapes.byId("bowl").create(), -2, 1.5, 150,
            Settings.of(OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", 0.05, "momentum", 0.5))));
    private static final StabilityMap MAP = StabilityMap.run(Sweeper.sameThread(), BOWL, 1e-3, 1, 16, 0, 0.9, 10,
            new Cancellation(), Progress.NONE);

    private static MapFigure figure(double textScale) {
        return new MapFigure(MAP, MapFigure.edges(Simulator.run(BOWL), MAP), 0.05, 0.5, textScale, 640, 420);
    }

    @Test
    void thePngDecodesAtItsScaleAndShowsTheRegimeColours() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FigureFormats.writePng(FigureFormats.image(figure(1), 2), bytes);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(1280, image.getWidth());
        assertEquals(840, image.getHeight());
        MapFigure f = figure(1);
        double x = 640 - 12 - 3;
        double y = 8 + 3;
        assertArrayEquals(new int[] {MAP.lrCount() - 1, MAP.momentumCount() - 1}, f.cellAt(x, y));
        assertEquals(Regime.DIVERGES, MAP.outcome(MAP.lrCount() - 1, MAP.momentumCount() - 1).regime(),
                "lr = 1 with momentum 0.9 is past the edge 2(1 + 0.9)/10");
        Rgba drawn = Rgba.argb(image.getRGB((int) (2 * x), (int) (2 * y)));
        assertEquals(RegimeStyle.of(Regime.DIVERGES).hex(), drawn.hex(), "a diverging cell in its regime's colour");
    }

    @Test
    void theSvgParsesWithACellPerRunTheEdgesAndTheRing() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(
                FigureFormats.svg(figure(1)))));
        NodeList groups = doc.getElementsByTagName("g");
        int cells = 0;
        int edges = 0;
        int rings = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            switch (g.getAttribute("class")) {
                case "cells" -> cells += g.getElementsByTagName("rect").getLength();
                case "edge" -> edges += g.getElementsByTagName("path").getLength();
                case "marker" -> rings += g.getElementsByTagName("ellipse").getLength()
                        + g.getElementsByTagName("circle").getLength();
                default -> { }
            }
        }
        assertEquals(MAP.lrCount() * MAP.momentumCount(), cells);
        assertEquals(figure(1).edges()[0].length, edges, "a white line per curvature");
        assertTrue(rings > 0, "the run's setting");
    }

    @Test
    void theEdgesAreTwoTimesOnePlusBetaOverEachCurvatureAndUnknownForAdam() {
        double[][] edges = figure(1).edges();
        double[] lambdas = {1 / (edges[0][1] / 2), 1 / (edges[0][0] / 2)};
        for (int k = 0; k <= MapFigure.EDGE_SAMPLES; k++) {
            double beta = 0.9 * k / MapFigure.EDGE_SAMPLES;
            assertArrayEquals(new double[] {2 * (1 + beta) / lambdas[1], 2 * (1 + beta) / lambdas[0]}, edges[k],
                    1e-12);
        }
        RunSpec adam = BOWL.withSettings(Settings.of(OptimizerSpec.of(OptimizerKind.ADAM, Map.of("lr", 0.05))));
        assertEquals(0, MapFigure.edges(Simulator.run(adam), MAP)[10].length);
    }

    @Test
    void theHitTestFindsTheCellsAndGrowsItsMarginsWithTheText() {
        MapFigure f = figure(1);
        assertNull(f.cellAt(2, 2), "the margin");
        int[] last = f.cellAt(640 - 12 - 0.5, 8 + 0.5);
        assertArrayEquals(new int[] {MAP.lrCount() - 1, MAP.momentumCount() - 1}, last);
        assertNull(figure(2).cellAt(60, 200), "twice the text: twice the margin");
        assertTrue(f.cellAt(60, 200) != null);
    }
}
