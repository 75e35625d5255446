package org.downhill.figure;

import java.util.ArrayList;
import java.util.List;
import org.downhill.diagnose.Regime;
import org.downhill.figure.sketch.FigureFont;
import org.downhill.figure.sketch.Rgba;
import org.downhill.figure.sketch.TextMeasure;
import org.downhill.landscape.CriticalPoint;
import org.downhill.render.SegmentClipper;
import org.downhill.render.Viewport;
import org.downhill.sim.Trajectory;

/**
 * Where the parts of a figure of a {@link PlaneScene} go, decided before anything is drawn and
 * with the text measured as the sketch will draw it: the plot area and its viewport, the legend's
 * box, for each visible run that has left the view its exit mark (an arrow at the edge pointing
 * out) with the box of its tag, and the arrows of the step anatomy with their labels' boxes.
 * Boxes are in the plot area's coordinates (origin at its top-left corner). The painters draw what
 * the layout says, so where labels go is decided here, in one place, by a placement pass:
 *
 * <ol>
 * <li>the legend goes to the place along the plot's edges (the corners top left, top right, bottom
 *     left, bottom right, then the middles of the top, bottom, left and right edges, in that order of
 *     preference) that covers the fewest points of the runs' whole paths, start points, critical
 *     points and exit marks (the latter three weigh as much as twenty path points); choosing by the
 *     whole paths keeps it in place while the runs play;</li>
 * <li>the exit tags, then the anatomy labels, go where they are wanted (behind the exit arrow; at
 *     the arrow's tip) if that is free, else to the nearest free place ({@link LabelPlacer}), always
 *     inside the plot, so that no two boxes meet.</li>
 * </ol>
 *
 * @param area     where the plane is drawn in the figure
 * @param viewport the transform between the scene's window and the plot area
 * @param legend   the legend's box, or null for none (not asked for, or no visible run)
 * @param exits    the exit marks of the visible runs that left the view, in legend order
 * @param anatomy  the step anatomy's arrows of the selected run, when the display asks for them
 */
public record PlaneLayout(PlotArea area, Viewport viewport, Box legend, List<ExitMark> exits,
                          List<Pointer> anatomy) {
    /** The legend's distance from the plot's edges. */
    static final double LEGEND_INSET = 10;
    /** The least distance between two labels, and between a label and the plot's edge. */
    static final double GAP = 3;
    /** Path points closer than this (pixels) count once when choosing the legend's corner. */
    private static final double SAMPLE = 6;
    /** The farthest an anatomy label may sit from its arrow's (visible) tip, in text units, when a free spot allows. */
    static final double ANATOMY_REACH = 36;
    /** The longest an anatomy arrow is drawn, in pixels. */
    private static final double LONGEST_ARROW = 12000;

    /** Makes the lists unmodifiable. */
    public PlaneLayout {
        exits = List.copyOf(exits);
        anatomy = List.copyOf(anatomy);
    }

    /**
     * Where a run left the view: the point on the edge, the direction it went, its label and the
     * label's box.
     *
     * @param run   the run's index in the scene's runs
     * @param x     where the path crosses the edge (plot coordinates)
     * @param y     where the path crosses the edge
     * @param dirX  the direction out, x (not normalised; 0, -1 if unknown)
     * @param dirY  the direction out, y
     * @param label what the tag says, lines separated by {@code \n}
     * @param tag   the tag's box
     */
    public record ExitMark(int run, double x, double y, double dirX, double dirY, String label, Box tag) {
    }

    /**
     * An arrow of the step anatomy from (x0, y0) to (x1, y1), in plot coordinates, with its label.
     *
     * @param color the arrow's and the label's colour
     * @param label what the label says
     * @param box   the label's box (its text starts at the box's left edge, centred vertically)
     */
    public record Pointer(double x0, double y0, double x1, double y1, Rgba color, String label, Box box) {
    }

    /** The exit mark of the run with this index in the scene, or null if it has none. */
    public ExitMark exitOf(int run) {
        for (ExitMark exit : exits) {
            if (exit.run() == run) {
                return exit;
            }
        }
        return null;
    }

    /** Every label's box: the legend's, the exit tags' and the anatomy labels'. */
    public List<Box> labelBoxes() {
        List<Box> boxes = new ArrayList<>();
        if (legend != null) {
            boxes.add(legend);
        }
        exits.forEach(e -> boxes.add(e.tag()));
        anatomy.forEach(p -> boxes.add(p.box()));
        return boxes;
    }

    /** The font of tags at a text scale. */
    static FigureFont tagFont(double text) {
        return FigureFont.bold(text, 12);
    }

    /** The height of a line of a tag at a text scale. */
    static double tagLine(double text) {
        return 16 * text;
    }

    /** The font of the runs' names in the legend. */
    static FigureFont legendNameFont(double text) {
        return FigureFont.bold(text, 13);
    }

    /** The font of the diagnoses in the legend. */
    static FigureFont legendBadgeFont(double text) {
        return FigureFont.regular(text, 12);
    }

    /** The font of the step anatomy's labels. */
    static FigureFont anatomyFont(double text) {
        return FigureFont.bold(text, 12);
    }

    /**
     * The layout of a scene in a plot area, with the legend if asked; every label inside the plot.
     */
    public static PlaneLayout of(PlaneScene scene, PlotArea area, Viewport viewport, TextMeasure measure,
                                 boolean legend) {
        double text = scene.display().textScale();
        List<Exit> exits = new ArrayList<>();
        SegmentClipper clipper = new SegmentClipper();
        clipper.setBounds(0, 0, viewport.width(), viewport.height());
        for (int i = 0; i < scene.runs().size(); i++) {
            FigureRun run = scene.runs().get(i);
            if (run.visible()) {
                Exit exit = exit(i, run, Math.min(scene.step(), run.trajectory().lastStep()), viewport, clipper);
                if (exit != null) {
                    exits.add(exit);
                }
            }
        }
        LabelPlacer placer = new LabelPlacer(viewport.width(), viewport.height(), GAP);
        Box legendBox = legend ? legendBox(scene, viewport, exits, measure, text) : null;
        if (legendBox != null) {
            placer.reserve(legendBox);
        }
        // the start markers are drawn over the labels: no tag may sit under one
        double reach = Markers.START_RADIUS * text + Markers.START_TICK;
        for (FigureRun run : scene.visibleRuns()) {
            double sx = viewport.toPixelX(run.trajectory().x(0));
            double sy = viewport.toPixelY(run.trajectory().y(0));
            if (inView(viewport, sx, sy)) {
                placer.reserve(new Box(sx - reach, sy - reach, 2 * reach, 2 * reach));
            }
        }
        List<ExitMark> marks = new ArrayList<>();
        for (Exit e : exits) {
            FigureRun run = scene.runs().get(e.run);
            PathSegments path = PathSegments.of(run.trajectory(), Math.min(scene.step(), run.trajectory().lastStep()),
                    viewport);
            marks.add(e.place(run, placer, path, measure, text));
        }
        List<Pointer> anatomy = new ArrayList<>();
        FigureRun selected = scene.selectedRun();
        if (scene.display().anatomy() && selected != null && selected.visible()) {
            Trajectory t = selected.trajectory();
            anatomy(anatomy, viewport, t, Math.min(scene.step(), t.lastStep()), placer, measure, text);
        }
        return new PlaneLayout(area, viewport, legendBox, marks, anatomy);
    }

    /**
     * The legend's size (also the 3D view's): a line per run with its colour, name and diagnosis
     * side by side when that is at most {@code room} wide; else stacked, each diagnosis under its
     * run's name, wrapped at spaces to the room left ({@link #legendDiagnosis}), so that a narrow
     * view (or large text) never cuts it off.
     */
    static Box legendSize(List<FigureRun> shown, TextMeasure measure, double text, double room) {
        double sideBySide = legendSideBySide(shown, measure, text);
        if (sideBySide <= room) {
            return new Box(0, 0, sideBySide, legendHeight(shown.size(), text));
        }
        double width = 0;
        int lines = 0;
        for (FigureRun r : shown) {
            width = Math.max(width, measure.width(r.name(), legendNameFont(text)));
            for (String line : legendDiagnosis(r, measure, text, room)) {
                width = Math.max(width, measure.width(line, legendBadgeFont(text)));
                lines++;
            }
        }
        return new Box(0, 0, width + 40 * text, legendHeight(shown.size() + lines, text));
    }

    /** Whether a legend of this many runs ({@link #legendSize}) has each diagnosis under its run's name. */
    static boolean legendStacked(Box legend, int runs, double text) {
        return legend.height() > legendHeight(runs, text) + 1e-9;
    }

    /** The height of a legend of this many lines, with its padding. */
    private static double legendHeight(int lines, double text) {
        return lines * legendLine(text) + 10 * text;
    }

    /** The width of a legend with each run's name and diagnosis side by side on one line. */
    static double legendSideBySide(List<FigureRun> shown, TextMeasure measure, double text) {
        double width = 0;
        for (FigureRun r : shown) {
            width = Math.max(width, measure.width(r.name(), legendNameFont(text))
                    + measure.width(r.diagnosis().headline(), legendBadgeFont(text)) + 48 * text);
        }
        return width;
    }

    /**
     * A run's diagnosis in a stacked legend {@code width} wide: its words in lines that each fit
     * (greedily; a single word wider than that is a line of its own). Wrapping at any width from
     * the widest line so made up to {@code width} gives the same lines, so the painter gets them
     * back from the legend's width.
     */
    static List<String> legendDiagnosis(FigureRun run, TextMeasure measure, double text, double width) {
        double room = width - 40 * text;
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : run.diagnosis().headline().split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && measure.width(longer, legendBadgeFont(text)) > room) {
                lines.add(line);
                line = word;
            } else {
                line = longer;
            }
        }
        lines.add(line);
        return lines;
    }

    /** The height of a legend line at a text scale. */
    static double legendLine(double text) {
        return 21 * text;
    }

    /** The legend where it covers the fewest things, or null if no run is shown. */
    private static Box legendBox(PlaneScene scene, Viewport viewport, List<Exit> exits, TextMeasure measure,
                                 double text) {
        List<FigureRun> shown = scene.visibleRuns();
        if (shown.isEmpty()) {
            return null;
        }
        Box size = legendSize(shown, measure, text, viewport.width() - 2 * LEGEND_INSET);
        double w = size.width();
        double h = size.height();
        double right = Math.max(LEGEND_INSET, viewport.width() - w - LEGEND_INSET);
        double bottom = Math.max(LEGEND_INSET, viewport.height() - h - LEGEND_INSET);
        double centre = Math.max(LEGEND_INSET, (viewport.width() - w) / 2);
        double middle = Math.max(LEGEND_INSET, (viewport.height() - h) / 2);
        Box[] corners = {
            new Box(LEGEND_INSET, LEGEND_INSET, w, h), new Box(right, LEGEND_INSET, w, h),
            new Box(LEGEND_INSET, bottom, w, h), new Box(right, bottom, w, h),
            new Box(centre, LEGEND_INSET, w, h), new Box(centre, bottom, w, h),
            new Box(LEGEND_INSET, middle, w, h), new Box(right, middle, w, h)};
        List<double[]> things = obstacles(scene, viewport, exits);
        Box best = corners[0];
        long fewest = Long.MAX_VALUE;
        for (Box corner : corners) {
            Box grown = corner.grow(8 * text);
            long covered = things.stream().filter(p -> grown.contains(p[0], p[1])).mapToLong(p -> (long) p[2]).sum();
            if (covered < fewest) {
                fewest = covered;
                best = corner;
            }
        }
        return best;
    }

    /**
     * The points a legend should not cover, each with a weight: the visible runs' whole paths
     * (thinned), their start points, the critical points and the exit marks, which weigh more.
     */
    private static List<double[]> obstacles(PlaneScene scene, Viewport viewport, List<Exit> exits) {
        List<double[]> points = new ArrayList<>();
        for (FigureRun run : scene.visibleRuns()) {
            Trajectory t = run.trajectory();
            double lastX = Double.NaN;
            double lastY = Double.NaN;
            for (int k = 0; k <= t.lastStep(); k++) {
                double px = viewport.toPixelX(t.x(k));
                double py = viewport.toPixelY(t.y(k));
                if (inView(viewport, px, py) && (k == 0 || !(Math.hypot(px - lastX, py - lastY) < SAMPLE))) {
                    points.add(new double[] {px, py, k == 0 ? 20 : 1});
                    lastX = px;
                    lastY = py;
                }
            }
        }
        if (scene.display().minima()) {
            for (CriticalPoint p : scene.landscape().criticalPoints()) {
                points.add(new double[] {viewport.toPixelX(p.x()), viewport.toPixelY(p.y()), 20});
            }
        }
        for (Exit e : exits) {
            points.add(new double[] {e.x, e.y, 20});
        }
        return points;
    }

    /** Where a run left the view, before its tag is placed. */
    private record Exit(int run, double x, double y, double dirX, double dirY, int left, int head) {
        /**
         * The exit mark with its tag put behind the arrow, inside the plot, clear of earlier labels
         * and, where a free spot allows, off the run's own drawn path (which runs behind the arrow).
         */
        ExitMark place(FigureRun figureRun, LabelPlacer placer, PathSegments path, TextMeasure measure, double text) {
            String label = exitLabel(figureRun, left, head);
            double w = 0;
            String[] lines = label.split("\n");
            for (String line : lines) {
                w = Math.max(w, measure.width(line, tagFont(text)));
            }
            w += 12 * text;
            double h = lines.length * tagLine(text) + 6 * text;
            double length = Math.hypot(dirX, dirY);
            double ux = length > 0 ? dirX / length : 0;
            double uy = length > 0 ? dirY / length : -1;
            double back = 28 * text + Math.abs(ux) * w / 2 + Math.abs(uy) * h / 2;
            double cx = x - ux * back;
            double cy = y - uy * back;
            return new ExitMark(run, x, y, dirX, dirY, label, placer.place(cx - w / 2, cy - h / 2, w, h,
                    box -> !path.crosses(box.grow(GAP))));
        }
    }

    /**
     * What an exit tag says: the diagnosis' headline for a run the stop rule ended out there
     * ("Diverged at step k"), else "Left the view at step k"; and on a second line the loss at the
     * step shown (the last finite one), with whether it is growing or falling since the run left
     * for a run diagnosed as diverging.
     */
    static String exitLabel(FigureRun run, int left, int head) {
        Trajectory t = run.trajectory();
        boolean stopped = t.termination().diverged() && head >= t.divergedAt();
        int last = head;
        while (last > 0 && !Double.isFinite(t.loss(last))) {
            last--;
        }
        String first = stopped ? run.diagnosis().headline() : "Left the view at step " + left;
        String value = "f = " + Labels.number(t.loss(last)) + (last != left || stopped ? " at step " + last : "");
        if (run.diagnosis().regime() == Regime.DIVERGES && last > left) {
            double before = t.loss(left);
            value += t.loss(last) > before ? ", growing" : t.loss(last) < before ? ", falling" : "";
        }
        return first + "\n" + value;
    }

    /**
     * The exit of a run whose point at {@code head} is out of view, or null: where the path from
     * its last point in view crosses the edge, and the direction it went.
     */
    private static Exit exit(int index, FigureRun run, int head, Viewport viewport, SegmentClipper clipper) {
        Trajectory t = run.trajectory();
        int inside = lastInView(viewport, t, head);
        if (inside == head || inside < 0) {
            return null;
        }
        double ax = viewport.toPixelX(t.x(inside));
        double ay = viewport.toPixelY(t.y(inside));
        double bx = viewport.toPixelX(t.x(inside + 1));
        double by = viewport.toPixelY(t.y(inside + 1));
        double ex = ax;
        double ey = ay;
        double dx = bx - ax;
        double dy = by - ay;
        if (Double.isFinite(bx) && Double.isFinite(by) && clipper.clip(ax, ay, bx, by)) {
            ex = clipper.x1();
            ey = clipper.y1();
        } else if (inside > 0) {
            dx = ax - viewport.toPixelX(t.x(inside - 1));
            dy = ay - viewport.toPixelY(t.y(inside - 1));
        }
        return new Exit(index, ex, ey, dx, dy, inside + 1, head);
    }

    /**
     * The anatomy of step k of a run: the plain gradient step -lr g, the momentum carried over (if
     * any) and the step taken, from the run's point at k; each label placed at its arrow's tip
     * (the visible tip of an arrow that leaves the view). Nothing when the point at k is out of view.
     */
    private static void anatomy(List<Pointer> out, Viewport viewport, Trajectory t, int k, LabelPlacer placer,
                                TextMeasure measure, double text) {
        if (k >= t.lastStep() || !Double.isFinite(t.updateX(k))) {
            return;
        }
        double px = viewport.toPixelX(t.x(k));
        double py = viewport.toPixelY(t.y(k));
        double sx = viewport.width() / viewport.window().width();
        double sy = viewport.height() / viewport.window().height();
        double lr = t.lr(k);
        pointer(out, viewport, px, py, t.updateX(k) * sx, -t.updateY(k) * sy, FigureStyle.UPDATE_ARROW, "step",
                placer, measure, text);
        pointer(out, viewport, px, py, -lr * t.gradX(k) * sx, lr * t.gradY(k) * sy, FigureStyle.GRADIENT_ARROW,
                "\u2212lr\u00b7\u2207f", placer, measure, text);
        if (t.velocityX(k) != 0 || t.velocityY(k) != 0) {
            pointer(out, viewport, px, py, t.velocityX(k) * sx, -t.velocityY(k) * sy, FigureStyle.MOMENTUM_ARROW,
                    "momentum", placer, measure, text);
        }
    }

    /**
     * An arrow from (x, y) by (dx, dy) with its label at the tip; an arrow that leaves the view is
     * drawn and labelled up to the edge (the label at the point where it leaves, so it stays by
     * its arrow), and none is drawn from a point out of view.
     */
    private static void pointer(List<Pointer> out, Viewport viewport, double x, double y, double dx, double dy,
                                Rgba color, String label, LabelPlacer placer, TextMeasure measure, double text) {
        double length = Math.hypot(dx, dy);
        if (!(length > 1) || !Double.isFinite(length) || !inView(viewport, x, y)) {
            return;
        }
        if (length > LONGEST_ARROW) {
            dx *= LONGEST_ARROW / length;
            dy *= LONGEST_ARROW / length;
        }
        SegmentClipper clipper = new SegmentClipper();
        clipper.setBounds(0, 0, viewport.width(), viewport.height());
        if (clipper.clip(x, y, x + dx, y + dy)) {
            dx = clipper.x1() - x;
            dy = clipper.y1() - y;
        }
        FigureFont font = anatomyFont(text);
        double w = measure.width(label, font) + 4;
        double h = measure.ascent(font) + measure.descent(font) + 2;
        double lx = x + dx + 8 * Math.signum(dx);
        double ly = y + dy + 8 * Math.signum(dy);
        double tipX = x + dx;
        double tipY = y + dy;
        Box box = placer.place(dx >= 0 ? lx : lx - w, ly - h / 2, w, h,
                b -> distance(b, tipX, tipY) <= ANATOMY_REACH * text);
        out.add(new Pointer(x, y, x + dx, y + dy, color, label, box));
    }

    /** The distance from a point to the nearest point of a box, 0 inside it. */
    static double distance(Box b, double px, double py) {
        double dx = Math.max(0, Math.max(b.x() - px, px - b.right()));
        double dy = Math.max(0, Math.max(b.y() - py, py - b.bottom()));
        return Math.hypot(dx, dy);
    }

    /** Whether a point of the plot area lies in view. */
    static boolean inView(Viewport viewport, double px, double py) {
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
}
