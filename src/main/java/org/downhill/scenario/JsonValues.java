package org.downhill.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns Jackson trees into the plain values parameter descriptors take (numbers, booleans, strings, lists, null). */
final class JsonValues {
    private JsonValues() {
    }

    /**
     * A JSON value as a plain Java value: Number (an Integer or Long for a whole number that fits
     * one, exactly; else a Double), Boolean, String, List, Map or null.
     */
    static Object toJava(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            if (node.canConvertToInt()) {
                return node.intValue();
            }
            return node.canConvertToLong() ? (Object) node.longValue() : (Object) node.doubleValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(toJava(item)));
            return list;
        }
        return toMap(node);
    }

    /** A JSON object as a map of plain values, in the file's order. */
    static Map<String, Object> toMap(JsonNode object) {
        Map<String, Object> map = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> map.put(e.getKey(), toJava(e.getValue())));
        return map;
    }
}
