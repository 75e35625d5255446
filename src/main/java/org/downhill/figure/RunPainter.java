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
 *
 * <p>A run's trail (its path, dots, overshoot rings and the changes passed) can also be drawn a
 * stretch of steps at a time, continuing where the last stretch ended ({@link #trail}, with a
 * {@link Trail} that remembers where): the app's view appends the steps played each frame instead
 * of drawing every path again ({@link TrailLayers}).
 */
final class RunPainter {
    private static final double FAR = 4000;
    /** How far out (as a fraction of the view's shorter side) a step's end counts as near the view. */
    private static final double NEAR = 0.1;
    private static final double[] DASHES = {7, 6};
    private static final double[] TEST_DASHES = {10, 5};

    private final SegmentClipper clipper = new SegmentClipper();
    /** The path being built (reused): its vertices, and whether each starts a piece. */
    private double[] pathX = new double[256];
    private double[] pathY = new double[256];
    private boolean[] pathMoves = new boolean[256];
    private int vertices;

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
        previews(sketch, scene, viewport);
        for (int i = 0; i < scene.runs().size(); i++) {
            FigureRun run = scene.runs().get(i);
            if (run.visible()) {
                paintRun(sketch, viewport, run, i, Math.min(playhead, run.trajectory().lastStep()), text,
                        layout.exitOf(i));
            }
        }
        testPath(sketch, viewport, scene, text);
        startsAnatomyLegend(sketch, scene, layout, text);
        sketch.restore();
    }

    /**
     * Paints the scene's test path, if any: its drawn rows dashed in {@link FigureStyle#RANGE_TEST}, labelled at its last drawn
     * point in view with its label and that row's learning rate; once it is complete and stopped
     * early, a cross marks where it stopped, labelled "stopped here" (or, if that point is out of
     * view, the label gives the rate it stopped at).
     */
    private void testPath(Sketch sketch, Viewport viewport, PlaneScene scene, double text) {
        TestPath test = scene.testPath();
        if (test == null) {
            return;
        }
        Trajectory t = test.path();
        int last = test.rows() - 1;
        sketch.beginGroup("test-path");
        sketch.setLineDashes(TEST_DASHES);
        path(sketch, sketch, viewport, t, 0, last, FigureStyle.RANGE_TEST, FigureStyle.HALO, 3.2, 1.0, true,
                new Trail());
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

    /**
     * While the scene is paused, each visible run's path ahead of the step, faint and dashed, in
     * the plot area's coordinates.
     */
    void previews(Sketch sketch, PlaneScene scene, Viewport viewport) {
        if (!scene.paused()) {
            return;
        }
        sketch.setLineCap(LineCap.ROUND);
        sketch.setLineJoin(LineJoin.ROUND);
        clipper.setBounds(-FAR, -FAR, viewport.width() + FAR, viewport.height() + FAR);
        for (FigureRun run : scene.visibleRuns()) {
            Trajectory t = run.trajectory();
            int head = Math.min(scene.step(), t.lastStep());
            if (head < t.lastStep()) {
                sketch.beginGroup("run-preview");
                sketch.setLineDashes(DASHES);
                path(sketch, sketch, viewport, t, head, t.lastStep(), run.color(), FigureStyle.HALO, 2.2, 0.55,
                        true, new Trail());
                sketch.setLineDashes((double[]) null);
                sketch.endGroup();
            }
        }
    }

    /** The start points of the visible runs, the step anatomy and the legend, as the layout has them. */
    private static void startsAnatomyLegend(Sketch sketch, PlaneScene scene, PlaneLayout layout, double text) {
        Viewport viewport = layout.viewport();
        List<FigureRun> runs = scene.visibleRuns();
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
    }

    /** Paints a run's path, dots and markers, and its ball or (if it left the view) its exit mark. */
    private void paintRun(Sketch sketch, Viewport viewport, FigureRun run, int index, int head, double text,
                          PlaneLayout.ExitMark exit) {
        Trail trail = new Trail();
        sketch.beginGroup("run-path");
        pathAndDots(sketch, sketch, viewport, run, 0, head, FigureStyle.HALO, true, trail);
        sketch.endGroup();
        sketch.beginGroup("marker");
        overshoots(sketch, viewport, run, 0, head, trail);
        edits(sketch, viewport, run, -1, Integer.MAX_VALUE, head, text);
        head(sketch, viewport, run, index, head, text, exit);
        sketch.endGroup();
    }

    /**
     * Where a run's trail drawn a stretch at a time has got to: the last point of its path, the
     * end of the last step drawn (the path goes on from there without a break, even when that step
     * was too short to add a point), the last of its dots and of its overshoot rings (each thins by
     * the distance from its last one). A new one starts a trail at step 0.
     */
    static final class Trail {
        private double pathX = Double.NaN;
        private double pathY = Double.NaN;
        private double endX = Double.NaN;
        private double endY = Double.NaN;
        private double dotX = Double.NaN;
        private double dotY = Double.NaN;
        private double ringX = Double.NaN;
        private double ringY = Double.NaN;
    }

    /**
     * Draws steps from..to of a run's trail continuing {@code trail} (which ended at step
     * {@code from}, or is new and from is 0): the path's halo into {@code halos} in {@code halo},
     * the path, the dots, the overshoot rings and the changes made at steps in (from, to] (and at
     * step 0 when from is 0) into {@code lines}, in the plot area's coordinates. Drawing 0..a then
     * a..b draws what 0..b draws, except where the later stretch crosses the earlier one.
     *
     * @param toTheStep whether the path ends exactly at step {@code to}; if not (more stretches
     *                  follow), it may stop less than 0.75 pixels short of it, so that stretches do
     *                  not pile up their ends' anti-aliasing where the run crawls
     */
    void trail(Sketch halos, Sketch lines, Viewport viewport, FigureRun run, int from, int to, Rgba halo,
               double text, boolean toTheStep, Trail trail) {
        clipper.setBounds(-FAR, -FAR, viewport.width() + FAR, viewport.height() + FAR);
        for (Sketch sketch : new Sketch[] {halos, lines}) {
            sketch.setLineCap(LineCap.ROUND);
            sketch.setLineJoin(LineJoin.ROUND);
        }
        pathAndDots(halos, lines, viewport, run, from, to, halo, toTheStep, trail);
        overshoots(lines, viewport, run, from, to, trail);
        edits(lines, viewport, run, from == 0 ? -1 : from, to, to, text);
    }

    /**
     * Draws what lies over the trails and under the balls: the changes ahead of the step (faint)
     * and the exit marks of the visible runs, in the plot area's coordinates.
     */
    void marksUnder(Sketch sketch, PlaneScene scene, PlaneLayout layout) {
        Viewport viewport = layout.viewport();
        double text = scene.display().textScale();
        sketch.setLineCap(LineCap.ROUND);
        sketch.setLineJoin(LineJoin.ROUND);
        sketch.beginGroup("marker");
        for (int i = 0; i < scene.runs().size(); i++) {
            FigureRun run = scene.runs().get(i);
            if (run.visible()) {
                int head = Math.min(scene.step(), run.trajectory().lastStep());
                edits(sketch, viewport, run, head, Integer.MAX_VALUE, head, text);
                PlaneLayout.ExitMark exit = layout.exitOf(i);
                if (ball(viewport, run, i, head) == null && exit != null) {
                    Markers.exit(sketch, exit, run.color(), text);
                }
            }
        }
        sketch.endGroup();
    }

    /**
     * Draws what lies over the balls: the range test's path, the start points, the step anatomy
     * and the legend of the layout, in the plot area's coordinates.
     */
    void marksOver(Sketch sketch, PlaneScene scene, PlaneLayout layout) {
        double text = scene.display().textScale();
        sketch.setLineCap(LineCap.ROUND);
        sketch.setLineJoin(LineJoin.ROUND);
        testPath(sketch, layout.viewport(), scene, text);
        startsAnatomyLegend(sketch, scene, layout, text);
    }

    /** The balls of the visible runs whose head is in view, in the scene's order. */
    static List<Ball> balls(PlaneScene scene, Viewport viewport) {
        List<Ball> balls = new java.util.ArrayList<>();
        for (int i = 0; i < scene.runs().size(); i++) {
            FigureRun run = scene.runs().get(i);
            Ball ball = run.visible() ? ball(viewport, run, i, Math.min(scene.step(), run.trajectory().lastStep())) : null;
            if (ball != null) {
                balls.add(ball);
            }
        }
        return balls;
    }

    /** The ball of the run with this index at a step, or null if that step is out of view. */
    private static Ball ball(Viewport viewport, FigureRun run, int index, int head) {
        Trajectory t = run.trajectory();
        double hx = viewport.toPixelX(t.x(head));
        double hy = viewport.toPixelY(t.y(head));
        return PlaneLayout.inView(viewport, hx, hy) ? new Ball(index, hx, hy, run.color()) : null;
    }

    /** The path from..to with its halo (into halos) and line (into lines), then the dots (into lines). */
    private void pathAndDots(Sketch halos, Sketch lines, Viewport viewport, FigureRun run, int from, int to,
                             Rgba halo, boolean toTheStep, Trail trail) {
        path(halos, lines, viewport, run.trajectory(), from, to, run.color(), halo, 3.2, 1.0, toTheStep, trail);
        dots(lines, viewport, run.trajectory(), from, to, run.color(), trail);
    }

    /** Light rings where the steps in [from, to) overshot, at least 10 pixels apart. */
    private static void overshoots(Sketch sketch, Viewport viewport, FigureRun run, int from, int to, Trail trail) {
        Trajectory t = run.trajectory();
        Diagnosis d = run.diagnosis();
        for (int k = d.markers().nextOvershoot(from); k >= 0 && k < to; k = d.markers().nextOvershoot(k + 1)) {
            double px = viewport.toPixelX(t.x(k + 1));
            double py = viewport.toPixelY(t.y(k + 1));
            if (PlaneLayout.inView(viewport, px, py) && !(Math.hypot(px - trail.ringX, py - trail.ringY) < 10)) {
                Markers.overshoot(sketch, px, py, run.color());
                trail.ringX = px;
                trail.ringY = py;
            }
        }
    }

    /**
     * Diamonds where the settings changed at a step in (after, upTo]: solid up to the head, faint
     * beyond it.
     */
    private static void edits(Sketch sketch, Viewport viewport, FigureRun run, int after, int upTo, int head,
                              double text) {
        Trajectory t = run.trajectory();
        for (Edit e : t.appliedEdits()) {
            if (e.step() <= after || e.step() > upTo) {
                continue;
            }
            double px = viewport.toPixelX(t.x(e.step()));
            double py = viewport.toPixelY(t.y(e.step()));
            if (PlaneLayout.inView(viewport, px, py)) {
                sketch.setGlobalAlpha(e.step() <= head ? 1 : 0.5);
                Markers.change(sketch, px, py, run.color(), text);
                sketch.setGlobalAlpha(1);
            }
        }
    }

    /** The run's ball at the head, or its exit mark if the head is out of view. */
    private static void head(Sketch sketch, Viewport viewport, FigureRun run, int index, int head, double text,
                             PlaneLayout.ExitMark exit) {
        Ball ball = ball(viewport, run, index, head);
        if (ball != null) {
            Markers.ball(sketch, ball.x(), ball.y(), run.color(), text);
        } else if (exit != null) {
            Markers.exit(sketch, exit, run.color(), text);
        }
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

    /**
     * Strokes rows from..to of a path, clipped and thinned (a step ending less than 0.75 pixels
     * from the last point adds none, except the last when toTheStep; the path does not break there),
     * continuing {@code trail}: its halo (3
     * pixels wider, in {@code halo}) into halos, then its line into lines (one path stroked twice
     * when they are the same sketch). Steps far outside the view are left out.
     */
    private void path(Sketch halos, Sketch lines, Viewport viewport, Trajectory t, int from, int to, Rgba color,
                      Rgba halo, double width, double alpha, boolean toTheStep, Trail trail) {
        if (to <= from) {
            return;
        }
        double startX = trail.pathX;
        double startY = trail.pathY;
        vertices = 0;
        double ax = viewport.toPixelX(t.x(from));
        double ay = viewport.toPixelY(t.y(from));
        for (int k = from; k < to; k++) {
            double bx = viewport.toPixelX(t.x(k + 1));
            double by = viewport.toPixelY(t.y(k + 1));
            if ((near(viewport, ax, ay) || near(viewport, bx, by)) && clipper.clip(ax, ay, bx, by)) {
                if (!(Math.abs(clipper.x0() - trail.endX) < 0.01 && Math.abs(clipper.y0() - trail.endY) < 0.01)) {
                    vertex(true, clipper.x0(), clipper.y0());
                    trail.pathX = clipper.x0();
                    trail.pathY = clipper.y0();
                }
                boolean last = k + 1 == to && toTheStep || clipper.cutAtEnd();
                if (last || Math.hypot(clipper.x1() - trail.pathX, clipper.y1() - trail.pathY) >= 0.75) {
                    vertex(false, clipper.x1(), clipper.y1());
                    trail.pathX = clipper.x1();
                    trail.pathY = clipper.y1();
                }
                trail.endX = clipper.x1();
                trail.endY = clipper.y1();
            }
            ax = bx;
            ay = by;
        }
        tracePath(halos, startX, startY);
        halos.setGlobalAlpha(alpha);
        halos.setStroke(halo);
        halos.setLineWidth(width + 3);
        halos.stroke();
        if (lines != halos) {
            halos.setGlobalAlpha(1);
            tracePath(lines, startX, startY);
            lines.setGlobalAlpha(alpha);
        }
        lines.setStroke(color);
        lines.setLineWidth(width);
        lines.stroke();
        lines.setGlobalAlpha(1);
    }

    /** Adds a vertex to the path being built: the start of a piece (move) or the end of a line. */
    private void vertex(boolean move, double x, double y) {
        if (vertices == pathX.length) {
            pathX = java.util.Arrays.copyOf(pathX, 2 * vertices);
            pathY = java.util.Arrays.copyOf(pathY, 2 * vertices);
            pathMoves = java.util.Arrays.copyOf(pathMoves, 2 * vertices);
        }
        pathX[vertices] = x;
        pathY[vertices] = y;
        pathMoves[vertices] = move;
        vertices++;
    }

    /**
     * Begins a path in the sketch with the vertices built; one that goes on from where the last
     * stretch ended, (x, y), starts there.
     */
    private void tracePath(Sketch sketch, double x, double y) {
        sketch.beginPath();
        for (int i = 0; i < vertices; i++) {
            if (pathMoves[i]) {
                sketch.moveTo(pathX[i], pathY[i]);
            } else {
                if (i == 0) {
                    sketch.moveTo(x, y);
                }
                sketch.lineTo(pathX[i], pathY[i]);
            }
        }
    }

    /** Dots at the steps in [max(1, from), to), where they are at least 7 pixels apart, continuing the trail. */
    private static void dots(Sketch sketch, Viewport viewport, Trajectory t, int from, int to, Rgba color,
                             Trail trail) {
        sketch.setFill(color);
        sketch.setStroke(FigureStyle.HALO);
        sketch.setLineWidth(1);
        for (int k = Math.max(1, from); k < to; k++) {
            double px = viewport.toPixelX(t.x(k));
            double py = viewport.toPixelY(t.y(k));
            if (PlaneLayout.inView(viewport, px, py) && !(Math.hypot(px - trail.dotX, py - trail.dotY) < 7)) {
                sketch.fillOval(px - 2.5, py - 2.5, 5, 5);
                sketch.strokeOval(px - 2.5, py - 2.5, 5, 5);
                trail.dotX = px;
                trail.dotY = py;
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
        double line = PlaneLayout.legendLine(text);
        boolean stacked = PlaneLayout.legendStacked(box, shown.size(), text);
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
            if (stacked) {
                for (String part : PlaneLayout.legendDiagnosis(r, sketch.measure(), text, box.width())) {
                    row += line;
                    sketch.fillText(part, x + 32 * text, row);
                }
            } else {
                sketch.fillText(r.diagnosis().headline(), x + 40 * text + sketch.measure().width(r.name(), name), row);
            }
            row += line;
        }
        sketch.endGroup();
    }
}
