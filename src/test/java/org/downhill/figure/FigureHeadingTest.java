package org.downhill.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.downhill.figure.sketch.AwtText;
import org.downhill.figure.sketch.SvgSketch;
import org.downhill.landscape.Window;
import org.downhill.render.GridSampler;
import org.downhill.scenario.Preset;
import org.downhill.scenario.Presets;
import org.junit.jupiter.api.Test;

/** Titles, captions and fixed colours of exported figures. */
class FigureHeadingTest {
    private static final Preset PRESET = Presets.byId("momentum-local-minimum");
    private static final PlaneScene SCENE = PlaneScene.of(PRESET.scenario());

    @Test
    void aTitleAndCaptionTakeTheirRoomAboveThePlotAndAreInTheFigure() {
        String caption = "Plain SGD stops in the first dip it meets while momentum carries the ball over the rim"
                + " into the deeper well, a sentence long enough to wrap at least once in a figure of this width.";
        FigureOptions options = FigureOptions.SCREEN.withHeading(PRESET.title(), caption);
        Figure plain = Figure.of(SCENE, FigureOptions.SCREEN, 800, 560, 1, GridSampler.sequential());
        Figure titled = Figure.of(SCENE, options, 800, 560, 1, GridSampler.sequential());
        FigureHeading heading = FigureHeading.of(options, 800, 1, AwtText.INSTANCE);
        assertEquals(PRESET.title(), heading.title());
        assertTrue(heading.caption().size() >= 2, "the caption wraps: " + heading.caption());
        assertEquals(caption, String.join(" ", heading.caption()), "every word is kept, in order");
        for (String line : heading.caption()) {
            assertTrue(AwtText.INSTANCE.width(line, FigureHeading.captionFont(1)) <= 800 - 2 * FigureHeading.MARGIN,
                    "within the figure: " + line);
        }
        assertTrue(heading.height() > 60);
        assertTrue(titled.layer().pixels().height() < plain.layer().pixels().height() - 50,
                "the plot gives the heading its room");
        String svg = FigureFormats.svg(titled);
        assertTrue(svg.contains("class=\"heading\""));
        assertTrue(svg.contains(">" + PRESET.title().replace("&", "&amp;") + "<"), "the title is drawn");
        assertEquals(0, FigureHeading.of(FigureOptions.SCREEN, 800, 1, AwtText.INSTANCE).height(),
                "no heading, no room taken");
    }

    @Test
    void aTitleWiderThanTheFigureIsCutWithAnEllipsis() {
        FigureOptions options = FigureOptions.SCREEN.withHeading("A very long title ".repeat(10), "");
        FigureHeading heading = FigureHeading.of(options, 300, 1, AwtText.INSTANCE);
        assertTrue(heading.title().endsWith("\u2026"));
        assertTrue(AwtText.INSTANCE.width(heading.title(), FigureHeading.titleFont(1))
                <= 300 - 2 * FigureHeading.MARGIN);
        SvgSketch sketch = new SvgSketch(300, 200);
        heading.paint(sketch);
        assertTrue(sketch.toSvg().contains("\u2026"));
    }

    @Test
    void fixedColoursAreTheSameWhateverTheWindowAndFittedOnesAreNot() {
        Window zoomed = new Window(1, 2.5, -1, 0.5);
        PlaneScene near = new PlaneScene(SCENE.landscape(), zoomed, SCENE.display(), SCENE.steps(), SCENE.runs(),
                SCENE.step(), SCENE.paused(), SCENE.selected());
        FigureOptions fixed = FigureOptions.SCREEN.withFixedColors(true);
        GridSampler sampler = GridSampler.sequential();
        Figure wideFixed = Figure.of(SCENE, fixed, 640, 480, 1, sampler);
        Figure nearFixed = Figure.of(near, fixed, 640, 480, 1, sampler);
        assertEquals(wideFixed.layer().scale().lo(), nearFixed.layer().scale().lo());
        assertEquals(wideFixed.layer().scale().hi(), nearFixed.layer().scale().hi());
        Figure nearFitted = Figure.of(near, FigureOptions.SCREEN, 640, 480, 1, sampler);
        assertNotEquals(nearFixed.layer().scale().hi(), nearFitted.layer().scale().hi(),
                "fitted colours re-normalise to the window");
    }

    @Test
    void smallMultiplesDrawAPanelPerVisibleRunSharingOneLayer() {
        PlaneScene four = PlaneScene.of(Presets.byId("schedules").scenario());
        FigureOptions panels = FigureOptions.SCREEN.withPanels(true);
        Figure figure = Figure.of(four, panels, 960, 540, 1, GridSampler.sequential());
        Figure single = Figure.of(four, FigureOptions.SCREEN, 960, 540, 1, GridSampler.sequential());
        int n = four.visibleRuns().size();
        assertTrue(n >= 2);
        String svg = FigureFormats.svg(figure);
        assertEquals(n, svg.split("class=\"run-path\"", -1).length - 1, "a path per run, one per panel");
        assertEquals(0, svg.split("class=\"legend\"", -1).length - 1, "no legend: the panels' titles name the runs");
        for (FigureRun run : four.visibleRuns()) {
            assertTrue(svg.contains(">" + run.name() + "<"), "a panel is titled " + run.name());
        }
        int columns = Panels.of(four, 960, 540, true, AwtText.INSTANCE).columns();
        assertTrue(figure.layer().pixels().width() < single.layer().pixels().width() / columns + 1,
                "the layer is made for a panel, and shared by all");
        PlaneScene second = four.only(1);
        assertEquals(List.of(four.runs().get(1).name()), second.visibleRuns().stream().map(FigureRun::name).toList());
    }
}
