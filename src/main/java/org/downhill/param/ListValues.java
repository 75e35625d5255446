package org.downhill.param;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Helpers shared by the list-valued parameters: reading lists and arrays, splitting and joining text. */
final class ListValues {
    private ListValues() {
    }

    /** The value as a list if it is a list or a primitive/object array, else {@code null}. */
    static List<?> asList(Object value) {
        if (value instanceof List<?> list) {
            return list;
        }
        if (value instanceof double[] a) {
            return Arrays.stream(a).boxed().toList();
        }
        if (value instanceof int[] a) {
            return Arrays.stream(a).boxed().toList();
        }
        if (value instanceof Object[] a) {
            return Arrays.asList(a);
        }
        return null;
    }

    /** Splits {@code "a,b"}, {@code "[a, b]"} or {@code "(a, b)"} into its trimmed parts; empty text gives none. */
    static List<String> split(String text) {
        String t = text.trim();
        if ((t.startsWith("[") && t.endsWith("]")) || (t.startsWith("(") && t.endsWith(")"))) {
            t = t.substring(1, t.length() - 1).trim();
        }
        List<String> parts = new ArrayList<>();
        if (!t.isEmpty()) {
            for (String p : t.split(",", -1)) {
                parts.add(p.trim());
            }
        }
        return parts;
    }

    /** Joins list elements with commas, numbers in their short spelling. */
    static String join(List<?> values) {
        List<String> parts = new ArrayList<>(values.size());
        for (Object v : values) {
            parts.add(v instanceof Double d ? NumberText.of(d) : String.valueOf(v));
        }
        return String.join(",", parts);
    }
}
