package org.downhill.param;

/**
 * A range of real numbers with open or closed ends; infinite ends are always open. NaN is never
 * inside.
 *
 * @param min          lower end, possibly {@code -inf}
 * @param minInclusive whether {@code min} itself is allowed
 * @param max          upper end, possibly {@code +inf}
 * @param maxInclusive whether {@code max} itself is allowed
 */
public record Interval(double min, boolean minInclusive, double max, boolean maxInclusive) {

    /** All finite reals. */
    public static final Interval ALL = new Interval(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);

    /** Whether v lies in the range (NaN and infinities never do). */
    public boolean contains(double v) {
        if (!Double.isFinite(v)) {
            return false;
        }
        boolean aboveMin = minInclusive ? v >= min : v > min;
        boolean belowMax = maxInclusive ? v <= max : v < max;
        return aboveMin && belowMax;
    }

    /** {@code [lo, hi]}, closed at both ends. */
    public static Interval closed(double lo, double hi) {
        return new Interval(lo, true, hi, true);
    }

    /** {@code [lo, hi)}. */
    public static Interval closedOpen(double lo, double hi) {
        return new Interval(lo, true, hi, false);
    }

    /** {@code (lo, hi]}. */
    public static Interval openClosed(double lo, double hi) {
        return new Interval(lo, false, hi, true);
    }

    /** {@code [lo, inf)}. */
    public static Interval atLeast(double lo) {
        return new Interval(lo, true, Double.POSITIVE_INFINITY, false);
    }

    /** {@code (lo, inf)}. */
    public static Interval above(double lo) {
        return new Interval(lo, false, Double.POSITIVE_INFINITY, false);
    }

    /** The range in words for a named quantity, e.g. {@code 0 <= momentum <= 1} or {@code lr >= 0}. */
    public String describe(String name) {
        boolean hasMin = min != Double.NEGATIVE_INFINITY;
        boolean hasMax = max != Double.POSITIVE_INFINITY;
        String lo = NumberText.of(min) + (minInclusive ? " <= " : " < ");
        String hi = (maxInclusive ? " <= " : " < ") + NumberText.of(max);
        if (hasMin && hasMax) {
            return lo + name + hi;
        }
        if (hasMin) {
            return name + (minInclusive ? " >= " : " > ") + NumberText.of(min);
        }
        if (hasMax) {
            return name + hi;
        }
        return "any finite number";
    }
}
