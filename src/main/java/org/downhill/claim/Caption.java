package org.downhill.claim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.downhill.param.InvalidParameterException;

/**
 * A text with measured numbers in it: plain text with placeholders {@code {expression}} or
 * {@code {expression:format}}, each an expression of numbers in the grammar of claims
 * ({@link ExprParser}), e.g. {@code Adam: 1e-3 in {steps_to('Adam', 1e-3)} steps}. Filling it
 * measures every placeholder on the runs and prints it: by default as {@link Numbers#format(double)}
 * does (whole numbers exactly, others to 3 significant digits); with the format {@code %} as a
 * whole percentage ({@code {share_global('A', 100):%}} gives {@code 83%}); with {@code .N} to N
 * significant digits (1 to 15). Braces are only for placeholders: a text cannot hold a literal
 * one, so a filled caption is itself a caption without placeholders. Immutable.
 */
public final class Caption {
    private final String template;
    private final List<Object> parts;

    private Caption(String template, List<Object> parts) {
        this.template = template;
        this.parts = List.copyOf(parts);
    }

    /** A placeholder: what to measure and how to print it (0 digits: the default; -1: a percentage). */
    private record Placeholder(Expr expr, int digits) {
    }

    /**
     * Parses a caption.
     *
     * @throws InvalidParameterException saying what is wrong with which placeholder
     */
    public static Caption parse(String template) {
        Objects.requireNonNull(template, "template");
        List<Object> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '}') {
                throw new InvalidParameterException("A '}' without its '{' at character " + (i + 1) + " of the caption");
            }
            if (c != '{') {
                plain.append(c);
                i++;
                continue;
            }
            int close = closing(template, i);
            if (plain.length() > 0) {
                parts.add(plain.toString());
                plain.setLength(0);
            }
            parts.add(placeholder(template.substring(i + 1, close), i));
            i = close + 1;
        }
        if (plain.length() > 0) {
            parts.add(plain.toString());
        }
        return new Caption(template, parts);
    }

    /** The index of the '}' that closes the placeholder opened at {@code open} (quotes may hold braces). */
    private static int closing(String template, int open) {
        boolean quoted = false;
        for (int j = open + 1; j < template.length(); j++) {
            char c = template.charAt(j);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '{') {
                break;
            } else if (!quoted && c == '}') {
                return j;
            }
        }
        throw new InvalidParameterException("A '{' without its '}' at character " + (open + 1) + " of the caption");
    }

    private static Placeholder placeholder(String inside, int open) {
        int colon = -1;
        boolean quoted = false;
        for (int j = 0; j < inside.length(); j++) {
            char c = inside.charAt(j);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == ':') {
                colon = j;
            }
        }
        String expression = colon < 0 ? inside : inside.substring(0, colon);
        String format = colon < 0 ? "" : inside.substring(colon + 1).trim();
        int digits;
        if (format.isEmpty()) {
            digits = 0;
        } else if (format.equals("%")) {
            digits = -1;
        } else if (format.matches("\\.([1-9]|1[0-5])")) {
            digits = Integer.parseInt(format.substring(1));
        } else {
            throw new InvalidParameterException("Unknown format ':" + format + "' in the placeholder at character "
                    + (open + 1) + " of the caption (allowed: :% or :.N for N significant digits, 1 to 15)");
        }
        try {
            return new Placeholder(ExprParser.number(expression), digits);
        } catch (InvalidParameterException e) {
            throw new InvalidParameterException("In the placeholder at character " + (open + 1) + " of the caption: "
                    + e.getMessage());
        }
    }

    /** The text as written. */
    public String template() {
        return template;
    }

    /** Whether the text holds placeholders. */
    public boolean measured() {
        return parts.stream().anyMatch(p -> p instanceof Placeholder);
    }

    /** The names of the runs the placeholders measure. */
    public Set<String> runNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Object p : parts) {
            if (p instanceof Placeholder h) {
                h.expr().collectRuns(names);
            }
        }
        return names;
    }

    /** The text with every placeholder measured and printed. */
    public String fill(Measurements m) {
        StringBuilder out = new StringBuilder();
        for (Object p : parts) {
            if (p instanceof Placeholder h) {
                double v = h.expr().value(m);
                out.append(h.digits() == 0 ? Numbers.format(v) : h.digits() < 0 ? Numbers.percent(v)
                        : Numbers.format(v, h.digits()));
            } else {
                out.append((String) p);
            }
        }
        return out.toString();
    }

    /** Every placeholder's value, in order (to check that a caption prints only finite numbers). */
    public List<Double> values(Measurements m) {
        List<Double> values = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof Placeholder h) {
                values.add(h.expr().value(m));
            }
        }
        return values;
    }
}
