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
    void aDivergingRunDrawsNoStepWhoseEndsAreBothFarOutsideTheView() throws Exception {
        PlaneScene scene = endOf(PlaneScene.of(Presets.byId("lr-far-too-large").scenario()));
        Figure figure = Figure.of(scene, FigureOptions.SCREEN, WIDTH, HEIGHT, 1, GridSampler.sequential());
        PlotArea area = PlanePainter.plotArea(WIDTH, HEIGHT, scene, FigureOptions.SCREEN);
        double margin = 0.1 * Math.min(area.width(), area.height()) + 0.01;
        Box near = new Box(area.x(), area.y(), area.width(), area.height()).grow(margin);
        Element line = (Element) groups(parse(FigureFormats.svg(figure)), "run-path").get(0)
                .getElementsByTagName("path").item(1);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([ML])\\s*(-?[0-9.eE+-]+)[ ,](-?[0-9.eE+-]+)")
                .matcher(line.getAttribute("d"));
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        int segments = 0;
        while (m.find()) {
            double x = Double.parseDouble(m.group(2));
            double y = Double.parseDouble(m.group(3));
            if (m.group(1).equals("L")) {
                assertTrue(near.contains(x, y) || near.contains(lastX, lastY),
                        "a line from (" + lastX + ", " + lastY + ") to (" + x + ", " + y + ") across the view");
                segments++;
            }
            lastX = x;
            lastY = y;
        }
        Trajectory t = scene.runs().get(0).trajectory();
        assertTrue(segments >= 2 && segments < 6, segments + " of the " + t.lastStep() + " steps are drawn");
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

    @Test
    void aRangeTestsPathIsDrawnDashedInItsColourLabelledWhereItStopped() throws Exception {
        PlaneScene scene = endOf(PlaneScene.of(Presets.byId("rosenbrock-sgd-adam").scenario()));
        org.downhill.sim.RunSpec run = scene.runs().get(0).trajectory().plan().spec();
        org.downhill.rangetest.RangeTestResult r = org.downhill.rangetest.RangeTest.run(run,
                org.downhill.rangetest.RangeTestConfig.towards(org.downhill.rangetest.StepMode.EXP, 1e-5, 1e3, 100)
                        .withAboveLowest(true));
        boolean stopped = r.termination() != org.downhill.rangetest.RangeTermination.COMPLETED;
        assertTrue(stopped, "the test stops before lr = 1000 on Rosenbrock");
        PlotArea area = PlanePainter.plotArea(WIDTH, HEIGHT, scene, FigureOptions.SCREEN);
        Viewport v = PlanePainter.viewport(scene, area);
        int last = r.rows() - 1;
        while (!PlaneLayout.inView(v, v.toPixelX(r.x(last)), v.toPixelY(r.y(last)))) {
            last--;
        }
        for (int rows : new int[] {r.rows() / 2, r.rows()}) {
            PlaneScene with = scene.withTestPath(new TestPath("range test", r.path(), rows, stopped));
            Document doc = parse(FigureFormats.svg(Figure.of(with, FigureOptions.SCREEN, WIDTH, HEIGHT, 1,
                    GridSampler.sequential())));
            List<Element> test = groups(doc, "test-path");
            assertEquals(1, test.size());
            Element line = (Element) test.get(0).getElementsByTagName("path").item(1);
            assertEquals(FigureStyle.RANGE_TEST.hex(), line.getAttribute("stroke"));
            assertFalse(line.getAttribute("stroke-dasharray").isEmpty(), "dashed");
            String words = test.get(0).getTextContent();
            int shown = Math.min(rows - 1, last);
            boolean here = rows == r.rows() && last == r.rows() - 1;
            boolean away = rows == r.rows() && !here;
            String lr = org.downhill.param.NumberText.short3(r.lr(shown));
            assertTrue(words.contains(here ? "range test stopped here, lr = " + lr
                    : away ? "range test left the view at lr = " + lr + ", stopped at "
                    + org.downhill.param.NumberText.short3(r.lr(r.rows() - 1)) : "range test, lr = " + lr), words);
        }
        assertTrue(groups(parse(FigureFormats.svg(figure(FigureOptions.SCREEN, 1))), "test-path").isEmpty(),
                "no test, no path");
    }
}
