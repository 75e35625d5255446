package org.downhill.figure;

import java.util.ArrayList;
import java.util.List;
import org.downhill.figure.sketch.FigureFont;
import org.downhill.figure.sketch.TextMeasure;
import org.downhill.render.SegmentClipper;
import org.downhill.render.Viewport;
import org.downhill.sim.Trajectory;

/**
 * Where the parts of a figure of a {@link PlaneScene} go, decided before anything is drawn and
 * with the text measured as the sketch will draw it: the plot area and its viewport, the legend's
 * box (top left of the plot), and for each visible run that has left the view, its exit mark (an
 * arrow at the edge pointing out) with the box of its tag ("Diverged at step k", "Left the view at
 * step k"). Boxes are in the plot area's coordinates (origin at its top-left corner). The painters
 * draw what the layout says, so where labels go is decided here, in one place.
 *
 * @param area     where the plane is drawn in the figure
 * @param viewport the transform between the scene's window and the plot area
 * @param legend   the legend's box, or null for none (not asked for, or no visible run)
 * @param exits    the exit marks of the visible runs that left the view, in legend order
 */
public record PlaneLayout(PlotArea area, Viewport viewport, Box legend, List<ExitMark> exits) {
    /** The legend's distance from the plot's top-left corner. */
    static final double LEGEND_INSET = 10;

    /** Makes the list unmodifiable. */
    public PlaneLayout {
        exits = List.copyOf(exits);
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
     * @param label what the tag says
     * @param tag   the tag's box
     */
    public record ExitMark(int run, double x, double y, double dirX, double dirY, String label, Box tag) {
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

    /** The font of tags at a text scale. */
    static FigureFont tagFont(double text) {
        return FigureFont.bold(text, 12);
    }

    /** The font of the runs' names in the legend. */
    static FigureFont legendNameFont(double text) {
        return FigureFont.bold(text, 13);
    }

    /** The font of the diagnoses in the legend. */
    static FigureFont legendBadgeFont(double text) {
        return FigureFont.regular(text, 12);
    }

    /**
     * The layout of a scene in a plot area, with the legend if asked.
     *
     * @param figureWidth the figure's width (tags are kept left of it)
     */
    public static PlaneLayout of(PlaneScene scene, PlotArea area, Viewport viewport, double figureWidth,
                                 TextMeasure measure, boolean legend) {
        double text = scene.display().textScale();
        List<ExitMark> exits = new ArrayList<>();
        SegmentClipper clipper = new SegmentClipper();
        clipper.setBounds(0, 0, viewport.width(), viewport.height());
        for (int i = 0; i < scene.runs().size(); i++) {
            FigureRun run = scene.runs().get(i);
            if (run.visible()) {
                ExitMark exit = exit(i, run, Math.min(scene.step(), run.trajectory().lastStep()),
                        viewport, clipper, figureWidth, measure, text);
                if (exit != null) {
                    exits.add(exit);
                }
            }
        }
        return new PlaneLayout(area, viewport, legend ? legendBox(scene.visibleRuns(), measure, text) : null, exits);
    }

    /** The legend's box: wide enough for the longest name and diagnosis, a line per run. */
    static Box legendBox(List<FigureRun> shown, TextMeasure measure, double text) {
        if (shown.isEmpty()) {
            return null;
        }
        double width = 0;
        for (FigureRun r : shown) {
            width = Math.max(width, measure.width(r.name(), legendNameFont(text))
                    + measure.width(r.diagnosis().headline(), legendBadgeFont(text)));
        }
        return new Box(LEGEND_INSET, LEGEND_INSET, width + 48 * text, shown.size() * 21 * text + 10 * text);
    }

    /**
     * The exit mark of a run whose point at {@code head} is out of view, or null. Its tag says what
     * happened: "Left the view at step k", or for a run stopped out there its diagnosis' headline
     * ("Diverged at step k", "f undefined at step k").
     */
    private static ExitMark exit(int index, FigureRun run, int head, Viewport viewport, SegmentClipper clipper,
                                 double figureWidth, TextMeasure measure, double text) {
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
        boolean stopped = t.termination().diverged() && head >= t.divergedAt();
        String label = stopped ? run.diagnosis().headline() : "Left the view at step " + (inside + 1);
        double length = Math.hypot(dx, dy);
        double ux = length > 0 ? dx / length : 0;
        double uy = length > 0 ? dy / length : -1;
        double cx = ex - ux * 30 * text;
        double cy = ey - uy * 30 * text;
        double w = measure.width(label, tagFont(text)) + 12 * text;
        double h = 20 * text;
        Box tag = new Box(Math.max(2, Math.min(cx - w / 2, figureWidth - w - 2)), Math.max(2, cy - h / 2), w, h);
        return new ExitMark(index, ex, ey, dx, dy, label, tag);
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
