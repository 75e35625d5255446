package org.downhill.render;

import java.math.BigDecimal;
import java.util.List;
import org.downhill.landscape.ColorScaling;

/**
 * The values at which to draw contour lines for a {@link ValueScale}, strictly between its lo and
 * hi, ascending, evenly spaced in the scale's own domain so that neighbouring lines differ by the
 * same step of colour:
 * <ul>
 *   <li>LINEAR: the multiples of a round step m 10^e, m in {1, 2, 2.5, 5}, choosing the step whose
 *       number of levels lies in [15, 30] and is closest to the target (one always does: the
 *       steps are at most a factor 2 apart);</li>
 *   <li>LOG: exactly {@code target} levels {@code scale.fromUnit(k / (target + 1))}, k = 1 .. target,
 *       so log-spaced above the minimum.</li>
 * </ul>
 */
public final class ContourLevels {
    /** The fewest levels. */
    public static final int MIN_COUNT = 15;
    /** The most levels. */
    public static final int MAX_COUNT = 30;
    /** The number of levels {@link #of(ValueScale)} aims at. */
    public static final int DEFAULT_COUNT = 20;

    private static final double[] MANTISSAS = {1, 2, 2.5, 5};

    private ContourLevels() {
    }

    /** The levels for a scale, aiming at {@value #DEFAULT_COUNT}. */
    public static double[] of(ValueScale scale) {
        return of(scale, DEFAULT_COUNT);
    }

    /**
     * The levels for a scale, aiming at {@code target} of them.
     *
     * @throws IllegalArgumentException unless target is in [15, 30]
     */
    public static double[] of(ValueScale scale, int target) {
        if (target < MIN_COUNT || target > MAX_COUNT) {
            throw new IllegalArgumentException("target level count must be in [" + MIN_COUNT + ", " + MAX_COUNT
                    + "], not " + target);
        }
        return scale.scaling() == ColorScaling.LOG ? evenInUnit(scale, target) : roundLevels(scale, target);
    }

    private static double[] evenInUnit(ValueScale scale, int count) {
        double[] levels = new double[count];
        for (int k = 1; k <= count; k++) {
            levels[k - 1] = scale.fromUnit((double) k / (count + 1));
        }
        return levels;
    }

    private static double[] roundLevels(ValueScale scale, int target) {
        double lo = scale.lo();
        double hi = scale.hi();
        // 15 to 30 levels need a step in [(hi - lo)/30, (hi - lo)/15]; with 10^c <= (hi - lo)/15 < 10^(c+1)
        // the steps 1 10^(c-1) .. 5 10^c cover it
        int coarsest = (int) Math.floor(Math.log10((hi - lo) / MIN_COUNT));
        double[] best = null;
        for (int e = coarsest - 1; e <= coarsest; e++) {
            for (double m : MANTISSAS) {
                double[] levels = inside(lo, hi, NiceTicks.multiples(lo, hi, NiceTicks.decimal(m, e)));
                if (best == null || distance(levels.length, target) < distance(best.length, target)) {
                    best = levels;
                }
            }
        }
        return best;
    }

    /** How far a count is from the target, counts outside [15, 30] always farther than those inside. */
    private static int distance(int count, int target) {
        int outside = Math.max(0, Math.max(MIN_COUNT - count, count - MAX_COUNT));
        return outside * (MAX_COUNT + 1) + Math.abs(count - target);
    }

    private static double[] inside(double lo, double hi, List<BigDecimal> multiples) {
        return multiples.stream().mapToDouble(BigDecimal::doubleValue).filter(v -> v > lo && v < hi).toArray();
    }
}
