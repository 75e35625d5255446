package org.downhill.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.downhill.data.ModelLandscape;
import org.downhill.figure.sketch.AwtText;
import org.downhill.scenario.DataSets;
import org.downhill.scenario.Presets;
import org.downhill.sim.BatchPlan;
import org.downhill.sim.Trajectory;
import org.junit.jupiter.api.Test;

/** The data view as a figure: its picture from a scene, its key, and its PNG and SVG, headless. */
class DataFigureTest {
    private static final PlaneScene PRESET = PlaneScene.of(Presets.byId("batch-size-lr").scenario());

    @Test
    void thePictureOfASceneHasEachVisibleRunsModelAtTheStepAndTheSelectedRunsNextBatch() {
        for (int step : new int[] {0, 7, 59}) {
            DataPicture p = DataPicture.of(PRESET.atStep(step));
            assertEquals(3, p.fits().size());
            for (int i = 0; i < 3; i++) {
                Trajectory t = PRESET.runs().get(i).trajectory();
                DataPicture.Fit fit = p.fits().get(i);
                assertEquals(PRESET.runs().get(i).name(), fit.name());
                assertEquals(t.x(step), fit.p1());
                assertEquals(t.y(step), fit.p2());
            }
            BatchPlan plan = PRESET.selectedRun().trajectory().plan().spec().batchPlan();
            assertEquals(Arrays.stream(plan.rowsOf(step)).boxed().toList(), p.batch(),
                    "the first run (batch 1) steps with its row at step " + step);
            assertEquals(1, p.batch().size());
        }
        assertEquals(List.of(), DataPicture.of(PRESET.atStep(PRESET.steps())).batch(), "no batch after the end");
        assertEquals(List.of(), DataPicture.of(PRESET.only(2).atStep(5)).batch(), "all rows: no batch ringed");
        assertNull(DataPicture.of(PlaneScene.of(Presets.byId("lr-too-small").scenario())), "a formula has none");
    }

    @Test
    void theKeyNamesTheRunsTheOptimumTheBatchAndOnTwoClassesTheLabels() {
        DataFigure f = new DataFigure(DataPicture.of(PRESET.atStep(5)), FigureOptions.SCREEN, 1, 800, 500);
        assertEquals(List.of("Batch 1", "Batch 16", "All rows", "exact optimum", "next batch"),
                f.entries().stream().map(DataFigure.Entry::label).toList());
        DataSets.Entry blobs = DataSets.byName("two_blobs");
        ModelLandscape logistic = ModelLandscape.of(blobs.model(), blobs.data(), blobs.data().table().names(), false);
        DataFigure classes = new DataFigure(new DataPicture(logistic, List.of(), List.of(), "x1", "x2"),
                FigureOptions.SCREEN, 1, 800, 500);
        assertEquals(List.of("exact optimum", "label 1", "label 0"),
                classes.entries().stream().map(DataFigure.Entry::label).toList());
        assertEquals(1, f.keyLines(AwtText.INSTANCE).size(), "one line at 800 units");
        DataFigure narrow = new DataFigure(f.picture(), FigureOptions.SCREEN, 1, 200, 500);
        List<List<DataFigure.Entry>> lines = narrow.keyLines(AwtText.INSTANCE);
        assertTrue(lines.size() >= 3, "wrapped at 200 units: " + lines.size() + " lines");
        assertEquals(5, lines.stream().mapToInt(List::size).sum(), "no entry lost");
        DataFigure noKey = new DataFigure(f.picture(), new FigureOptions(false, true, false), 1, 800, 500);
        assertEquals(0, noKey.keyLines(AwtText.INSTANCE).size());
        assertTrue(noKey.top(AwtText.INSTANCE) < f.top(AwtText.INSTANCE), "without a key the plot starts higher");
    }

    @Test
    void thePngHasTheRunsColoursAndATransparentOneIsSeeThroughOutsideThePlot() {
        DataFigure f = new DataFigure(DataPicture.of(PRESET.atStep(30)), FigureOptions.SCREEN, 1, 600, 400);
        BufferedImage image = FigureFormats.image(f, 2);
        assertEquals(1200, image.getWidth());
        assertEquals(800, image.getHeight());
        for (FigureRun run : PRESET.runs()) {
            int rgb = run.color().toArgb() & 0xffffff;
            long n = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    n += (image.getRGB(x, y) & 0xffffff) == rgb ? 1 : 0;
                }
            }
            assertTrue(n > 100, run.name() + ": " + n + " pixels in its colour (its line and its key)");
        }
        assertEquals(0xff, image.getRGB(2, 2) >>> 24, "opaque");
        BufferedImage clear = FigureFormats.image(new DataFigure(f.picture(), new FigureOptions(true, true, true), 1,
                600, 400), 1);
        assertEquals(0, clear.getRGB(2, clear.getHeight() - 2) >>> 24, "transparent outside the plot");
        String svg = FigureFormats.svg(f);
        assertEquals(272, count(svg, "<circle") + count(svg, "<ellipse") - ringCount(svg),
                "one mark per row of Old Faithful: " + Arrays.stream(svg.split("<")).map(t -> t.split(" ")[0])
                        .collect(Collectors.groupingBy(t -> t, Collectors.counting())));
        assertThrows(IllegalArgumentException.class, () -> new DataFigure(f.picture(), FigureOptions.SCREEN, 1, 0, 4));
    }

    private static int ringCount(String svg) {
        return count(svg, "fill=\"none\"") > 0 ? (int) Arrays.stream(svg.split("<")).filter(t ->
                (t.startsWith("circle") || t.startsWith("ellipse")) && t.contains("fill=\"none\"")).count() : 0;
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
