package org.downhill.ui.plane;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.downhill.diagnose.Diagnosis;
import org.downhill.render.SegmentClipper;
import org.downhill.render.Viewport;
import org.downhill.sim.Edit;
import org.downhill.sim.Trajectory;
import org.downhill.ui.TextMetrics;
import org.downhill.ui.Theme;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.RunViewModel;
import org.downhill.ui.sketch.Sketch;

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
    private final SegmentClipper viewClipper = new SegmentClipper();

    /** Paints the visible runs into the plot area, with the preview ahead when paused and the legend if asked. */
    void paint(Sketch sketch, PlotArea area, Viewport viewport, LabViewModel lab, boolean paused, boolean legend) {
        double text = lab.view().textScaleProperty().get();
        sketch.save();
        sketch.beginPath();
        sketch.rect(area.x(), area.y(), area.width(), area.height());
        sketch.clip();
        sketch.translate(area.x(), area.y());
        clipper.setBounds(-FAR, -FAR, viewport.width() + FAR, viewport.height() + FAR);
        viewClipper.setBounds(0, 0, viewport.width(), viewport.height());
        sketch.setLineCap(StrokeLineCap.ROUND);
        sketch.setLineJoin(StrokeLineJoin.ROUND);
        int playhead = lab.playhead();
        List<RunViewModel> runs = lab.runs();
        for (RunViewModel run : runs) {
            if (run.isVisible() && paused) {
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
        for (RunViewModel run : runs) {
            if (run.isVisible()) {
                paintRun(sketch, viewport, run, Math.min(playhead, run.trajectory().lastStep()), text);
            }
        }
        sketch.beginGroup("marker");
        for (RunViewModel run : runs) {
            if (run.isVisible()) {
                Trajectory t = run.trajectory();
                Markers.start(sketch, viewport.toPixelX(t.x(0)), viewport.toPixelY(t.y(0)), run.color(), text);
            }
        }
        sketch.endGroup();
        RunViewModel selected = lab.selected();
        if (lab.view().anatomyProperty().get() && selected != null && selected.isVisible()) {
            sketch.beginGroup("anatomy");
            Trajectory t = selected.trajectory();
            anatomy(sketch, viewport, t, Math.min(playhead, t.lastStep()), text);
            sketch.endGroup();
        }
        if (legend) {
            legend(sketch, lab, text);
        }
        sketch.restore();
    }

    private void paintRun(Sketch sketch, Viewport viewport, RunViewModel run, int head, double text) {
        Trajectory t = run.trajectory();
        Color color = run.color();
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
            if (inView(viewport, px, py) && !(Math.hypot(px - lastX, py - lastY) < 10)) {
                Markers.overshoot(sketch, px, py, color);
                lastX = px;
                lastY = py;
            }
        }
        for (Edit e : t.appliedEdits()) {
            double px = viewport.toPixelX(t.x(e.step()));
            double py = viewport.toPixelY(t.y(e.step()));
            if (inView(viewport, px, py)) {
                sketch.setGlobalAlpha(e.step() <= head ? 1 : 0.5);
                Markers.change(sketch, px, py, color, text);
                sketch.setGlobalAlpha(1);
            }
        }
        int lastInside = lastInView(viewport, t, head);
        if (lastInside == head) {
            Markers.ball(sketch, viewport.toPixelX(t.x(head)), viewport.toPixelY(t.y(head)), color, text);
        } else if (lastInside >= 0) {
            exitMarker(sketch, viewport, t, lastInside, head, color, text);
        }
        sketch.endGroup();
    }

    /** Strokes rows from..to of a path with a halo, clipped and thinned. */
    private void path(Sketch sketch, Viewport viewport, Trajectory t, int from, int to, Color color,
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
        sketch.setStroke(Theme.HALO);
        sketch.setLineWidth(width + 3);
        sketch.stroke();
        sketch.setStroke(color);
        sketch.setLineWidth(width);
        sketch.stroke();
        sketch.setGlobalAlpha(1);
    }

    /** Dots at the steps, where they are at least 7 pixels apart. */
    private static void dots(Sketch sketch, Viewport viewport, Trajectory t, int head, Color color) {
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        sketch.setFill(color);
        sketch.setStroke(Theme.HALO);
        sketch.setLineWidth(1);
        for (int k = 1; k < head; k++) {
            double px = viewport.toPixelX(t.x(k));
            double py = viewport.toPixelY(t.y(k));
            if (inView(viewport, px, py) && !(Math.hypot(px - lastX, py - lastY) < 7)) {
                sketch.fillOval(px - 2.5, py - 2.5, 5, 5);
                sketch.strokeOval(px - 2.5, py - 2.5, 5, 5);
                lastX = px;
                lastY = py;
            }
        }
    }

    private static boolean inView(Viewport viewport, double px, double py) {
        return px >= 0 && py >= 0 && px <= viewport.width() && py <= viewport.height();
    }

    /** The last row up to head whose point is in view, or -1. */
    private static int lastInView(Viewport viewport, Trajectory t, int head) {
        for (int k = head; k >= 0; k--) {
            if (inView(viewport, viewport.toPixelX(t.x(k)), viewport.toPixelY(t.y(k)))) {
                return k;
            }
        }
        return -1;
    }

    private void exitMarker(Sketch sketch, Viewport viewport, Trajectory t, int inside, int head, Color color,
                            double text) {
        double ax = viewport.toPixelX(t.x(inside));
        double ay = viewport.toPixelY(t.y(inside));
        double bx = viewport.toPixelX(t.x(inside + 1));
        double by = viewport.toPixelY(t.y(inside + 1));
        double ex = ax;
        double ey = ay;
        double dx = bx - ax;
        double dy = by - ay;
        if (Double.isFinite(bx) && Double.isFinite(by) && viewClipper.clip(ax, ay, bx, by)) {
            ex = viewClipper.x1();
            ey = viewClipper.y1();
        } else if (inside > 0) {
            dx = ax - viewport.toPixelX(t.x(inside - 1));
            dy = ay - viewport.toPixelY(t.y(inside - 1));
        }
        boolean diverged = t.termination().diverged() && head >= t.divergedAt();
        String label = diverged ? "Diverged at step " + t.divergedAt() : "Left the view at step " + (inside + 1);
        Markers.exit(sketch, ex, ey, dx, dy, color, label, text);
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
        Font font = Theme.bold(text, 12);
        arrowWithLabel(sketch, px, py, -lr * t.gradX(k) * sx, lr * t.gradY(k) * sy, Theme.GRADIENT_ARROW, "\u2212lr\u00b7\u2207f", font);
        if (t.velocityX(k) != 0 || t.velocityY(k) != 0) {
            arrowWithLabel(sketch, px, py, t.velocityX(k) * sx, -t.velocityY(k) * sy, Theme.MOMENTUM_ARROW, "momentum", font);
        }
        arrowWithLabel(sketch, px, py, t.updateX(k) * sx, -t.updateY(k) * sy, Theme.UPDATE_ARROW, "step", font);
    }

    private static void arrowWithLabel(Sketch sketch, double x, double y, double dx, double dy, Color color,
                                       String label, Font font) {
        double length = Math.hypot(dx, dy);
        if (!(length > 1) || !Double.isFinite(length)) {
            return;
        }
        double limit = 3 * FAR;
        if (length > limit) {
            dx *= limit / length;
            dy *= limit / length;
        }
        Arrows.draw(sketch, x, y, x + dx, y + dy, color, Color.WHITE, 2.5, 12);
        double lx = x + dx + 8 * Math.signum(dx);
        double ly = y + dy + 8 * Math.signum(dy);
        sketch.setFont(font);
        sketch.setTextAlign(dx >= 0 ? TextAlignment.LEFT : TextAlignment.RIGHT);
        sketch.setTextBaseline(VPos.CENTER);
        sketch.setStroke(Theme.HALO);
        sketch.setLineWidth(3);
        sketch.strokeText(label, lx, ly);
        sketch.setFill(color);
        sketch.fillText(label, lx, ly);
    }

    /** Runs with their colours, names and diagnosis badges, top left. */
    private static void legend(Sketch sketch, LabViewModel lab, double text) {
        List<RunViewModel> shown = lab.runs().stream().filter(RunViewModel::isVisible).toList();
        if (shown.isEmpty()) {
            return;
        }
        Font name = Theme.bold(text, 13);
        Font badge = Theme.font(text, 12);
        double line = 21 * text;
        double width = 0;
        for (RunViewModel r : shown) {
            width = Math.max(width, TextMetrics.width(r.name(), name) + TextMetrics.width(r.diagnosis().headline(), badge));
        }
        width += 48 * text;
        double height = shown.size() * line + 10 * text;
        double x = 10;
        double y = 10;
        sketch.beginGroup("legend");
        sketch.setFill(Theme.PANEL);
        sketch.fillRoundRect(x, y, width, height, 10, 10);
        sketch.setStroke(Theme.PANEL_BORDER);
        sketch.setLineWidth(1);
        sketch.strokeRoundRect(x, y, width, height, 10, 10);
        sketch.setTextAlign(TextAlignment.LEFT);
        sketch.setTextBaseline(VPos.CENTER);
        double row = y + 5 * text + line / 2;
        for (RunViewModel r : shown) {
            sketch.setStroke(r.color());
            sketch.setLineWidth(4);
            sketch.strokeLine(x + 8, row, x + 26 * text, row);
            sketch.setFill(Theme.INK);
            sketch.setFont(name);
            sketch.fillText(r.name(), x + 32 * text, row);
            sketch.setFont(badge);
            sketch.setFill(Theme.MUTED);
            sketch.fillText(r.diagnosis().headline(), x + 40 * text + TextMetrics.width(r.name(), name), row);
            row += line;
        }
        sketch.endGroup();
    }
}
