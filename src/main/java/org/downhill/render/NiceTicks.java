package org.downhill.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Axis ticks at round numbers, labelled without floating-point noise (0.3, not
 * 0.30000000000000004).
 *
 * <p>Linear axes: the step is m 10^e with m in {1, 2, 5}, the one nearest in ratio to
 * (hi - lo)/target (thresholds 1.5, 3 and 7 on the mantissa of that quotient), and the ticks are
 * the multiples of the step in [lo, hi]; where fewer than two multiples lie in the range, the next
 * finer step (5, 2, 1, 0.5, ... times the power of ten) is taken until two do, as an axis or a
 * colour bar with a single label cannot be read. Log axes: powers of ten in [lo, hi] as major ticks, with
 * 2 and 5 times them as minor ticks when the range spans at most target/3 decades; beyond
 * {@code target} decades only every 2nd, 5th, 10th, ... power is kept; a range holding fewer than
 * two powers of ten gets the 2 and 5 times them too, and one holding fewer than two of all these
 * ticks gets linear ticks instead.
 *
 * <p>Every value is computed as an exact decimal and then rounded once to the nearest double, so
 * it equals what its label says. Labels are plain decimals ({@code 0.001}, {@code 2500}) unless the
 * numbers are at least 10^6 or below 10^-4, then {@code 2.5e-7} style; a linear axis decides once
 * for all its labels (from its largest magnitude), a log axis tick by tick.
 */
public final class NiceTicks {
    /** A tick: where it goes, what it says, and whether it is major (minor ones get shorter marks). */
    public record Tick(double value, String label, boolean major) {
    }

    private static final double PLAIN_MIN = 1e-4;
    private static final double PLAIN_MAX = 1e6;
    /** Slack, in steps, for a multiple to count as inside [lo, hi] despite rounding. */
    private static final double SLACK = 1e-9;
    private static final int[] LOG_MANTISSAS = {1, 2, 5};
    private static final int[] DECADES_ONLY = {1};

    private NiceTicks() {
    }

    /**
     * Ticks for a linear axis from lo to hi, about {@code target} of them.
     *
     * @throws IllegalArgumentException unless lo &lt; hi are finite and target &gt;= 1
     */
    public static List<Tick> linear(double lo, double hi, int target) {
        checkRange(lo, hi, target);
        double rough = (hi - lo) / target;
        int exponent = (int) Math.floor(Math.log10(rough));
        double mantissa = rough / Math.pow(10, exponent);
        int m = mantissa < 1.5 ? 1 : mantissa < 3 ? 2 : mantissa < 7 ? 5 : 1;
        if (mantissa >= 7) {
            exponent++;
        }
        List<BigDecimal> values = multiples(lo, hi, decimal(m, exponent));
        // one multiple or none in range: a scale needs two labels to be read, so the next finer
        // step; a step of at most half the range has two, and four steps finer (20 times) always
        // get there from the first (at most 1.5 (hi - lo)), short of ranges too narrow for doubles
        for (int finer = 0; values.size() < 2 && finer < 4; finer++) {
            if (m == 1) {
                m = 5;
                exponent--;
            } else {
                m = m == 5 ? 2 : 1;
            }
            values = multiples(lo, hi, decimal(m, exponent));
        }
        double largest = values.stream().mapToDouble(v -> Math.abs(v.doubleValue())).max().orElse(0);
        boolean scientific = !isPlain(largest);
        List<Tick> ticks = new ArrayList<>(values.size());
        for (BigDecimal v : values) {
            ticks.add(new Tick(v.doubleValue(), format(v, scientific), true));
        }
        return ticks;
    }

    /**
     * Ticks for a logarithmic axis from lo to hi, see the class comment.
     *
     * @param target about how many ticks fit
     * @throws IllegalArgumentException unless 0 &lt; lo &lt; hi are finite and target &gt;= 1
     */
    public static List<Tick> log(double lo, double hi, int target) {
        checkRange(lo, hi, target);
        if (!(lo > 0)) {
            throw new IllegalArgumentException("a log axis needs lo > 0, not " + lo);
        }
        double decades = Math.log10(hi) - Math.log10(lo);
        int first = (int) Math.floor(Math.log10(lo));
        int last = (int) Math.ceil(Math.log10(hi));
        boolean minor = decades <= target / 3.0;
        List<Tick> ticks = logTicks(lo, hi, first, last, minor ? 1 : decadeStep(decades, target), minor);
        if (ticks.size() < 2 && !minor) {
            // a span of one or two decades with at most one power of ten in it: 1, 2, 5 per decade
            ticks = logTicks(lo, hi, first, last, 1, true);
        }
        return ticks.size() >= 2 ? ticks : linear(lo, hi, target);
    }

    /**
     * Ticks for a scale that is logarithmic in f - base (the colour bar of a landscape whose lowest
     * value in view is base): the {@link #log} ticks of f - base from {@code from} to
     * {@code range}, as values of f. An unlabelled (minor) tick of value d stands at base + d. A
     * labelled one stands at the roundest f (a multiple of the largest power of ten that has one)
     * whose f - base lies within a factor sqrt(2) of d, from the geometric mean of d and the tick
     * before it up to, not including, that of d and the tick after it, and within [from, range]
     * (range included); among equally round ones, the nearest to d in log(f - base). Above a
     * lowest value of -78.33 the labels read -78.2, -77, -70, 0 rather than -78.2, -77.3, -68.3,
     * 21.7; with base 0 they are the plain log ticks. The spans of neighbouring ticks do not
     * overlap, so the ticks keep their order.
     *
     * @throws IllegalArgumentException unless base is finite, 0 &lt; from &lt; range are finite and
     *                                  target &gt;= 1
     */
    public static List<Tick> logAbove(double base, double from, double range, int target) {
        if (!Double.isFinite(base)) {
            throw new IllegalArgumentException("the base of a scale must be finite, not " + base);
        }
        List<Tick> plain = log(from, range, target);
        List<Tick> ticks = new ArrayList<>(plain.size());
        for (int i = 0; i < plain.size(); i++) {
            Tick tick = plain.get(i);
            double d = tick.value();
            double below = Math.max(d / Math.sqrt(2), i > 0 ? Math.sqrt(plain.get(i - 1).value() * d) : 0);
            double above = Math.min(d * Math.sqrt(2),
                    i + 1 < plain.size() ? Math.sqrt(d * plain.get(i + 1).value()) : Double.POSITIVE_INFINITY);
            // the span's end is excluded, but the scale's top is a value it has
            double high = above < range ? base + above : Math.nextUp(base + range);
            BigDecimal round = tick.major() ? roundest(base + Math.max(below, from), high, base, d) : null;
            ticks.add(round == null ? new Tick(base + d, tick.label(), tick.major())
                    : new Tick(round.doubleValue(), format(round, !isPlain(Math.abs(round.doubleValue()))), true));
        }
        return ticks;
    }

    /**
     * Among the multiples of the largest power of ten that has any in [a, b), the one nearest to
     * base + d in log(f - base), exact; null if [a, b) is empty.
     */
    private static BigDecimal roundest(double a, double b, double base, double d) {
        if (!(a < b)) {
            return null;
        }
        int finest = (int) Math.floor(Math.log10(b - a)) - 1;
        for (int e = (int) Math.floor(Math.log10(Math.max(Math.abs(a), Math.abs(b)))) + 1; e >= finest; e--) {
            BigDecimal best = null;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (BigDecimal v : multiples(a, b, decimal(1, e))) {
                double f = v.doubleValue();
                double distance = Math.abs(Math.log((f - base) / d));
                if (f >= a && f < b && f > base && distance < bestDistance) {
                    best = v;
                    bestDistance = distance;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    /** The ticks m 10^e in [lo, hi] for e from first to last in steps of every, m in 1, 2, 5 or 1 alone. */
    private static List<Tick> logTicks(double lo, double hi, int first, int last, int every, boolean minor) {
        List<Tick> ticks = new ArrayList<>();
        for (int e = Math.floorDiv(first, every) * every; e <= last; e += every) {
            for (int m : minor ? LOG_MANTISSAS : DECADES_ONLY) {
                BigDecimal v = decimal(m, e);
                double value = v.doubleValue();
                if (value >= lo * (1 - SLACK) && value <= hi * (1 + SLACK)) {
                    ticks.add(new Tick(value, format(v, !isPlain(value)), m == 1));
                }
            }
        }
        return ticks;
    }

    /** The smallest of 1, 2, 5, 10, 20, 50, ... decades between ticks that leaves at most target ticks. */
    private static int decadeStep(double decades, int target) {
        for (int power = 1; ; power *= 10) {
            for (int m : LOG_MANTISSAS) {
                if (decades / (m * power) <= target) {
                    return m * power;
                }
            }
        }
    }

    /** m 10^e as an exact decimal; m may be fractional (2.5). */
    static BigDecimal decimal(double m, int e) {
        return BigDecimal.valueOf(m).scaleByPowerOfTen(e);
    }

    /** The multiples k step of a positive step in [lo, hi] (give or take rounding), ascending, exact. */
    static List<BigDecimal> multiples(double lo, double hi, BigDecimal step) {
        double s = step.doubleValue();
        long from = (long) Math.ceil(lo / s - SLACK);
        long to = (long) Math.floor(hi / s + SLACK);
        List<BigDecimal> values = new ArrayList<>((int) Math.max(0, to - from + 1));
        for (long k = from; k <= to; k++) {
            values.add(step.multiply(BigDecimal.valueOf(k)));
        }
        return values;
    }

    private static boolean isPlain(double magnitude) {
        return magnitude == 0 || magnitude >= PLAIN_MIN && magnitude < PLAIN_MAX;
    }

    /** A decimal as {@code 0.25} or, if scientific (and not zero), as {@code 2.5e-7}. */
    private static String format(BigDecimal v, boolean scientific) {
        BigDecimal stripped = v.stripTrailingZeros();
        if (!scientific || stripped.signum() == 0) {
            return stripped.signum() == 0 ? "0" : stripped.toPlainString();
        }
        String digits = stripped.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - stripped.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (stripped.signum() < 0 ? "-" : "") + mantissa + "e" + exponent;
    }

    private static void checkRange(double lo, double hi, int target) {
        if (!(Double.isFinite(lo) && Double.isFinite(hi) && lo < hi && Double.isFinite(hi - lo))) {
            throw new IllegalArgumentException("an axis needs finite lo < hi, not " + lo + " .. " + hi);
        }
        if (target < 1) {
            throw new IllegalArgumentException("target tick count must be at least 1, not " + target);
        }
    }
}
