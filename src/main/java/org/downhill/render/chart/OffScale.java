package org.downhill.render.chart;

import java.util.function.IntToDoubleFunction;

/**
 * Where a series leaves a chart's axis, so that the chart can mark it (an arrow at the edge with
 * the value) instead of clipping it silently: the first row whose value is off the scale, the side
 * it went off, and the most extreme value beyond that side over the whole series.
 *
 * @param step    the first row off the scale
 * @param side    -1 below the axis, 1 above
 * @param extreme the lowest value below the axis (side -1) or the highest above it (side 1)
 */
public record OffScale(int step, int side, double extreme) {
    /**
     * The first excursion of the series f(0..last) off the axis from lo to hi, or null if every
     * finite value is on it.
     */
    public static OffScale find(IntToDoubleFunction f, int last, AxisRange range, double lo, double hi) {
        int first = -1;
        int side = 0;
        double extreme = Double.NaN;
        for (int k = 0; k <= last; k++) {
            double v = f.applyAsDouble(k);
            int off = range.offScale(v, lo, hi);
            if (off == 0) {
                continue;
            }
            if (first < 0) {
                first = k;
                side = off;
                extreme = v;
            } else if (off == side && (side < 0 ? v < extreme : v > extreme)) {
                extreme = v;
            }
        }
        return first < 0 ? null : new OffScale(first, side, extreme);
    }
}
