package org.downhill.diagnose;

import java.math.BigDecimal;
import java.math.MathContext;
import org.downhill.param.NumberText;
import org.downhill.sim.Trajectory;

/**
 * Numbers as a sentence shows them: three significant digits, no float noise, counts with their
 * plural, per-step factors that round to 1 told apart from 1, comparisons that say by how much
 * where both sides round alike, and the learning rates a run used.
 */
final class Words {
    private static final MathContext THREE = new MathContext(3);

    private Words() {
    }

    /** v rounded to three significant digits, e.g. {@code 0.0028}, {@code 2.04e-05} or {@code 2.7e+22}. */
    static String num(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return NumberText.of(v);
        }
        return NumberText.of(new BigDecimal(v).round(THREE));
    }

    /** A point as {@code (x, y)}. */
    static String point(double x, double y) {
        return "(" + num(x) + ", " + num(y) + ")";
    }

    /** A fraction as a percentage, e.g. {@code 97%}. */
    static String percent(double fraction) {
        return num(100 * fraction) + "%";
    }

    /** A per-step factor: {@code 0.998}, or {@code 1 - 2e-09} rather than {@code 1} where it rounds to 1. */
    static String factor(double factor) {
        if (!num(factor).equals("1")) {
            return num(factor);
        }
        return factor < 1 ? "1 - " + num(1 - factor) : "1 + " + num(factor - 1);
    }

    /**
     * {@code above 2/L = 0.2}: the relation, the named limit with a qualifier such as
     * {@code about }, and where value and limit round to the same digits, by how much they differ
     * ({@code above 2/L = 0.2 (by 1e-06 of it)}).
     */
    static String relation(double value, String relation, String limitName, double limit, String qualifier) {
        String s = relation + " " + limitName + " = " + qualifier + num(limit);
        if (num(value).equals(num(limit))) {
            s += " (by " + num(Math.abs(value / limit - 1)) + " of it)";
        }
        return s;
    }

    /**
     * The learning rate of the updates from {@code from} (inclusive) to {@code to} (exclusive):
     * {@code lr = 0.1} when they all round to it, else {@code lr between 0.01 and 0.1}.
     */
    static String lr(Trajectory t, int from, int to) {
        String low = num(RunShape.lrMin(t, from, to));
        String high = num(RunShape.lrMax(t, from, to));
        return low.equals(high) ? "lr = " + high : "lr between " + low + " and " + high;
    }

    /** A count with its noun, singular for one: {@code 1 step}, {@code 85 steps}. */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
