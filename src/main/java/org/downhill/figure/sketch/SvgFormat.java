package org.downhill.figure.sketch;

import java.util.Locale;

/** How SVG text is spelled: compact numbers, and escaped character data and attribute values. */
final class SvgFormat {
    private static final double PLAIN_LIMIT = 1e12;

    private SvgFormat() {
    }

    /**
     * Appends a finite number with at most {@code decimals} decimals and no trailing zeros:
     * 12.5, 3, -0.25 (never "-0" or an exponent).
     */
    static StringBuilder number(StringBuilder out, double value, int decimals) {
        if (Math.abs(value) >= PLAIN_LIMIT) {
            return out.append(String.format(Locale.ROOT, "%.0f", value));
        }
        long unit = 1;
        for (int i = 0; i < decimals; i++) {
            unit *= 10;
        }
        long scaled = Math.round(Math.abs(value) * unit);
        if (scaled == 0) {
            return out.append('0');
        }
        if (value < 0) {
            out.append('-');
        }
        out.append(scaled / unit);
        long fraction = scaled % unit;
        if (fraction != 0) {
            out.append('.');
            for (long digit = unit / 10; fraction != 0; digit /= 10) {
                out.append(fraction / digit);
                fraction %= digit;
            }
        }
        return out;
    }

    /** A coordinate or length: two decimals. */
    static StringBuilder number(StringBuilder out, double value) {
        return number(out, value, 2);
    }

    /**
     * Appends text escaped for character data and attribute values in double quotes; characters
     * XML 1.0 does not allow are dropped.
     */
    static StringBuilder escaped(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 && c != 0xfffe && c != 0xffff || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out;
    }
}
