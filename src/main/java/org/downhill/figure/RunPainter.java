package org.downhill.figure;

import java.util.List;
import org.downhill.diagnose.Diagnosis;
import org.downhill.figure.sketch.FigureFont;
import org.downhill.figure.sketch.LineCap;
import org.downhill.figure.sketch.LineJoin;
import org.downhill.figure.sketch.Rgba;
import org.downhill.figure.sketch.Sketch;
import org.downhill.figure.sketch.TextAlign;
import org.downhill.figure.sketch.TextBaseline;
import org.downhill.render.SegmentClipper;
import org.downhill.render.Viewport;
import org.downhill.sim.Edit;
import org.downhill.sim.Trajectory;

/**
 * Draws what moves: each visible run's path up to the playhead (with a light halo, small dots at
 * the steps, rings where a step overshot, diamonds where the settings changed), the path ahead as
 * a faint dashed preview while paused, a ball at the current position, the start points, the
 * place where a diverging run left the view, the step anatomy of the selected run and the legend.
 * Paths are clipped to a box around the view and thinned to one point per pixel, so a run that
 * blows up to 1e150 or has 20,000 steps draws as fast as any other. Each part is drawn as a named
 * group of the sketch: run-preview and run-path (one of each per run), marker (a run's markers, and
 * the start points), anatomy and legend.
 */
final class RunPainter {
    private static final double FAR = 4000;
    private static final double[] DASHES = {7, 6};

    private final SegmentClipper clipper = new SegmentClipper();

    /**
     * Paints the scene's visible runs into the layout's plot area up to the scene's step, with the
     * preview ahead when paused, the exit marks, the step anatomy of the selected run when the
     * display asks for it, and the legend if the layout has one.
     */
    void paint(Sketch sketch, PlaneScene scene, PlaneLayout layout) {
        PlotArea area = layout.area();
        Viewport viewport = layout.viewport();
        double text = scene.display().textScale();
        sketch.save();
        sketch.beginPath();
        sketch.rect(area.x(), area.y(), area.width(), area.height());
        sketch.clip();
        sketch.translate(area.x(), area.y());
        clipper.setBounds(-FAR, -FAR, viewport.width() + FAR, viewport.height() + FAR);
        sketch.setLineCap(LineCap.ROUND);
        sketch.setLineJoin(LineJoin.ROUND);
        int playhead = scene.step();
        List<FigureRun> runs = scene.visibleRuns();
        for (FigureRun run : runs) {
            if (scene.paused()) {
                Trajectory t = run.trajectory();
                int head = Math.min(playhead, t.lastStep());
                if (head < t.lastStep()) {
                    sketch.beginGroup("run-preview");
                    sketch.setLineDashes(DASHES);
                    path(sketch, viewport, t, head, t.lastStep(), run.color(), 2.2, 0.55);
                    sketch.setLineDashes((double[]) null);
                    sketch.endGroup();
                }
            }
        }
        for (int i = 0; i < scene.runs().size(); i++) {
            FigureRun run = scene.runs().get(i);
            if (run.visible()) {
                paintRun(sketch, viewport, run, Math.min(playhead, run.trajectory().lastStep()), text,
                        layout.exitOf(i));
            }
        }
        sketch.beginGroup("marker");
        for (FigureRun run : runs) {
            Trajectory t = run.trajectory();
            Markers.start(sketch, viewport.toPixelX(t.x(0)), viewport.toPixelY(t.y(0)), run.color(), text);
        }
        sketch.endGroup();
        FigureRun selected = scene.selectedRun();
        if (scene.display().anatomy() && selected != null && selected.visible()) {
            sketch.beginGroup("anatomy");
            Trajectory t = selected.trajectory();
            anatomy(sketch, viewport, t, Math.min(playhead, t.lastStep()), text);
            sketch.endGroup();
        }
        if (layout.legend() != null) {
            legend(sketch, runs, layout.legend(), text);
        }
        sketch.restore();
    }

    /** Paints a run's path, dots and markers, and its ball or (if it left the view) its exit mark. */
    private void paintRun(Sketch sketch, Viewport viewport, FigureRun run, int head, double text,
                          PlaneLayout.ExitMark exit) {
        Trajectory t = run.trajectory();
        Rgba color = run.color();
        sketch.beginGroup("run-path");
        path(sketch, viewport, t, 0, head, color, 3.2, 1.0);
        dots(sketch, viewport, t, head, color);
        sketch.endGroup();
        sketch.beginGroup("marker");
        Diagnosis d = run.diagnosis();
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (int k = d.markers().nextOvershoot(0); k >= 0 && k < head; k = d.markers().nextOvershoot(k + 1)) {
            double px = viewport.toPixelX(t.x(k + 1));
            double py = viewport.toPixelY(t.y(k + 1));
            if (PlaneLayout.inView(viewport, px, py) && !(Math.hypot(px - lastX, py - lastY) < 10)) {
                Markers.overshoot(sketch, px, py, color);
                lastX = px;
                lastY = py;
            }
        }
        for (Edit e : t.appliedEdits()) {
            double px = viewport.toPixelX(t.x(e.step()));
            double py = viewport.toPixelY(t.y(e.step()));
            if (PlaneLayout.inView(viewport, px, py)) {
                sketch.setGlobalAlpha(e.step() <= head ? 1 : 0.5);
                Markers.change(sketch, px, py, color, text);
                sketch.setGlobalAlpha(1);
            }
        }
        double hx = viewport.toPixelX(t.x(head));
        double hy = viewport.toPixelY(t.y(head));
        if (PlaneLayout.inView(viewport, hx, hy)) {
            Markers.ball(sketch, hx, hy, color, text);
        } else if (exit != null) {
            Markers.exit(sketch, exit, color, text);
        }
        sketch.endGroup();
    }

    /** Strokes rows from..to of a path with a halo, clipped and thinned. */
    private void path(Sketch sketch, Viewport viewport, Trajectory t, int from, int to, Rgba color,
                      double width, double alpha) {
        if (to <= from) {
            return;
        }
        sketch.beginPath();
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        double ax = viewport.toPixelX(t.x(from));
        double ay = viewport.toPixelY(t.y(from));
        for (int k = from; k < to; k++) {
            double bx = viewport.toPixelX(t.x(k + 1));
            double by = viewport.toPixelY(t.y(k + 1));
            if (clipper.clip(ax, ay, bx, by)) {
                if (!(Math.abs(clipper.x0() - lastX) < 0.01 && Math.abs(clipper.y0() - lastY) < 0.01)) {
                    sketch.moveTo(clipper.x0(), clipper.y0());
                    lastX = clipper.x0();
                    lastY = clipper.y0();
                }
                boolean last = k + 1 == to || clipper.cutAtEnd();
                if (last || Math.hypot(clipper.x1() - lastX, clipper.y1() - lastY) >= 0.75) {
                    sketch.lineTo(clipper.x1(), clipper.y1());
                    lastX = clipper.x1();
                    lastY = clipper.y1();
                }
            }
            ax = bx;
            ay = by;
        }
        sketch.setGlobalAlpha(alpha);
        sketch.setStroke(FigureStyle.HALO);
        sketch.setLineWidth(width + 3);
        sketch.stroke();
        sketch.setStroke(color);
        sketch.setLineWidth(width);
        sketch.stroke();
        sketch.setGlobalAlpha(1);
    }

    /** Dots at the steps, where they are at least 7 pixels apart. */
    private static void dots(Sketch sketch, Viewport viewport, Trajectory t, int head, Rgba color) {
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        sketch.setFill(color);
        sketch.setStroke(FigureStyle.HALO);
        sketch.setLineWidth(1);
        for (int k = 1; k < head; k++) {
            double px = viewport.toPixelX(t.x(k));
            double py = viewport.toPixelY(t.y(k));
            if (PlaneLayout.inView(viewport, px, py) && !(Math.hypot(px - lastX, py - lastY) < 7)) {
                sketch.fillOval(px - 2.5, py - 2.5, 5, 5);
                sketch.strokeOval(px - 2.5, py - 2.5, 5, 5);
                lastX = px;
                lastY = py;
            }
        }
    }

    /** Arrows at the current position: the plain gradient step -lr g, the momentum carried over, and the step taken. */
    private static void anatomy(Sketch sketch, Viewport viewport, Trajectory t, int k, double text) {
        if (k >= t.lastStep() || !Double.isFinite(t.updateX(k))) {
            return;
        }
        double px = viewport.toPixelX(t.x(k));
        double py = viewport.toPixelY(t.y(k));
        double sx = viewport.width() / viewport.window().width();
        double sy = viewport.height() / viewport.window().height();
        double lr = t.lr(k);
        FigureFont font = FigureFont.bold(text, 12);
        arrowWithLabel(sketch, px, py, -lr * t.gradX(k) * sx, lr * t.gradY(k) * sy, FigureStyle.GRADIENT_ARROW, "\u2212lr\u00b7\u2207f", font);
        if (t.velocityX(k) != 0 || t.velocityY(k) != 0) {
            arrowWithLabel(sketch, px, py, t.velocityX(k) * sx, -t.velocityY(k) * sy, FigureStyle.MOMENTUM_ARROW, "momentum", font);
        }
        arrowWithLabel(sketch, px, py, t.updateX(k) * sx, -t.updateY(k) * sy, FigureStyle.UPDATE_ARROW, "step", font);
    }

    private static void arrowWithLabel(Sketch sketch, double x, double y, double dx, double dy, Rgba color,
                                       String label, FigureFont font) {
        double length = Math.hypot(dx, dy);
        if (!(length > 1) || !Double.isFinite(length)) {
            return;
        }
        double limit = 3 * FAR;
        if (length > limit) {
            dx *= limit / length;
            dy *= limit / length;
        }
        Arrows.draw(sketch, x, y, x + dx, y + dy, color, Rgba.WHITE, 2.5, 12);
        double lx = x + dx + 8 * Math.signum(dx);
        double ly = y + dy + 8 * Math.signum(dy);
        sketch.setFont(font);
        sketch.setTextAlign(dx >= 0 ? TextAlign.LEFT : TextAlign.RIGHT);
        sketch.setTextBaseline(TextBaseline.CENTER);
        sketch.setStroke(FigureStyle.HALO);
        sketch.setLineWidth(3);
        sketch.strokeText(label, lx, ly);
        sketch.setFill(color);
        sketch.fillText(label, lx, ly);
    }

    /** Runs with their colours, names and diagnosis badges, in the layout's box. */
    static void legend(Sketch sketch, List<FigureRun> shown, Box box, double text) {
        FigureFont name = PlaneLayout.legendNameFont(text);
        FigureFont badge = PlaneLayout.legendBadgeFont(text);
        double line = 21 * text;
        double x = box.x();
        sketch.beginGroup("legend");
        sketch.setFill(FigureStyle.PANEL);
        sketch.fillRoundRect(x, box.y(), box.width(), box.height(), 10, 10);
        sketch.setStroke(FigureStyle.PANEL_BORDER);
        sketch.setLineWidth(1);
        sketch.strokeRoundRect(x, box.y(), box.width(), box.height(), 10, 10);
        sketch.setTextAlign(TextAlign.LEFT);
        sketch.setTextBaseline(TextBaseline.CENTER);
        double row = box.y() + 5 * text + line / 2;
        for (FigureRun r : shown) {
            sketch.setStroke(r.color());
            sketch.setLineWidth(4);
            sketch.strokeLine(x + 8, row, x + 26 * text, row);
            sketch.setFill(FigureStyle.INK);
            sketch.setFont(name);
            sketch.fillText(r.name(), x + 32 * text, row);
            sketch.setFont(badge);
            sketch.setFill(FigureStyle.MUTED);
            sketch.fillText(r.diagnosis().headline(), x + 40 * text + sketch.measure().width(r.name(), name), row);
            row += line;
        }
        sketch.endGroup();
    }
}
