package org.downhill.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.downhill.figure.sketch.Rgba;
import org.downhill.render.GridSampler;
import org.downhill.render.Viewport;
import org.downhill.scenario.Presets;
import org.downhill.sim.Trajectory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Figures of a preset drawn without JavaFX: the SVG's parts and the PNG's pixels. */
class FigureTest {
    private static final double WIDTH = 800;
    private static final double HEIGHT = 560;
    private static final PlaneScene SCENE = endOf(PlaneScene.of(Presets.byId("rosenbrock-sgd-adam").scenario()));

    private static PlaneScene endOf(PlaneScene scene) {
        return scene.atStep(scene.steps());
    }

    private static Figure figure(FigureOptions options, double heatmapScale) {
        return Figure.of(SCENE, options, WIDTH, HEIGHT, heatmapScale, GridSampler.sequential());
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static List<Element> groups(Document svg, String name) {
        List<Element> found = new ArrayList<>();
        NodeList all = svg.getElementsByTagName("g");
        for (int i = 0; i < all.getLength(); i++) {
            Element g = (Element) all.item(i);
            if (name.equals(g.getAttribute("class"))) {
                found.add(g);
            }
        }
        return found;
    }

    @Test
    void theSvgHasTheHeatmapContoursAndOnePathGroupPerVisibleRunStartingAtItsStart() throws Exception {
        Document doc = parse(FigureFormats.svg(figure(FigureOptions.SCREEN, 1)));
        List<FigureRun> visible = SCENE.visibleRuns();
        List<Element> runPaths = groups(doc, "run-path");
        assertEquals(visible.size(), runPaths.size(), "run-path groups");
        PlotArea area = PlanePainter.plotArea(WIDTH, HEIGHT, SCENE, FigureOptions.SCREEN);
        Viewport v = PlanePainter.viewport(SCENE, area);
        for (int r = 0; r < visible.size(); r++) {
            Trajectory t = visible.get(r).trajectory();
            NodeList paths = runPaths.get(r).getElementsByTagName("path");
            assertEquals(2, paths.getLength(), "the halo and the line of run " + r);
            Element line = (Element) paths.item(1);
            assertEquals(visible.get(r).color().hex(), line.getAttribute("stroke"));
            String[] first = line.getAttribute("d").substring(1).split("[ L]");
            assertEquals(area.x() + v.toPixelX(t.x(0)), Double.parseDouble(first[0]), 0.01);
            assertEquals(area.y() + v.toPixelY(t.y(0)), Double.parseDouble(first[1]), 0.01);
        }
        assertEquals(1, groups(doc, "contour").size());
        assertTrue(groups(doc, "contour").get(0).getElementsByTagName("path").getLength() >= 10, "a path per level");
        Element heatmap = (Element) groups(doc, "heatmap").get(0).getElementsByTagName("image").item(0);
        assertTrue(heatmap.getAttributeNS("http://www.w3.org/1999/xlink", "href").startsWith("data:image/png;base64,"));
        for (String part : new String[] {"axis", "colorbar", "legend", "marker", "background"}) {
            assertFalse(groups(doc, part).isEmpty(), "a " + part + " group");
        }
    }

    @Test
    void theLegendNamesEveryVisibleRunWithItsDiagnosis() throws Exception {
        Document doc = parse(FigureFormats.svg(figure(FigureOptions.SCREEN, 1)));
        String legend = groups(doc, "legend").get(0).getTextContent();
        for (FigureRun run : SCENE.visibleRuns()) {
            assertTrue(legend.contains(run.name()) && legend.contains(run.diagnosis().headline()), legend);
        }
    }

    @Test
    void aPngAtScaleTwoIsTwiceTheSizeWithThePathsInTheirColours() {
        BufferedImage image = FigureFormats.image(figure(FigureOptions.SCREEN, 2), 2);
        assertEquals(2 * WIDTH, image.getWidth());
        assertEquals(2 * HEIGHT, image.getHeight());
        List<FigureRun> visible = SCENE.visibleRuns();
        FigureRun top = visible.get(visible.size() - 1);
        int matching = pathPointsInColour(image, top.trajectory(), top.color(), 2);
        assertTrue(matching >= 16, matching + " of 20 path points of " + top.name() + " (drawn last) in its colour");
    }

    @Test
    void aTransparentFigureWithoutLegendAndColourBarLeavesThemOut() {
        FigureOptions bare = new FigureOptions(false, false, true);
        String svg = FigureFormats.svg(figure(bare, 1));
        assertFalse(svg.contains("class=\"legend\"") || svg.contains("class=\"colorbar\"")
                || svg.contains("class=\"background\""), svg.substring(0, 400));
        assertTrue(svg.contains("class=\"run-path\""));
        BufferedImage image = FigureFormats.image(figure(bare, 1), 1);
        assertEquals(0, image.getRGB(1, 1) >>> 24, "the corner is see-through");
        BufferedImage opaque = FigureFormats.image(figure(FigureOptions.SCREEN, 1), 1);
        assertEquals(FigureStyle.BACKGROUND.toArgb(), opaque.getRGB(1, 1));
    }

    @Test
    void atStepZeroThePathAheadIsAPreviewAndNoPathIsDrawnYet() {
        Figure start = figure(FigureOptions.SCREEN, 1).atStep(0);
        String svg = FigureFormats.svg(start);
        assertEquals(SCENE.visibleRuns().size(), svg.split("class=\"run-preview\"", -1).length - 1);
        assertEquals(0, start.scene().step());
        assertTrue(!svg.contains("class=\"run-path\">\n<path"), "no path before the first step");
    }

    @Test
    void theFramesOfAnAnimationShareTheLandscape() {
        Figure figure = figure(FigureOptions.SCREEN, 1);
        assertTrue(figure.atStep(3).layer() == figure.layer());
        assertThrows(IllegalArgumentException.class, () -> figure.atStep(SCENE.steps() + 1));
        assertThrows(IllegalArgumentException.class, () -> Figure.of(SCENE, FigureOptions.SCREEN, WIDTH, HEIGHT,
                Double.NaN, GridSampler.sequential()));
    }

    /** How many of the midpoints of a run's first 20 steps have nearly its colour, in an image at a scale. */
    private static int pathPointsInColour(BufferedImage image, Trajectory t, Rgba c, double scale) {
        PlotArea area = PlanePainter.plotArea(WIDTH, HEIGHT, SCENE, FigureOptions.SCREEN);
        Viewport v = PlanePainter.viewport(SCENE, area);
        int matching = 0;
        for (int k = 0; k < 20; k++) {
            int px = (int) Math.round(scale * (area.x() + v.toPixelX((t.x(k) + t.x(k + 1)) / 2)));
            int py = (int) Math.round(scale * (area.y() + v.toPixelY((t.y(k) + t.y(k + 1)) / 2)));
            if (near(image, px, py, c)) {
                matching++;
            }
        }
        return matching;
    }

    private static boolean near(BufferedImage image, int x, int y, Rgba c) {
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                Rgba p = Rgba.argb(image.getRGB(x + dx, y + dy));
                if (Math.abs(p.red() - c.red()) < 20 && Math.abs(p.green() - c.green()) < 20
                        && Math.abs(p.blue() - c.blue()) < 20) {
                    return true;
                }
            }
        }
        return false;
    }
}
