package org.downhill.diagnose;

import java.math.BigDecimal;
import java.math.MathContext;
import org.downhill.param.NumberText;

/** Numbers as a sentence shows them: three significant digits, no float noise. */
final class Words {
    private static final MathContext THREE = new MathContext(3);

    private Words() {
    }

    /** v rounded to three significant digits, e.g. {@code 0.0028} or {@code 2.04e-05}. */
    static String num(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return NumberText.of(v);
        }
        return NumberText.of(new BigDecimal(v).round(THREE).doubleValue());
    }

    /** A point as {@code (x, y)}. */
    static String point(double x, double y) {
        return "(" + num(x) + ", " + num(y) + ")";
    }

    /** A fraction as a percentage, e.g. {@code 97%}. */
    static String percent(double fraction) {
        return num(100 * fraction) + "%";
    }
}
