package org.downhill.rule;

import java.util.Locale;
import org.downhill.claim.Numbers;
import org.downhill.optim.Term;
import org.downhill.optim.UpdateTrace;

/**
 * A formula with numbers, written as TeX and as plain text at once, so that both say the same.
 * Numbers are rounded to {@link #DIGITS} significant digits as a caption prints them
 * ({@link Numbers#format(double, int)}); in TeX a power of ten is typeset ({@code 1.5\times10^{-5}}).
 */
final class Written {
    /** The significant digits of every number shown. */
    static final int DIGITS = 3;

    private final StringBuilder tex = new StringBuilder();
    private final StringBuilder plain = new StringBuilder();

    /** Appends a piece of formula, given in both spellings. */
    Written t(String texPiece, String plainPiece) {
        tex.append(texPiece);
        plain.append(plainPiece);
        return this;
    }

    /** Appends a piece that is spelled the same in both (e.g. {@code " + "}). */
    Written t(String same) {
        return t(same, same);
    }

    /** Appends a number. */
    Written n(double v) {
        String text = Numbers.format(v, DIGITS);
        tex.append(tex(text));
        plain.append(text);
        return this;
    }

    /** Appends a pair of a trace, {@code (x, y)}. */
    Written v(UpdateTrace trace, Term term) {
        return v(trace.x(term), trace.y(term));
    }

    /** Appends a pair {@code (x, y)}. */
    Written v(double x, double y) {
        t("\\left(", "(").n(x).t(",\\ ", ", ").n(y).t("\\right)", ")");
        return this;
    }

    /** The TeX written so far. */
    String tex() {
        return tex.toString();
    }

    /** The plain text written so far. */
    String plain() {
        return plain.toString();
    }

    /**
     * A number as {@link Numbers} spells it, in TeX: a power of ten typeset, thousands braced, and a
     * negative number braced so that its minus sign is a sign, not a subtraction.
     */
    static String tex(String number) {
        String s = number.replace(",", "{,}").replace("∞", "\\infty").replace("n/a", "\\mathrm{n/a}");
        int e = s.toLowerCase(Locale.ROOT).indexOf('e');
        if (e > 0 && !s.contains("\\")) {
            String mantissa = s.substring(0, e);
            String exponent = s.substring(e + 1).replaceFirst("^\\+", "");
            boolean negative = exponent.startsWith("-");
            String digits = (negative ? exponent.substring(1) : exponent).replaceFirst("^0+(?=\\d)", "");
            s = mantissa + "\\times 10^{" + (negative ? "-" : "") + digits + "}";
        }
        return s.startsWith("-") ? "{" + s + "}" : s;
    }
}
