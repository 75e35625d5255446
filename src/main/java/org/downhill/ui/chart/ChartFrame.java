package org.downhill.ui.chart;

/**
 * Where a chart's plot lies in its canvas, and the mapping of steps and axis values to pixels.
 * Margins leave room for the title above and the tick labels to the left and below; they grow
 * with the text scale.
 *
 * @param left   the plot's left edge in pixels
 * @param top    the plot's top edge
 * @param width  the plot's width
 * @param height the plot's height
 * @param steps  the step at the right edge (the left edge is step 0)
 * @param lo     the value at the bottom
 * @param hi     the value at the top
 */
record ChartFrame(double left, double top, double width, double height, int steps, double lo, double hi) {
    /** The room right of the plot, in pixels. */
    static final double RIGHT_MARGIN = 10;

    /** The frame of a canvas {@code w} by {@code h} at a text scale. */
    static ChartFrame of(double w, double h, double text, int steps, double lo, double hi) {
        double left = 56 * text;
        double top = 22 * text;
        double bottom = 20 * text;
        return new ChartFrame(left, top, Math.max(1, w - left - RIGHT_MARGIN), Math.max(1, h - top - bottom),
                Math.max(1, steps), lo, hi);
    }

    /** The pixel column of a step. */
    double x(double step) {
        return left + width * step / steps;
    }

    /** The pixel row of a point a fraction {@code unit} (0 bottom, 1 top) up the axis. */
    double y(double unit) {
        return top + height * (1 - unit);
    }

    /** The step nearest to a pixel column, within [0, steps]. */
    int stepAt(double px) {
        long k = Math.round((px - left) / width * steps);
        return (int) Math.max(0, Math.min(steps, k));
    }

    /** Whether a point lies over the plot (or within a few pixels of it horizontally). */
    boolean contains(double px, double py) {
        return px >= left - 4 && px <= left + width + 4 && py >= top && py <= top + height;
    }
}
