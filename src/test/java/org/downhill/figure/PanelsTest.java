package org.downhill.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.downhill.figure.sketch.AwtText;
import org.downhill.figure.sketch.SvgSketch;
import org.downhill.render.Viewport;
import org.downhill.scenario.Presets;
import org.junit.jupiter.api.Test;

/** Small multiples: a panel per visible run, one size, one window, inside the figure, titled by its run. */
class PanelsTest {
    private static final PlaneScene SCHEDULES = PlaneScene.of(Presets.byId("schedules").scenario());

    /** The scene with run {@code hidden} hidden. */
    private static PlaneScene hiding(PlaneScene scene, int hidden) {
        List<FigureRun> runs = new ArrayList<>();
        for (int i = 0; i < scene.runs().size(); i++) {
            FigureRun r = scene.runs().get(i);
            runs.add(new FigureRun(r.name(), r.color(), r.visible() && i != hidden, r.trajectory(), r.diagnosis()));
        }
        return new PlaneScene(scene.landscape(), scene.window(), scene.display(), scene.steps(), runs, scene.step(),
                scene.paused(), scene.selected());
    }

    @Test
    void thePanelsAreTheVisibleRunsInLegendOrder() {
        PlaneScene scene = hiding(SCHEDULES, 1);
        Panels panels = Panels.of(scene, 1200, 700, true, AwtText.INSTANCE);
        List<Integer> visible = new ArrayList<>();
        for (int i = 0; i < scene.runs().size(); i++) {
            if (scene.runs().get(i).visible()) {
                visible.add(i);
            }
        }
        assertTrue(visible.size() >= 2, "the preset compares runs: " + visible);
        assertFalse(visible.contains(1));
        assertEquals(visible, panels.runs());
        for (int p = 0; p < panels.runs().size(); p++) {
            PlaneScene shown = panels.scene(scene, p);
            assertEquals(List.of(scene.runs().get(visible.get(p)).name()),
                    shown.visibleRuns().stream().map(FigureRun::name).toList(), "panel " + p + " draws its run only");
            assertEquals(scene.step(), shown.step(), "one playhead");
        }
    }

    @Test
    void everyPanelHasTheSameSizeWindowAndAxesAndTheyTileTheFigureWithoutOverlap() {
        double width = 1100;
        double height = 640;
        Panels panels = Panels.of(SCHEDULES, width, height, true, AwtText.INSTANCE);
        int n = panels.runs().size();
        assertEquals(SCHEDULES.visibleRuns().size(), n);
        List<Box> cells = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            Box cell = new Box(panels.x(p), panels.y(p), panels.cellWidth(), panels.cellHeight());
            assertTrue(cell.right() <= width - panels.barWidth() + 1e-9, "the colour bar's column is left free");
            assertTrue(cell.x() >= 0 && cell.y() >= 0 && cell.x() + cell.width() <= width + 1e-9
                    && cell.y() + cell.height() <= height + 1e-9, "panel " + p + " inside: " + cell);
            for (Box other : cells) {
                assertFalse(cell.grow(-0.5).intersects(other), cell + " overlaps " + other);
            }
            cells.add(cell);
        }
        assertEquals(panels.cellHeight(), panels.titleHeight() + panels.plotHeight(), 1e-9);
        PlotArea area = panels.plotArea(1);
        Viewport first = PlanePainter.viewport(panels.scene(SCHEDULES, 0), area);
        for (int p = 1; p < n; p++) {
            Viewport v = PlanePainter.viewport(panels.scene(SCHEDULES, p), area);
            assertEquals(first.window(), v.window(), "shared axes");
        }
    }

    @Test
    void theGridShapeShowsTheWindowLargestSideBySideInAWideViewStackedInATallOne() {
        int n = SCHEDULES.visibleRuns().size();
        assertEquals(n, Panels.of(SCHEDULES, 2400, 420, true, AwtText.INSTANCE).columns(), "a wide, low view: one row");
        assertEquals(1, Panels.of(SCHEDULES, 420, 2400, true, AwtText.INSTANCE).columns(), "a narrow, tall view: one column");
        for (double[] size : new double[][] {{1100, 640}, {900, 300}, {500, 900}}) {
            Panels chosen = Panels.of(SCHEDULES, size[0], size[1], true, AwtText.INSTANCE);
            double best = scale(chosen);
            for (int columns = 1; columns <= n; columns++) {
                int rows = (n + columns - 1) / columns;
                double cellWidth = (size[0] - chosen.barWidth()) / columns;
                Panels other = new Panels(chosen.runs(), columns, cellWidth, size[1] / rows,
                        Panels.titleHeight(SCHEDULES, chosen.runs(), cellWidth, size[1] / rows, AwtText.INSTANCE),
                        chosen.barWidth());
                assertTrue(best >= scale(other) - 1e-9, columns + " columns would show the window larger");
            }
        }
    }

    /** Pixels per unit of the schedules' window in a panel's plot. */
    private static double scale(Panels panels) {
        PlotArea area = panels.plotArea(1);
        return Math.min(area.width() / SCHEDULES.window().width(), area.height() / SCHEDULES.window().height());
    }

    @Test
    void eachTitleNamesItsRunAndStaysInItsPanel() {
        Panels panels = Panels.of(SCHEDULES, 700, 420, true, AwtText.INSTANCE);
        SvgSketch sketch = new SvgSketch(700, 420);
        panels.paintTitles(sketch, SCHEDULES, true);
        String svg = sketch.toSvg();
        for (int p = 0; p < panels.runs().size(); p++) {
            FigureRun run = SCHEDULES.runs().get(panels.runs().get(p));
            assertTrue(svg.contains(">" + run.name() + "<"), "titled " + run.name());
            assertTrue(AwtText.INSTANCE.width(run.name(), PlaneLayout.legendNameFont(1)) < panels.cellWidth());
        }
        assertTrue(panels.titleHeight() > 0 && panels.titleHeight() < panels.cellHeight() / 2);
    }

    @Test
    void anOpaqueFigureOfPanelsHasNoTransparentPixel() {
        Figure figure = Figure.of(SCHEDULES, FigureOptions.SCREEN.withPanels(true).withHeading("Schedules", ""), 480,
                270, 1, org.downhill.render.GridSampler.sequential());
        java.awt.image.BufferedImage image = FigureFormats.image(figure, 1);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                assertEquals(0xff, image.getRGB(x, y) >>> 24, "pixel (" + x + ", " + y + ") is see-through");
            }
        }
    }

    /**
     * In every preset's panels, in figures of 1280 x 720 and 1920 x 1080 and in the app's view of
     * them (about 880 x 290 at 1280 x 720, 1500 x 560 at 1920 x 1080), each title shows its run's
     * whole diagnosis, unelided, inside its panel and its title strip.
     */
    @Test
    void everyTitleShowsItsRunsWholeDiagnosisInsideItsPanel() {
        int titles = 0;
        int wrapped = 0;
        for (org.downhill.scenario.Preset preset : Presets.all()) {
            PlaneScene scene = PlaneScene.of(preset.scenario());
            for (double[] size : new double[][] {{1280, 720}, {1920, 1080}, {880, 290}, {1500, 560}}) {
                Panels panels = Panels.of(scene, size[0], size[1], true, AwtText.INSTANCE);
                SvgSketch sketch = new SvgSketch(size[0], size[1]);
                panels.paintTitles(sketch, scene, true);
                String svg = sketch.toSvg();
                String where = preset.id() + " at " + size[0] + " x " + size[1] + ": ";
                assertFalse(svg.contains("\u2026"), where + "nothing elided");
                for (int p = 0; p < panels.runs().size(); p++) {
                    FigureRun run = scene.runs().get(panels.runs().get(p));
                    Panels.Title title = Panels.title(run, panels.cellWidth(), 1, AwtText.INSTANCE);
                    assertEquals(run.name(), title.name(), where + "the whole name");
                    assertEquals(run.diagnosis().headline(), String.join(" ", title.diagnosis()),
                            where + "the whole diagnosis");
                    for (String line : title.diagnosis()) {
                        assertTrue(svg.contains(">" + line + "<"), where + "drawn: " + line);
                        assertTrue(title.oneLine() || AwtText.INSTANCE.width(line, title.badge())
                                <= Panels.underRoom(panels.cellWidth(), 1), where + "inside the panel: " + line);
                    }
                    assertTrue(24 + (title.lines() - 1) * 15 <= panels.titleHeight() + 1e-9,
                            where + "inside the title strip: " + title);
                    assertTrue(title.badge().size() >= 9, where + "readable");
                    titles++;
                    wrapped += title.oneLine() ? 0 : 1;
                }
            }
        }
        assertTrue(wrapped > 0, "some titles need a second line: " + wrapped + " of " + titles);
    }
}
