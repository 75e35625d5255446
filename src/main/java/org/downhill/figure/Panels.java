package org.downhill.figure;

import java.util.ArrayList;
import java.util.List;
import org.downhill.figure.sketch.FigureFont;
import org.downhill.figure.sketch.Sketch;
import org.downhill.figure.sketch.TextAlign;
import org.downhill.figure.sketch.TextBaseline;
import org.downhill.figure.sketch.TextMeasure;

/**
 * Small multiples of a {@link PlaneScene}: a panel per visible run, in legend order, in a grid
 * whose shape suits the window shown ({@link #of}). Every panel is a title strip (a line
 * in the run's colour, its name and its full diagnosis, as the legend writes them, the diagnosis
 * under the name where both do not fit on a line) over a plot of one
 * size for all, so that the panels share the window, the axes, the colours (one landscape layer)
 * and the step shown; each plot draws only its run ({@link PlaneScene#only}). One colour bar, right
 * of the grid, serves every panel. The exported
 * figure ({@link Figure}) and the app's view of small multiples lay their panels out with this one
 * class and draw them with the same painters. Coordinates are relative to the grid's top-left
 * corner.
 *
 * @param runs        the index in the scene's runs of each panel's run, in panel order
 * @param columns     panels across
 * @param cellWidth   a panel's width
 * @param cellHeight  a panel's height, title strip included
 * @param titleHeight the title strip's height
 * @param barWidth    the width of the colour bar's column right of the grid, 0 for none
 */
public record Panels(List<Integer> runs, int columns, double cellWidth, double cellHeight, double titleHeight,
                     double barWidth) {
    /** The height of a title strip of one line at text scale 1. */
    private static final double TITLE = 24;
    /** The height of each further line of a title at text scale 1. */
    private static final double TITLE_LINE = 15;
    /** The left edge of a title's text (the colour line's) in its panel at text scale 1: over the plot's y axis. */
    private static final double TITLE_LEFT = 58;
    /** The distance of a diagnosis under its run's name from the panel's left and right edges at text scale 1. */
    private static final double UNDER_INSET = 12;
    /** The smallest size, in points, a diagnosis is shrunk to so that no word of it is cut. */
    private static final double SMALLEST_BADGE = 9;

    /** Makes an unmodifiable copy of the list. */
    public Panels {
        runs = List.copyOf(runs);
    }

    /**
     * The panels of a scene's visible runs in width x height (one empty panel when no run is
     * visible, so that the landscape still shows), in the number of columns that shows the
     * scene's window largest: for each choice of 1 to n columns (and as many rows as needed) the
     * window is fit into a panel's plot area with its aspect kept, and the most pixels per unit
     * wins (the fewest columns on a tie), so a wide, flat view puts its panels one under another
     * and a tall one side by side. The title strips are as high as the longest title needs in
     * that width ({@link #title}).
     *
     * @param colorBar whether each panel has a colour bar (it narrows the plot)
     * @param measure  measures text as the sketch that draws the titles will
     */
    public static Panels of(PlaneScene scene, double width, double height, boolean colorBar, TextMeasure measure) {
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < scene.runs().size(); i++) {
            if (scene.runs().get(i).visible()) {
                shown.add(i);
            }
        }
        int n = Math.max(1, shown.size());
        double text = scene.display().textScale();
        Panels best = null;
        double bestScale = -1;
        double bar = colorBar ? Math.min(width / 3, PlotArea.rightMargin(text, true) - PlotArea.rightMargin(text, false))
                : 0;
        for (int columns = 1; columns <= n; columns++) {
            int rows = (n + columns - 1) / columns;
            double cellHeight = height / rows;
            double cellWidth = (width - bar) / columns;
            Panels panels = new Panels(shown, columns, cellWidth, cellHeight,
                    titleHeight(scene, shown, cellWidth, cellHeight, measure), bar);
            PlotArea area = panels.plotArea(text);
            double scale = Math.min(area.width() / scene.window().width(), area.height() / scene.window().height());
            if (scale > bestScale * (1 + 1e-9)) {
                best = panels;
                bestScale = scale;
            }
        }
        return best;
    }

    /**
     * The height of the title strips of panels of a width and height: that of the title with the
     * most lines (at least one line), but at most half a panel.
     */
    public static double titleHeight(PlaneScene scene, List<Integer> shown, double cellWidth, double cellHeight,
                                     TextMeasure measure) {
        double text = scene.display().textScale();
        int lines = 1;
        for (int i : shown) {
            lines = Math.max(lines, title(scene.runs().get(i), cellWidth, text, measure).lines());
        }
        return Math.min((TITLE + (lines - 1) * TITLE_LINE) * text, cellHeight / 2);
    }

    /**
     * How a panel's title is written: the run's name (cut with an ellipsis only if the name alone
     * is wider than the panel) and its diagnosis in full: after the name if both fit on one line,
     * else under it across the panel's width ({@value #UNDER_INSET} text units from its edges),
     * broken at spaces into lines, in the legend's diagnosis font or, where a word would not fit,
     * a smaller one (down to {@value #SMALLEST_BADGE} points).
     *
     * @param name      the name as shown
     * @param diagnosis the diagnosis' lines (one, after the name, when {@code oneLine})
     * @param badge     the diagnosis' font
     * @param oneLine   whether the diagnosis follows the name on its line
     */
    public record Title(String name, List<String> diagnosis, FigureFont badge, boolean oneLine) {
        /** Makes an unmodifiable copy of the list. */
        public Title {
            diagnosis = List.copyOf(diagnosis);
        }

        /** The lines of text the title takes. */
        public int lines() {
            return oneLine ? 1 : 1 + diagnosis.size();
        }
    }

    /** The title of a run's panel of a width, at a text scale. */
    public static Title title(FigureRun run, double cellWidth, double text, TextMeasure measure) {
        FigureFont nameFont = PlaneLayout.legendNameFont(text);
        double room = Math.max(10, cellWidth - 12 - (TITLE_LEFT + 24) * text);
        String name = FigureHeading.fit(run.name(), nameFont, room, measure);
        String diagnosis = run.diagnosis().headline();
        FigureFont badge = PlaneLayout.legendBadgeFont(text);
        if (measure.width(name, nameFont) + 8 * text + measure.width(diagnosis, badge) <= room) {
            return new Title(name, List.of(diagnosis), badge, true);
        }
        double under = underRoom(cellWidth, text);
        for (double points = badge.size() / text; points >= SMALLEST_BADGE; points -= 1) {
            FigureFont smaller = FigureFont.regular(text, points);
            List<String> lines = FigureHeading.wrap(diagnosis, smaller, under, measure);
            if (lines.stream().noneMatch(l -> l.endsWith("\u2026"))) {
                return new Title(name, lines, smaller, false);
            }
        }
        FigureFont smallest = FigureFont.regular(text, SMALLEST_BADGE);
        return new Title(name, FigureHeading.wrap(diagnosis, smallest, under, measure), smallest, false);
    }

    /** The width a diagnosis under its run's name may take in a panel of a width. */
    public static double underRoom(double cellWidth, double text) {
        return Math.max(10, cellWidth - 2 * UNDER_INSET * text);
    }

    /** The left edge of a panel. */
    public double x(int panel) {
        return cellWidth * (panel % columns);
    }

    /** The top edge of a panel (its title strip's). */
    public double y(int panel) {
        return cellHeight * (panel / columns);
    }

    /** The width of every panel's plot (axes and colour bar included). */
    public double plotWidth() {
        return cellWidth;
    }

    /** The height of every panel's plot, under its title strip. */
    public double plotHeight() {
        return Math.max(1, cellHeight - titleHeight);
    }

    /** Where the plane is drawn in every panel's plot (without a colour bar of its own), at a text scale. */
    public PlotArea plotArea(double text) {
        return PlotArea.of(plotWidth(), plotHeight(), text, false);
    }

    /** What every panel's plot shows besides the landscape and its run: no legend, no colour bar of its own. */
    public static FigureOptions plotOptions(FigureOptions options) {
        return new FigureOptions(false, false, options.transparent());
    }

    /**
     * Paints the one colour bar of the panels right of the grid, from the first row's plot top to
     * the last row's plot bottom; nothing without a colour bar column or a layer.
     */
    public void paintColorBar(Sketch sketch, PlaneScene scene, LandscapeLayer layer) {
        if (barWidth <= 0 || layer == null) {
            return;
        }
        double text = scene.display().textScale();
        PlotArea first = plotArea(text);
        int rows = (Math.max(1, runs.size()) + columns - 1) / columns;
        double top = titleHeight + first.y();
        double bottom = cellHeight * (rows - 1) + titleHeight + first.y() + first.height();
        // a plot area whose right margin is the colour bar's, spanning the rows: the bar sits in the column
        PlotArea span = new PlotArea(0, top, columns * cellWidth + barWidth - PlotArea.rightMargin(text, true),
                bottom - top);
        sketch.beginGroup("colorbar");
        BackgroundPainter.drawColorBar(sketch, span, layer, text);
        sketch.endGroup();
    }

    /** The scene of a panel: the same scene with only the panel's run drawn and selected. */
    public PlaneScene scene(PlaneScene scene, int panel) {
        return scene.only(runs.get(panel));
    }

    /**
     * Paints the whole grid as a figure from the sketch's current origin: the background (unless
     * transparent), every panel's plot
     * (landscape and its run, without a legend: the title names the run), the colour bar if asked,
     * then the titles.
     */
    public void paint(Sketch sketch, PlanePainter painter, PlaneScene scene, LandscapeLayer layer,
                      FigureOptions options) {
        FigureOptions plot = plotOptions(options);
        if (!options.transparent()) {
            int rows = (Math.max(1, runs.size()) + columns - 1) / columns;
            sketch.setFill(FigureStyle.BACKGROUND);
            sketch.fillRect(0, 0, columns * cellWidth + barWidth, rows * cellHeight);
        }
        for (int p = 0; p < runs.size(); p++) {
            sketch.save();
            sketch.translate(x(p), y(p) + titleHeight);
            painter.paint(sketch, plotWidth(), plotHeight(), scene(scene, p), layer, plot);
            sketch.restore();
        }
        if (runs.isEmpty()) {
            sketch.save();
            sketch.translate(0, titleHeight);
            painter.paint(sketch, plotWidth(), plotHeight(), scene, layer, plot);
            sketch.restore();
        }
        paintColorBar(sketch, scene, layer);
        paintTitles(sketch, scene, !options.transparent());
    }

    /**
     * Paints the panels' title strips: on the figure's background colour if {@code fill}, a
     * short line in the run's colour, its name in bold and its diagnosis in full, as {@link #title}
     * writes them.
     */
    public void paintTitles(Sketch sketch, PlaneScene scene, boolean fill) {
        double text = scene.display().textScale();
        FigureFont name = PlaneLayout.legendNameFont(text);
        sketch.beginGroup("panel-title");
        for (int p = 0; p < runs.size(); p++) {
            FigureRun run = scene.runs().get(runs.get(p));
            Title title = title(run, cellWidth, text, sketch.measure());
            double x = x(p);
            double y = y(p);
            if (fill) {
                sketch.setFill(FigureStyle.BACKGROUND);
                sketch.fillRect(x, y, cellWidth, titleHeight);
            }
            double row = y + TITLE * text / 2 + 2;
            double left = x + TITLE_LEFT * text;
            sketch.setStroke(run.color());
            sketch.setLineWidth(4);
            sketch.strokeLine(left, row, left + 18 * text, row);
            sketch.setTextAlign(TextAlign.LEFT);
            sketch.setTextBaseline(TextBaseline.CENTER);
            sketch.setFont(name);
            sketch.setFill(FigureStyle.INK);
            double start = left + 24 * text;
            sketch.fillText(title.name(), start, row);
            sketch.setFont(title.badge());
            sketch.setFill(FigureStyle.MUTED);
            if (title.oneLine()) {
                sketch.fillText(title.diagnosis().get(0), start + sketch.measure().width(title.name(), name) + 8 * text,
                        row);
            } else {
                for (int i = 0; i < title.diagnosis().size(); i++) {
                    sketch.fillText(title.diagnosis().get(i), x + UNDER_INSET * text,
                            row + (TITLE / 2 + (i + 0.5) * TITLE_LINE) * text);
                }
            }
        }
        sketch.endGroup();
    }
}
