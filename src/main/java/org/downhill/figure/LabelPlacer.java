package org.downhill.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Puts label boxes into a rectangle (0, 0, width, height) one after another so that none leaves it
 * and none meets a box placed or reserved before: each goes where it is wanted if that spot is
 * free, else to the free spot nearest to it among shifts by multiples of half its height and
 * a quarter of its width (moved back inside first). A box that fits nowhere free stays where it was wanted
 * (moved inside). Boxes keep a gap between them.
 */
public final class LabelPlacer {
    /** How many steps a label may move each way: a quarter of its width across, half its height up or down. */
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
        return place(x, y, w, h, b -> true);
    }

    /**
     * Places a w x h box wanted with its top-left corner at (x, y) as {@link #place(double, double,
     * double, double)} does, preferring spots that are also {@code clear} (e.g. off a path the
     * label belongs to): the nearest free and clear spot, else the nearest free one, else where
     * wanted. Spots are tried nearest first, so {@code clear} is asked about few of them.
     */
    public Box place(double x, double y, double w, double h, Predicate<Box> clear) {
        return place(List.of(new Box(x, y, w, h)), clear);
    }

    /**
     * Places a box wanted at any of several spots, in order of preference (all of one size), as
     * {@link #place(double, double, double, double, Predicate)} does for one: the first of them
     * (moved inside) that is free and clear, else the nearest free and clear shift of the first,
     * else the first free spot in that order, else the first spot.
     */
    public Box place(List<Box> wanted, Predicate<Box> clear) {
        List<Box> candidates = new ArrayList<>();
        for (Box b : wanted) {
            candidates.add(inside(b.x(), b.y(), b.width(), b.height()));
        }
        candidates.addAll(candidates(candidates.get(0)));
        Box chosen = null;
        Box firstFree = null;
        for (Box candidate : candidates) {
            if (free(candidate)) {
                if (firstFree == null) {
                    firstFree = candidate;
                }
                if (clear.test(candidate)) {
                    chosen = candidate;
                    break;
                }
            }
        }
        chosen = chosen != null ? chosen : firstFree != null ? firstFree : candidates.get(0);
        placed.add(chosen);
        return chosen;
    }

    /** Keeps the box if it is inside (the gap from the edges) and free, and says whether it did. */
    public boolean placeIfFree(Box box) {
        boolean fits = box.x() >= gap - 1e-9 && box.y() >= gap - 1e-9 && box.right() <= width - gap + 1e-9
                && box.bottom() <= height - gap + 1e-9;
        if (fits && free(box)) {
            placed.add(box);
            return true;
        }
        return false;
    }

    /** The box moved (not resized) to lie inside, the gap from the edges, as far as it can. */
    public Box moveInside(Box box) {
        return inside(box.x(), box.y(), box.width(), box.height());
    }

    /** The wanted box and its shifts (moved inside), nearest to the wanted spot first. */
    private List<Box> candidates(Box wanted) {
        List<Box> candidates = new ArrayList<>();
        candidates.add(wanted);
        double stepX = Math.max(4, wanted.width() / 4);
        double stepY = Math.max(4, (wanted.height() + gap) / 2);
        for (int i = -2 * REACH; i <= 2 * REACH; i++) {
            for (int j = -REACH; j <= REACH; j++) {
                candidates.add(inside(wanted.x() + i * stepX, wanted.y() + j * stepY, wanted.width(), wanted.height()));
            }
        }
        candidates.sort(Comparator.comparingDouble(b -> Math.hypot(b.x() - wanted.x(), b.y() - wanted.y())));
        return candidates;
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
