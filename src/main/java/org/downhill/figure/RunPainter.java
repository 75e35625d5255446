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
import org.downhill.param.NumberText;
import org.downhill.render.SegmentClipper;
import org.downhill.render.Viewport;
import org.downhill.sim.Edit;
import org.downhill.sim.Trajectory;

/**
 * Draws what moves: each visible run's path up to the playhead (with a light halo, small dots at
 * the steps, rings where a step overshot, diamonds where the settings changed), the path ahead as
 * a faint dashed preview while paused, a ball at the current position, the start points, the
 * place where a diverging run left the view, the step anatomy of the selected run and the legend.
 * A step whose both ends lie far outside the view is left out (see {@link #near}); the run's exit
 * mark says where it went. Paths are clipped to a box around the view and thinned to one point per pixel, so a run that
 * blows up to 1e150 or has 20,000 steps draws as fast as any other. Each part is drawn as a named
 * group of the sketch: run-preview and run-path (one of each per run), marker (a run's markers, and
 * the start points), anatomy and legend; a range test's path beside them is the group test-path.
 */
final class RunPainter {
    private static final double FAR = 4000;
    /** How far out (as a fraction of the view's shorter side) a step's end counts as near the view. */
    private static final double NEAR = 0.1;
    private static final double[] DASHES = {7, 6};
    private static final double[] TEST_DASHES = {10, 5};

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
        if (scene.testPath() != null) {
            testPath(sketch, viewport, scene.testPath(), text);
        }
        sketch.beginGroup("marker");
        for (FigureRun run : runs) {
            Trajectory t = run.trajectory();
            Markers.start(sketch, viewport.toPixelX(t.x(0)), viewport.toPixelY(t.y(0)), run.color(), text);
        }
        sketch.endGroup();
        if (!layout.anatomy().isEmpty()) {
            sketch.beginGroup("anatomy");
            anatomy(sketch, layout.anatomy(), text);
            sketch.endGroup();
        }
        if (layout.legend() != null) {
            legend(sketch, runs, layout.legend(), text);
        }
        sketch.restore();
    }

    /**
     * Paints a test path: its drawn rows dashed in {@link FigureStyle#RANGE_TEST}, labelled at its last drawn
     * point in view with its label and that row's learning rate; once it is complete and stopped
     * early, a cross marks where it stopped, labelled "stopped here" (or, if that point is out of
     * view, the label gives the rate it stopped at).
     */
    private void testPath(Sketch sketch, Viewport viewport, TestPath test, double text) {
        Trajectory t = test.path();
        int last = test.rows() - 1;
        sketch.beginGroup("test-path");
        sketch.setLineDashes(TEST_DASHES);
        path(sketch, viewport, t, 0, last, FigureStyle.RANGE_TEST, 3.2, 1.0);
        sketch.setLineDashes((double[]) null);
        int shown = last;
        while (shown > 0 && !PlaneLayout.inView(viewport, viewport.toPixelX(t.x(shown)),
                viewport.toPixelY(t.y(shown)))) {
            shown--;
        }
        double px = viewport.toPixelX(t.x(shown));
        double py = viewport.toPixelY(t.y(shown));
        boolean stoppedHere = test.complete() && test.stopped() && shown == last;
        if (stoppedHere) {
            Markers.cross(sketch, px, py, 6 * text);
        }
        boolean stoppedOutOfView = test.complete() && test.stopped() && shown < last;
        String words = stoppedHere ? test.label() + " stopped here, lr = " + NumberText.short3(t.lr(shown))
                : stoppedOutOfView ? test.label() + " left the view at lr = " + NumberText.short3(t.lr(shown))
                + ", stopped at " + NumberText.short3(t.lr(last))
                : test.label() + ", lr = " + NumberText.short3(t.lr(shown));
        FigureFont font = PlaneLayout.tagFont(text);
        sketch.setFont(font);
        double width = sketch.measure().width(words, font);
        boolean left = px + 10 * text + width > viewport.width();
        sketch.setTextAlign(left ? TextAlign.RIGHT : TextAlign.LEFT);
        sketch.setTextBaseline(TextBaseline.BOTTOM);
        double lx = px + (left ? -10 : 10) * text;
        double ly = Math.max(py - 6 * text, 16 * text);
        sketch.setLineWidth(3);
        sketch.setStroke(FigureStyle.HALO);
        sketch.strokeText(words, lx, ly);
        sketch.setFill(FigureStyle.RANGE_TEST);
        sketch.fillText(words, lx, ly);
        sketch.endGroup();
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

    /**
     * Whether a point of the plot area lies near the view: within a tenth of the view's shorter side of
     * it. A step whose both ends are farther out is not drawn, since a line across the view between
     * two far points (a run bouncing ever farther out) would read as a path through it.
     */
    private static boolean near(Viewport viewport, double px, double py) {
        double margin = NEAR * Math.min(viewport.width(), viewport.height());
        return px >= -margin && py >= -margin && px <= viewport.width() + margin && py <= viewport.height() + margin;
    }

    /** Strokes rows from..to of a path with a halo, clipped and thinned; steps far outside the view are left out. */
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
            if ((near(viewport, ax, ay) || near(viewport, bx, by)) && clipper.clip(ax, ay, bx, by)) {
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

    /** The step anatomy's arrows (the step taken drawn last, on top) and their labels where the layout put them. */
    private static void anatomy(Sketch sketch, List<PlaneLayout.Pointer> arrows, double text) {
        for (int i = arrows.size() - 1; i >= 0; i--) {
            PlaneLayout.Pointer a = arrows.get(i);
            Arrows.draw(sketch, a.x0(), a.y0(), a.x1(), a.y1(), a.color(), Rgba.WHITE, 2.5, 12);
        }
        sketch.setFont(PlaneLayout.anatomyFont(text));
        sketch.setTextAlign(TextAlign.LEFT);
        sketch.setTextBaseline(TextBaseline.CENTER);
        sketch.setLineWidth(3);
        for (PlaneLayout.Pointer a : arrows) {
            double lx = a.box().x() + 2;
            double ly = a.box().y() + a.box().height() / 2;
            sketch.setStroke(FigureStyle.HALO);
            sketch.strokeText(a.label(), lx, ly);
            sketch.setFill(a.color());
            sketch.fillText(a.label(), lx, ly);
        }
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
