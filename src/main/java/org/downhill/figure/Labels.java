package org.downhill.figure;

import org.downhill.param.NumberText;

/** Numbers as labels show them: three significant digits, no float noise, inf and nan spelled out. */
public final class Labels {
    private Labels() {
    }

    /** v rounded to three significant digits, e.g. {@code 0.0123}, {@code 2.5e-7}, {@code 2.7e22}, {@code 1250}. */
    public static String number(double v) {
        return NumberText.significant(v, 3);
    }
}
