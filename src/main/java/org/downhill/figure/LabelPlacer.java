package org.downhill.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts label boxes into a rectangle (0, 0, width, height) one after another so that none leaves it
 * and none meets a box placed or reserved before: each goes where it is wanted if that spot is
 * free, else to the free spot nearest to it among shifts by multiples of half its height and
 * half its width (moved back inside first). A box that fits nowhere free stays where it was wanted
 * (moved inside). Boxes keep a gap between them.
 */
public final class LabelPlacer {
    /** How many half-sizes a label may move each way. */
    private static final int REACH = 12;

    private final double width;
    private final double height;
    private final double gap;
    private final List<Box> placed = new ArrayList<>();

    /**
     * A placer for a rectangle of width x height.
     *
     * @param gap the least distance between two boxes and between a box and the edge
     */
    public LabelPlacer(double width, double height, double gap) {
        this.width = width;
        this.height = height;
        this.gap = gap;
    }

    /** Takes a box as placed (a legend), so that later labels keep clear of it. */
    public void reserve(Box box) {
        placed.add(box);
    }

    /**
     * Places a w x h box wanted with its top-left corner at (x, y), as described above, and keeps
     * it for the boxes placed after.
     */
    public Box place(double x, double y, double w, double h) {
        Box wanted = inside(x, y, w, h);
        Box best = free(wanted) ? wanted : nearestFree(wanted);
        Box chosen = best == null ? wanted : best;
        placed.add(chosen);
        return chosen;
    }

    private Box nearestFree(Box wanted) {
        List<Box> candidates = new ArrayList<>();
        double stepX = Math.max(4, wanted.width() / 2);
        double stepY = Math.max(4, (wanted.height() + gap) / 2);
        for (int i = -REACH; i <= REACH; i++) {
            for (int j = -REACH; j <= REACH; j++) {
                candidates.add(inside(wanted.x() + i * stepX, wanted.y() + j * stepY, wanted.width(), wanted.height()));
            }
        }
        return candidates.stream().filter(this::free)
                .min(Comparator.comparingDouble(b -> Math.hypot(b.x() - wanted.x(), b.y() - wanted.y())))
                .orElse(null);
    }

    /** The box moved (not resized) to lie inside, the gap from the edges, as far as it can. */
    private Box inside(double x, double y, double w, double h) {
        double bx = Math.max(gap, Math.min(x, width - w - gap));
        double by = Math.max(gap, Math.min(y, height - h - gap));
        return new Box(bx, by, w, h);
    }

    /** Whether a box keeps the gap from every box placed so far. */
    private boolean free(Box box) {
        Box grown = box.grow(gap);
        return placed.stream().noneMatch(grown::intersects);
    }
}
