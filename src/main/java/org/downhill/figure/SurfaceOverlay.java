package org.downhill.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the flat parts over the 3D view go, so that none covers another or a ball: the colour bar
 * at the middle of the right edge ({@value #BAR_HEIGHT} text units high at most), the legend in the corner that covers the least of the axis labels and
 * balls, and each exit note beside its anchor (the ball where its run left the box) on the first
 * side, of eight, where it covers nothing placed before it (the axis labels, the balls, the
 * legend, the colour bar and the notes before it), else where it covers least; everything kept
 * inside the view. Pure: the UI measures the labels and projects the anchors, this decides.
 *
 * @param legend   the legend's box, or null for none
 * @param colorBar the colour bar's box (bar, ticks and title), or null for none
 * @param notes    the notes' boxes, in the order asked
 */
public record SurfaceOverlay(Box legend, Box colorBar, List<Box> notes) {
    /** The distance of the legend and colour bar from the view's edges, in units. */
    public static final double INSET = 10;
    /** The colour bar's height at text scale 1 where the view is tall enough, in units. */
    public static final double BAR_HEIGHT = 340;
    /** The gap between a note and its anchor point, in units (clear of a ball drawn there). */
    public static final double NOTE_GAP = 14;

    /** Makes an unmodifiable copy of the list. */
    public SurfaceOverlay {
        notes = List.copyOf(notes);
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
     * The layout of a view of width x height units at a text scale.
     *
     * @param legendSize the legend's size (its x and y are ignored), or null for no legend
     * @param colorBar   whether there is a colour bar
     * @param fixed      what may not be covered and cannot move: the axis labels
     * @param balls      the balls' boxes on screen
     * @param notes      the notes, in order of priority
     */
    public static SurfaceOverlay of(double width, double height, double text, Box legendSize, boolean colorBar,
                                    List<Box> fixed, List<Box> balls, List<Note> notes) {
        List<Box> taken = new ArrayList<>(fixed);
        taken.addAll(balls);
        Box bar = null;
        if (colorBar) {
            double barWidth = 74 * text;
            double barHeight = Math.max(40, Math.min(height - 60 * text, BAR_HEIGHT * text));
            bar = new Box(width - barWidth - INSET, (height - barHeight) / 2, barWidth, barHeight);
        }
        Box legend = null;
        if (legendSize != null) {
            double right = width - INSET - legendSize.width() - (bar == null ? 0 : bar.width() + INSET);
            double bottom = height - INSET - legendSize.height();
            double best = Double.POSITIVE_INFINITY;
            for (double[] corner : new double[][] {{INSET, INSET}, {INSET, bottom}, {right, INSET}, {right, bottom}}) {
                Box b = inside(new Box(corner[0], corner[1], legendSize.width(), legendSize.height()), width, height);
                double covered = covered(b, taken);
                if (covered < best - 1e-9) {
                    best = covered;
                    legend = b;
                }
            }
        }
        if (legend != null) {
            taken.add(legend);
        }
        if (bar != null) {
            taken.add(bar);
        }
        List<Box> placed = new ArrayList<>();
        for (Note n : notes) {
            Box anchor = new Box(n.x() - NOTE_GAP + 1, n.y() - NOTE_GAP + 1, 2 * NOTE_GAP - 2, 2 * NOTE_GAP - 2);
            taken.add(anchor);
            Box best = null;
            double least = Double.POSITIVE_INFINITY;
            for (Box candidate : candidates(n, width, height)) {
                double covered = covered(candidate, taken);
                if (covered < least - 1e-9) {
                    least = covered;
                    best = candidate;
                }
            }
            placed.add(best);
            taken.add(best);
        }
        return new SurfaceOverlay(legend, bar, placed);
    }

    /** The eight places beside a note's anchor, NOTE_GAP away, kept inside the view: right, left, above, below first. */
    private static List<Box> candidates(Note n, double width, double height) {
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
            boxes.add(inside(new Box(p[0], p[1], w, h), width, height));
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
