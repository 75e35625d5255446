package org.downhill.figure;

import java.util.List;
import org.downhill.figure.sketch.FigureFont;
import org.downhill.figure.sketch.Rgba;
import org.downhill.figure.sketch.Sketch;
import org.downhill.figure.sketch.TextAlign;
import org.downhill.figure.sketch.TextBaseline;
import org.downhill.landscape.ColorScaling;
import org.downhill.landscape.CriticalPoint;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Window;
import org.downhill.render.ColorMap;
import org.downhill.render.ContourPath;
import org.downhill.render.Heatmap;
import org.downhill.render.NiceTicks;
import org.downhill.render.Polyline;
import org.downhill.render.ValueScale;
import org.downhill.render.Viewport;
import org.downhill.scenario.Scenario;

/**
 * Draws what changes only with the landscape and the view: the heatmap, the contour lines, the
 * gradient field, the known critical points, the axes and the colour bar. A layer computed for an
 * older window is drawn stretched into place (the app shows it until the new one arrives, so
 * zooming and panning respond at once). Each part is drawn as a named group of the sketch: background, heatmap, contour,
 * gradient-field, critical-point, axis and colorbar.
 */
final class BackgroundPainter {
    private static final int GRID_SPACING = 56;
    /** The height taken from the colour bar for the key of undefined places, in text-scaled pixels. */
    static final double UNDEFINED_KEY = 42;
    private static final Rgba DARK_CONTOUR = Rgba.rgb(0, 0, 0, 0.42);
    private static final Rgba LIGHT_CONTOUR = Rgba.rgb(255, 255, 255, 0.5);
    private static final Rgba FIELD_ARROW = Rgba.rgb(255, 255, 255, 0.85);
    private static final Rgba FIELD_OUTLINE = Rgba.rgb(0, 0, 0, 0.35);

    /**
     * Paints the landscape's part of a figure into the plot area, and the axes and, if asked and
     * there is a layer, the colour bar around it; the sketch's whole area is filled with the
     * background colour first unless the figure is transparent.
     *
     * @param layer the heatmap and contours, or null while there is none yet
     */
    void paint(Sketch sketch, PlotArea area, Viewport viewport, LandscapeLayer layer, Landscape landscape,
               Scenario.Display display, FigureOptions figure) {
        double text = display.textScale();
        if (!figure.transparent()) {
            sketch.beginGroup("background");
            sketch.setFill(FigureStyle.BACKGROUND);
            sketch.fillRect(0, 0, sketch.width(), sketch.height());
            sketch.endGroup();
        }
        sketch.save();
        sketch.beginPath();
        sketch.rect(area.x(), area.y(), area.width(), area.height());
        sketch.clip();
        sketch.translate(area.x(), area.y());
        if (layer != null) {
            sketch.beginGroup("heatmap");
            drawImage(sketch, viewport, layer);
            sketch.endGroup();
            if (display.contours()) {
                sketch.beginGroup("contour");
                drawContours(sketch, viewport, layer);
                sketch.endGroup();
            }
        }
        if (display.gradientField()) {
            sketch.beginGroup("gradient-field");
            drawGradientField(sketch, viewport, landscape);
            sketch.endGroup();
        }
        if (display.minima()) {
            sketch.beginGroup("critical-point");
            drawCriticalPoints(sketch, viewport, landscape.criticalPoints(), text);
            sketch.endGroup();
        }
        sketch.restore();
        sketch.beginGroup("axis");
        sketch.setStroke(FigureStyle.MUTED);
        sketch.setLineWidth(1);
        sketch.strokeRect(area.x() + 0.5, area.y() + 0.5, area.width() - 1, area.height() - 1);
        drawAxes(sketch, area, viewport.window(), landscape.axisNames(), text);
        sketch.endGroup();
        if (layer != null && figure.colorBar()) {
            sketch.beginGroup("colorbar");
            drawColorBar(sketch, area, layer, text);
            sketch.endGroup();
        }
    }

    private static void drawImage(Sketch sketch, Viewport viewport, LandscapeLayer layer) {
        Window w = layer.window();
        double x0 = viewport.toPixelX(w.xMin());
        double x1 = viewport.toPixelX(w.xMax());
        double y0 = viewport.toPixelY(w.yMax());
        double y1 = viewport.toPixelY(w.yMin());
        sketch.setImageSmoothing(true);
        sketch.drawImage(layer.pixels(), 0, 0, layer.pixels().width(), layer.pixels().height(), x0, y0, x1 - x0,
                y1 - y0);
    }

    /** The contour lines: as marching squares made them on screen, joined into long paths in a vector file. */
    private static void drawContours(Sketch sketch, Viewport viewport, LandscapeLayer layer) {
        ValueScale scale = layer.scale();
        ColorMap map = layer.colorMap();
        List<ContourPath> joined = sketch.keepsShapes() ? layer.joinedContours() : null;
        sketch.setLineWidth(0.9);
        for (int k = 0; k < layer.levelCount(); k++) {
            double t = scale.toUnit(layer.level(k));
            sketch.setStroke(map.prefersDarkOverlay(t) ? DARK_CONTOUR : LIGHT_CONTOUR);
            sketch.beginPath();
            if (joined != null) {
                for (Polyline line : joined.get(k).polylines()) {
                    polyline(sketch, viewport, line);
                }
            } else {
                for (int i = 0; i < 4 * layer.segmentCount(k); i += 4) {
                    sketch.moveTo(viewport.toPixelX(layer.segment(k, i)), viewport.toPixelY(layer.segment(k, i + 1)));
                    sketch.lineTo(viewport.toPixelX(layer.segment(k, i + 2)),
                            viewport.toPixelY(layer.segment(k, i + 3)));
                }
            }
            sketch.stroke();
        }
    }

    private static void polyline(Sketch sketch, Viewport viewport, Polyline line) {
        sketch.moveTo(viewport.toPixelX(line.x(0)), viewport.toPixelY(line.y(0)));
        for (int i = 1; i < line.pointCount(); i++) {
            sketch.lineTo(viewport.toPixelX(line.x(i)), viewport.toPixelY(line.y(i)));
        }
        if (line.isClosed()) {
            sketch.closePath();
        }
    }

    /** Arrows of the negative gradient on a grid, their lengths growing with the logarithm of its size. */
    private static void drawGradientField(Sketch sketch, Viewport viewport, Landscape landscape) {
        int nx = Math.max(2, (int) (viewport.width() / GRID_SPACING));
        int ny = Math.max(2, (int) (viewport.height() / GRID_SPACING));
        double[] g = new double[2];
        double[] field = new double[3 * nx * ny];
        double maxLog = 0;
        for (int c = 0; c < nx * ny; c++) {
            double px = (c % nx + 0.5) * viewport.width() / nx;
            double py = (c / nx + 0.5) * viewport.height() / ny;
            landscape.gradient(viewport.toWorldX(px), viewport.toWorldY(py), g);
            double norm = Math.hypot(g[0], g[1]);
            if (norm > 0 && Double.isFinite(norm)) {
                field[3 * c] = -g[0] / norm;
                field[3 * c + 1] = g[1] / norm;
                field[3 * c + 2] = Math.log1p(norm);
                maxLog = Math.max(maxLog, field[3 * c + 2]);
            }
        }
        for (int c = 0; c < nx * ny && maxLog > 0; c++) {
            if (field[3 * c + 2] == 0) {
                continue;
            }
            double px = (c % nx + 0.5) * viewport.width() / nx;
            double py = (c / nx + 0.5) * viewport.height() / ny;
            double length = 0.45 * GRID_SPACING * (0.25 + 0.75 * field[3 * c + 2] / maxLog);
            double dx = field[3 * c] * length;
            double dy = field[3 * c + 1] * length;
            Arrows.draw(sketch, px - dx / 2, py - dy / 2, px + dx / 2, py + dy / 2, FIELD_ARROW, FIELD_OUTLINE, 1.4,
                    6);
        }
    }

    private static void drawCriticalPoints(Sketch sketch, Viewport viewport, List<CriticalPoint> points,
                                           double text) {
        for (CriticalPoint p : points) {
            double px = viewport.toPixelX(p.x());
            double py = viewport.toPixelY(p.y());
            if (px < -20 || py < -20 || px > viewport.width() + 20 || py > viewport.height() + 20) {
                continue;
            }
            Markers.criticalPoint(sketch, px, py, p.kind(), text);
        }
    }

    private static void drawAxes(Sketch sketch, PlotArea area, Window window, List<String> names, double text) {
        sketch.setFont(FigureFont.regular(text, 12));
        sketch.setFill(FigureStyle.INK);
        sketch.setStroke(FigureStyle.MUTED);
        sketch.setLineWidth(1);
        int xTarget = Math.max(2, (int) (area.width() / (90 * text)));
        int yTarget = Math.max(2, (int) (area.height() / (60 * text)));
        double bottom = area.y() + area.height();
        sketch.setTextAlign(TextAlign.CENTER);
        sketch.setTextBaseline(TextBaseline.TOP);
        for (NiceTicks.Tick tick : NiceTicks.linear(window.xMin(), window.xMax(), xTarget)) {
            double px = area.x() + (tick.value() - window.xMin()) / window.width() * area.width();
            sketch.strokeLine(px, bottom, px, bottom + 5);
            sketch.fillText(tick.label(), px, bottom + 7);
        }
        sketch.setTextAlign(TextAlign.RIGHT);
        sketch.setTextBaseline(TextBaseline.CENTER);
        for (NiceTicks.Tick tick : NiceTicks.linear(window.yMin(), window.yMax(), yTarget)) {
            double py = area.y() + (window.yMax() - tick.value()) / window.height() * area.height();
            sketch.strokeLine(area.x() - 5, py, area.x(), py);
            sketch.fillText(tick.label(), area.x() - 8, py);
        }
        sketch.setFont(FigureFont.bold(text, 13));
        sketch.setTextAlign(TextAlign.CENTER);
        sketch.setTextBaseline(TextBaseline.BOTTOM);
        sketch.fillText(names.get(0), area.x() + area.width() / 2, area.y() + area.height() + 34 * text);
        sketch.save();
        sketch.translate(area.x() - 44 * text, area.y() + area.height() / 2);
        sketch.rotate(-90);
        sketch.setTextBaseline(TextBaseline.CENTER);
        sketch.fillText(names.get(1), 0, 0);
        sketch.restore();
    }

    /** The colour bar of a layer right of a plot area, as tall as the area less its title. */
    static void drawColorBar(Sketch sketch, PlotArea area, LandscapeLayer layer, double text) {
        boolean undefined = layer.undefinedCount() > 0;
        colorBar(sketch, area.x() + area.width() + 14 * text, area.y() + 22 * text,
                area.height() - 30 * text - (undefined ? UNDEFINED_KEY * text : 0), layer.scale(), layer.colorMap(),
                undefined, text);
    }

    /**
     * A colour bar: the colour map from bottom (u = 0) to top (u = 1) in a bar 14 text units wide
     * whose left edge is at {@code barX}, from {@code top} down {@code height}, with its title
     * above ("f" or "f (log)") and ticks of f at round values on its right; topped by a triangle in
     * the top colour when values in view go above the scale's top and take that colour (as
     * matplotlib's extended colour bars); with the key of the undefined hatching under it if asked
     * (it needs {@value #UNDEFINED_KEY} text units more).
     */
    static void colorBar(Sketch sketch, double barX, double top, double height, ValueScale scale, ColorMap map,
                         boolean undefined, double text) {
        double barWidth = 14 * text;
        String title = scale.scaling() == ColorScaling.LOG ? "f (log)" : "f";
        if (scale.clipsAbove()) {
            double cap = 0.8 * barWidth;
            sketch.beginPath();
            sketch.moveTo(barX, top + cap);
            sketch.lineTo(barX + barWidth / 2, top);
            sketch.lineTo(barX + barWidth, top + cap);
            sketch.closePath();
            sketch.setFill(Rgba.argb(map.argb(1)).withOpacity(1));
            sketch.fill();
            sketch.setStroke(FigureStyle.MUTED);
            sketch.stroke();
            top += cap;
            height -= cap;
        }
        for (int i = 0; i < (int) height; i++) {
            double t = 1 - (i + 0.5) / height;
            sketch.setFill(Rgba.argb(map.argb(t)).withOpacity(1));
            sketch.fillRect(barX, top + i, barWidth, 1.5);
        }
        sketch.setStroke(FigureStyle.MUTED);
        sketch.strokeRect(barX, top, barWidth, height);
        sketch.setFont(FigureFont.bold(text, 12));
        sketch.setFill(FigureStyle.INK);
        sketch.setTextAlign(TextAlign.LEFT);
        sketch.setTextBaseline(TextBaseline.BOTTOM);
        sketch.fillText(title, barX, top - 6 - (scale.clipsAbove() ? 0.8 * barWidth : 0));
        sketch.setFont(FigureFont.regular(text, 11));
        sketch.setTextBaseline(TextBaseline.CENTER);
        for (NiceTicks.Tick tick : colorBarTicks(scale, Math.max(3, (int) (height / (40 * text))))) {
            double u = scale.toUnit(tick.value());
            if (!(u >= 0 && u <= 1)) {
                continue;
            }
            double py = top + (1 - u) * height;
            sketch.strokeLine(barX + barWidth, py, barX + barWidth + 4, py);
            if (tick.major()) {
                sketch.fillText(tick.label(), barX + barWidth + 6, py);
            }
        }
        if (undefined) {
            drawUndefinedKey(sketch, barX, top + height + 10 * text, barWidth, text);
        }
    }

    /** The key of the hatching that marks where f is undefined: a hatched square and the word under it. */
    private static void drawUndefinedKey(Sketch sketch, double x, double y, double size, double text) {
        sketch.save();
        sketch.beginPath();
        sketch.rect(x, y, size, size);
        sketch.clip();
        sketch.setFill(Rgba.argb(Heatmap.UNDEFINED_LIGHT).withOpacity(1));
        sketch.fillRect(x, y, size, size);
        sketch.setStroke(Rgba.argb(Heatmap.UNDEFINED_DARK).withOpacity(1));
        sketch.setLineWidth(Heatmap.STRIPE * 0.7);
        double period = 2 * Heatmap.STRIPE * Math.sqrt(0.5);
        for (double d = -size; d < size; d += period) {
            sketch.strokeLine(x + d, y + size, x + d + size, y);
        }
        sketch.restore();
        sketch.setStroke(FigureStyle.MUTED);
        sketch.setLineWidth(1);
        sketch.strokeRect(x, y, size, size);
        sketch.setFill(FigureStyle.INK);
        sketch.setFont(FigureFont.regular(text, 11));
        sketch.setTextAlign(TextAlign.LEFT);
        sketch.setTextBaseline(TextBaseline.TOP);
        sketch.fillText("undefined", x, y + size + 3 * text);
    }

    /**
     * Ticks at round values of f: on a linear scale; on a log scale, about a decade of f - lo apart
     * ({@link NiceTicks#logAbove}).
     */
    private static List<NiceTicks.Tick> colorBarTicks(ValueScale scale, int target) {
        if (scale.scaling() != ColorScaling.LOG) {
            return NiceTicks.linear(scale.lo(), scale.hi(), target);
        }
        double range = scale.hi() - scale.lo();
        return NiceTicks.logAbove(scale.lo(), Math.max(scale.offset(), range * 1e-6), range, target);
    }
}
