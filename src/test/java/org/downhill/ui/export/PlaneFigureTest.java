package org.downhill.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.xml.parsers.DocumentBuilderFactory;
import org.downhill.render.Viewport;
import org.downhill.sim.Trajectory;
import org.downhill.ui.Pixels;
import org.downhill.ui.MainWindow;
import org.downhill.ui.TestWindows;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.RunViewModel;
import org.downhill.ui.plane.FigureOptions;
import org.downhill.ui.plane.PlaneView;
import org.downhill.ui.plane.PlotArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The 2D view of the main window exported as SVG and as a PNG at twice the size, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class PlaneFigureTest {
    private LabViewModel lab;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        lab = new LabViewModel();
        window = TestWindows.open(stage, lab);
    }

    private void showWholeRuns(FxRobot robot) {
        robot.interact(() -> lab.setPlayhead(lab.steps()));
        TestWindows.settle();
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
    void theSvgHasTheHeatmapContoursAndOnePathGroupPerVisibleRun(FxRobot robot) throws Exception {
        showWholeRuns(robot);
        PlaneView plane = window.plane();
        String[] svg = new String[1];
        robot.interact(() -> svg[0] = PlaneFigure.svg(plane, plane.getWidth(), plane.getHeight(), FigureOptions.SCREEN));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg[0])));

        List<RunViewModel> visible = lab.runs().stream().filter(RunViewModel::isVisible).toList();
        List<Element> runPaths = groups(doc, "run-path");
        assertTrue(!visible.isEmpty());
        assertEquals(visible.size(), runPaths.size(), "run-path groups");
        Viewport v = plane.viewport();
        PlotArea area = plane.plotArea();
        for (int r = 0; r < visible.size(); r++) {
            Trajectory t = visible.get(r).trajectory();
            NodeList paths = runPaths.get(r).getElementsByTagName("path");
            assertEquals(2, paths.getLength(), "the halo and the line of run " + r);
            Element line = (Element) paths.item(1);
            assertEquals(rgb(visible.get(r).color()), line.getAttribute("stroke"));
            String[] first = line.getAttribute("d").substring(1).split("[ L]");
            assertEquals(area.x() + v.toPixelX(t.x(0)), Double.parseDouble(first[0]), 0.01);
            assertEquals(area.y() + v.toPixelY(t.y(0)), Double.parseDouble(first[1]), 0.01);
        }

        List<Element> contours = groups(doc, "contour");
        assertEquals(1, contours.size());
        assertTrue(contours.get(0).getElementsByTagName("path").getLength() >= 10, "a path per contour level");
        Element heatmap = (Element) groups(doc, "heatmap").get(0).getElementsByTagName("image").item(0);
        assertTrue(heatmap.getAttributeNS("http://www.w3.org/1999/xlink", "href").startsWith("data:image/png;base64,"));
        for (String part : new String[] {"axis", "colorbar", "legend", "marker"}) {
            assertTrue(!groups(doc, part).isEmpty(), "a " + part + " group");
        }
    }

    private static String rgb(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    @Test
    void aPngAtScaleTwoIsTwiceTheViewWithThePathInTheRunsColour(FxRobot robot) {
        showWholeRuns(robot);
        PlaneView plane = window.plane();
        double width = Math.floor(plane.getWidth());
        double height = Math.floor(plane.getHeight());
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = PlaneFigure.png(plane, width, height, FigureOptions.SCREEN, 2));
        assertEquals(2 * width, image[0].getWidth());
        assertEquals(2 * height, image[0].getHeight());

        RunViewModel run = lab.selected();
        int matching = Pixels.pathPointsInColour(image[0], plane, run.trajectory(), run.color(), 2);
        int checked = Pixels.PATH_POINTS;
        assertTrue(matching >= checked * 0.8, matching + " of " + checked + " path points in the run's colour");
    }

    @Test
    void aTransparentFigureWithoutLegendAndColourBarLeavesThemOut(FxRobot robot) {
        showWholeRuns(robot);
        PlaneView plane = window.plane();
        String[] svg = new String[1];
        WritableImage[] image = new WritableImage[1];
        FigureOptions bare = new FigureOptions(false, false, true);
        robot.interact(() -> {
            svg[0] = PlaneFigure.svg(plane, 400, 300, bare);
            image[0] = PlaneFigure.png(plane, 400, 300, bare, 1);
        });
        assertTrue(!svg[0].contains("class=\"legend\"") && !svg[0].contains("class=\"colorbar\"")
                && !svg[0].contains("class=\"background\""), svg[0].substring(0, 400));
        assertTrue(svg[0].contains("class=\"run-path\""));
        assertEquals(0, image[0].getPixelReader().getColor(1, 1).getOpacity(), "the corner is see-through");
    }
}
