package org.downhill.figure;

import java.math.BigDecimal;
import java.math.MathContext;
import org.downhill.param.NumberText;

/** Numbers as labels show them: three significant digits, no float noise, inf and nan spelled out. */
public final class Labels {
    private static final MathContext THREE = new MathContext(3);

    private Labels() {
    }

    /** v rounded to three significant digits, e.g. {@code 0.0123}, {@code 2.5e-07}, {@code 1250}. */
    public static String number(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return NumberText.of(v);
        }
        return NumberText.of(new BigDecimal(v).round(THREE).doubleValue());
    }
}
