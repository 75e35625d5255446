package org.downhill.figure;

import java.util.ArrayList;
import java.util.List;
import org.downhill.figure.sketch.FigureFont;
import org.downhill.figure.sketch.Sketch;
import org.downhill.figure.sketch.TextAlign;
import org.downhill.figure.sketch.TextBaseline;

/**
 * Small multiples of a {@link PlaneScene}: a panel per visible run, in legend order, in a grid
 * whose shape suits the window shown ({@link #of}). Every panel is a title strip (a line
 * in the run's colour, its name and its diagnosis, as the legend writes them) over a plot of one
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
    /** The title strip's height at text scale 1. */
    private static final double TITLE = 24;

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
     * and a tall one side by side.
     *
     * @param colorBar whether each panel has a colour bar (it narrows the plot)
     */
    public static Panels of(PlaneScene scene, double width, double height, boolean colorBar) {
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
            Panels panels = new Panels(shown, columns, (width - bar) / columns, cellHeight,
                    Math.min(TITLE * text, cellHeight / 3), bar);
            PlotArea area = panels.plotArea(text);
            double scale = Math.min(area.width() / scene.window().width(), area.height() / scene.window().height());
            if (scale > bestScale * (1 + 1e-9)) {
                best = panels;
                bestScale = scale;
            }
        }
        return best;
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
     * short line in the run's colour, its name in bold and its diagnosis, cut to the panel's width.
     */
    public void paintTitles(Sketch sketch, PlaneScene scene, boolean fill) {
        double text = scene.display().textScale();
        FigureFont name = PlaneLayout.legendNameFont(text);
        FigureFont badge = PlaneLayout.legendBadgeFont(text);
        sketch.beginGroup("panel-title");
        for (int p = 0; p < runs.size(); p++) {
            FigureRun run = scene.runs().get(runs.get(p));
            double x = x(p);
            double y = y(p);
            if (fill) {
                sketch.setFill(FigureStyle.BACKGROUND);
                sketch.fillRect(x, y, cellWidth, titleHeight);
            }
            double row = y + titleHeight / 2 + 2;
            double left = x + 58 * text;
            sketch.setStroke(run.color());
            sketch.setLineWidth(4);
            sketch.strokeLine(left, row, left + 18 * text, row);
            double room = Math.max(10, x + cellWidth - 12 - (left + 24 * text));
            String shownName = FigureHeading.fit(run.name(), name, room, sketch.measure());
            sketch.setTextAlign(TextAlign.LEFT);
            sketch.setTextBaseline(TextBaseline.CENTER);
            sketch.setFont(name);
            sketch.setFill(FigureStyle.INK);
            sketch.fillText(shownName, left + 24 * text, row);
            double after = left + 24 * text + sketch.measure().width(shownName, name) + 8 * text;
            double rest = x + cellWidth - 12 - after;
            if (rest > 20) {
                sketch.setFont(badge);
                sketch.setFill(FigureStyle.MUTED);
                sketch.fillText(FigureHeading.fit(run.diagnosis().headline(), badge, rest, sketch.measure()), after, row);
            }
        }
        sketch.endGroup();
    }
}
