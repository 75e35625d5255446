package org.downhill.figure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where the flat parts over the 3D view go, so that none covers another, a ball or (where a free
 * spot allows) a path, by one placement pass ({@link LabelPlacer}, as in 2D):
 *
 * <ol>
 * <li>the colour bar at the middle of the right edge ({@value #BAR_HEIGHT} text units high at
 *     most), the legend in the corner that covers the least of the axis labels and balls;</li>
 * <li>the axis labels, in the order asked: each centred on its anchor, or for a label
 *     {@link Tick#beside beside} its anchor (the loss ticks, anchored on the vertical axis) on the
 *     side away from the box; moved inside the view by at most half its height; a label that would
 *     then meet the legend, the colour bar or a label kept before it, or still leave the view, is
 *     left out (so the labels shown all stand at their values);</li>
 * <li>each exit note beside its anchor (the ball where its run left the box), on the first side,
 *     of eight, free of everything placed before (axis labels, balls, anchors, legend, colour bar,
 *     earlier notes) and off every run's drawn path; else the nearest such spot within
 *     {@value #NOTE_REACH} units of its anchor; else the nearest free spot.</li>
 * </ol>
 * Everything is kept inside the view. Pure: the UI measures the labels and projects the anchors
 * and paths, this decides.
 *
 * @param axes     the axis labels' boxes, in the order asked, null for a label left out
 * @param legend   the legend's box, or null for none
 * @param colorBar the colour bar's box (bar, ticks and title), or null for none
 * @param notes    the notes' boxes, in the order asked
 */
public record SurfaceOverlay(List<Box> axes, Box legend, Box colorBar, List<Box> notes) {
    /** The distance of the legend and colour bar from the view's edges, in units. */
    public static final double INSET = 10;
    /** The colour bar's height at text scale 1 where the view is tall enough, in units. */
    public static final double BAR_HEIGHT = 340;
    /** The gap between a note and its anchor point, in units (clear of a ball drawn there). */
    public static final double NOTE_GAP = 16;
    /** The farthest a note goes from its anchor to keep off the paths, in units. */
    public static final double NOTE_REACH = 60;
    /** The least distance between two labels (so that two ticks at a corner do not read as one), and between a label and the view's edge, in units. */
    public static final double GAP = 6;
    /** The distance between a label placed beside its anchor and the anchor, in units. */
    public static final double BESIDE = 6;

    /** Makes unmodifiable copies of the lists (the axes' may hold nulls). */
    public SurfaceOverlay {
        axes = Collections.unmodifiableList(new ArrayList<>(axes));
        notes = List.copyOf(notes);
    }

    /**
     * An axis label to place: its anchor's point on screen and its size.
     *
     * @param x      the anchor's x
     * @param y      the anchor's y
     * @param width  the label's width
     * @param height the label's height
     * @param beside whether the label goes beside its anchor, on the side away from the box, rather than centred on it
     */
    public record Tick(double x, double y, double width, double height, boolean beside) {
    }

    /**
     * A note to place: its anchor point and its size.
     *
     * @param x      the anchor's x
     * @param y      the anchor's y
     * @param width  the note's width
     * @param height the note's height
     */
    public record Note(double x, double y, double width, double height) {
    }

    /**
     * What the camera shows, projected to the view.
     *
     * @param ticks the axis labels, in order of priority
     * @param boxX  the x of the box's centre on screen (labels beside their anchors go away from it)
     * @param balls the balls' boxes on screen
     * @param notes the notes, in order of priority
     * @param paths the runs' drawn paths, each as points x0, y0, x1, y1, ...
     */
    public record Screen(List<Tick> ticks, double boxX, List<Box> balls, List<Note> notes, List<double[]> paths) {
        /** Makes unmodifiable copies of the lists. */
        public Screen {
            ticks = List.copyOf(ticks);
            balls = List.copyOf(balls);
            notes = List.copyOf(notes);
            paths = List.copyOf(paths);
        }
    }

    /**
     * The layout of a view of width x height units at a text scale.
     *
     * @param legendSize the legend's size (its x and y are ignored), or null for no legend
     * @param colorBar   whether there is a colour bar
     * @param screen     the labels, balls and paths as the camera shows them
     */
    public static SurfaceOverlay of(double width, double height, double text, Box legendSize, boolean colorBar,
                                    Screen screen) {
        LabelPlacer placer = new LabelPlacer(width, height, GAP);
        List<Box> wanted = new ArrayList<>(screen.ticks().size());
        List<Box> taken = new ArrayList<>(screen.balls());
        for (Tick t : screen.ticks()) {
            Box box = axisBox(t, screen.boxX(), placer);
            if (box != null) {
                taken.add(box);
            }
            wanted.add(box);
        }
        Box bar = null;
        if (colorBar) {
            double barWidth = colorBarWidth(text);
            double barHeight = Math.max(40, Math.min(height - 60 * text, BAR_HEIGHT * text));
            bar = new Box(width - barWidth - INSET, (height - barHeight) / 2, barWidth, barHeight);
            placer.reserve(bar);
        }
        Box legend = legendSize == null ? null : legend(width, height, legendSize, bar, taken);
        if (legend != null) {
            placer.reserve(legend);
        }
        List<Box> axes = new ArrayList<>(wanted.size());
        for (Box box : wanted) {
            axes.add(box != null && placer.placeIfFree(box) ? box : null);
        }
        screen.balls().forEach(placer::reserve);
        for (Note n : screen.notes()) {
            // the anchor's square, a GAP less than NOTE_GAP each way: a note beside it is free of it
            double half = NOTE_GAP - GAP;
            placer.reserve(new Box(n.x() - half, n.y() - half, 2 * half, 2 * half));
        }
        List<PathSegments> paths = new ArrayList<>(screen.paths().size());
        for (double[] p : screen.paths()) {
            paths.add(PathSegments.through(p, width, height));
        }
        List<Box> placed = new ArrayList<>();
        for (Note n : screen.notes()) {
            placed.add(placer.place(sides(n), b -> PlaneLayout.distance(b, n.x(), n.y()) <= NOTE_REACH
                    && paths.stream().noneMatch(p -> p.crosses(b.grow(GAP)))));
        }
        return new SurfaceOverlay(axes, legend, bar, placed);
    }

    /** The width of the colour bar's box at a text scale. */
    private static double colorBarWidth(double text) {
        return 74 * text;
    }

    /** The widest a legend may be in a view of this width: between the insets, beside the colour bar if any. */
    public static double legendRoom(double width, double text, boolean colorBar) {
        return width - 2 * INSET - (colorBar ? colorBarWidth(text) + INSET : 0);
    }

    /** An axis label's box where it goes (moved inside), or null if it would have to move too far to fit. */
    private static Box axisBox(Tick t, double boxX, LabelPlacer placer) {
        double x = !t.beside() ? t.x() - t.width() / 2 : t.x() < boxX ? t.x() - BESIDE - t.width() : t.x() + BESIDE;
        Box wanted = new Box(x, t.y() - t.height() / 2, t.width(), t.height());
        Box moved = placer.moveInside(wanted);
        return Math.hypot(moved.x() - wanted.x(), moved.y() - wanted.y()) > t.height() / 2 ? null : moved;
    }

    /** The legend in the corner (left of the colour bar) that covers the least of the boxes taken. */
    private static Box legend(double width, double height, Box size, Box bar, List<Box> taken) {
        double right = width - INSET - size.width() - (bar == null ? 0 : bar.width() + INSET);
        double bottom = height - INSET - size.height();
        Box legend = null;
        double best = Double.POSITIVE_INFINITY;
        for (double[] corner : new double[][] {{INSET, INSET}, {INSET, bottom}, {right, INSET}, {right, bottom}}) {
            Box b = inside(new Box(corner[0], corner[1], size.width(), size.height()), width, height);
            double covered = covered(b, taken);
            if (covered < best - 1e-9) {
                best = covered;
                legend = b;
            }
        }
        return legend;
    }

    /** The eight places beside a note's anchor, NOTE_GAP away: right, left, above, below first. */
    private static List<Box> sides(Note n) {
        double w = n.width();
        double h = n.height();
        double g = NOTE_GAP;
        double[][] at = {
            {n.x() + g, n.y() - h / 2}, {n.x() - g - w, n.y() - h / 2},
            {n.x() - w / 2, n.y() - g - h}, {n.x() - w / 2, n.y() + g},
            {n.x() + g, n.y() - g - h}, {n.x() - g - w, n.y() - g - h},
            {n.x() + g, n.y() + g}, {n.x() - g - w, n.y() + g}};
        List<Box> boxes = new ArrayList<>(at.length);
        for (double[] p : at) {
            boxes.add(new Box(p[0], p[1], w, h));
        }
        return boxes;
    }

    /** The box moved inside the view, 2 units from its edges where it fits. */
    private static Box inside(Box b, double width, double height) {
        double x = Math.max(2, Math.min(b.x(), width - b.width() - 2));
        double y = Math.max(2, Math.min(b.y(), height - b.height() - 2));
        return new Box(x, y, b.width(), b.height());
    }

    /** The area of b that the boxes cover (overlaps counted per box). */
    static double covered(Box b, List<Box> boxes) {
        double sum = 0;
        for (Box o : boxes) {
            sum += overlap(b, o);
        }
        return sum;
    }

    /** The area of the intersection of two boxes, 0 if they do not meet. */
    public static double overlap(Box a, Box b) {
        double w = Math.min(a.right(), b.right()) - Math.max(a.x(), b.x());
        double h = Math.min(a.bottom(), b.bottom()) - Math.max(a.y(), b.y());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
