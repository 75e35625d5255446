package org.downhill.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.downhill.param.Excerpt;
import org.downhill.param.Param;

/**
 * A JSON value together with where it sits in its document (a path such as
 * {@code runs[1].optimizer.hyper.lr}), with typed accessors whose failures are
 * {@link FileFormatException}s that name that path. The one strict reading of Downhill's files
 * (scenarios, PyTorch case files, and documents that hold scenarios, such as lessons, so that their
 * messages read alike): numbers must be numbers, integers whole, objects may hold only the fields
 * their reader knows, a key may appear only once, nothing may follow the document, and the
 * document stays within {@link #MAX_DEPTH} levels of nesting and {@link #MAX_STRING_LENGTH}
 * characters per string. A syntax error or a broken limit is named by its line and column.
 */
public final class JsonAt {
    /** The deepest nesting of lists and objects a file may have. */
    static final int MAX_DEPTH = 1_000;
    /** The longest string (a caption, a name) a file may hold. */
    static final int MAX_STRING_LENGTH = 20_000_000;

    private static final ObjectMapper STRICT = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING_LENGTH).build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private final JsonNode node;
    private final String path;

    private JsonAt(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /**
     * Parses a whole document, which must be a JSON object.
     *
     * @throws FileFormatException naming the line and column of a syntax error or broken limit
     */
    public static JsonAt parse(String text) throws FileFormatException {
        JsonNode root;
        JsonParser parser = null;
        try {
            parser = STRICT.createParser(text);
            root = STRICT.readTree(parser);
        } catch (JsonProcessingException e) {
            // a broken limit (StreamConstraintsException) carries no location: the parser knows it
            JsonLocation where = e.getLocation() != null ? e.getLocation()
                    : parser != null ? parser.currentLocation() : JsonLocation.NA;
            throw new FileFormatException("not valid JSON at line " + where.getLineNr() + ", column "
                    + where.getColumnNr() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new FileFormatException("not readable as JSON: " + e.getMessage(), e);
        } finally {
            close(parser);
        }
        JsonAt at = new JsonAt(root == null ? MissingNode.getInstance() : root, "");
        at.object();
        return at;
    }

    private static void close(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // a parser over a string holds nothing to release
            }
        }
    }

    /** Where this value is, e.g. {@code runs[1].start}; {@code top level} for the document itself. */
    public String path() {
        return path.isEmpty() ? "top level" : path;
    }

    /** A failure at this value: {@code path: message}. */
    public FileFormatException error(String message) {
        return new FileFormatException(path() + ": " + message);
    }

    /**
     * Runs a constructor or check of the core and turns its {@link IllegalArgumentException} (an
     * {@link org.downhill.param.InvalidParameterException}, whose message names the value and the
     * allowed range) into a failure at this value.
     */
    public <T> T check(Supplier<T> build) throws FileFormatException {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new FileFormatException(path() + ": " + e.getMessage(), e);
        }
    }

    /** Checks that this is an object holding no fields but the given ones; returns this. */
    public JsonAt object(String... known) throws FileFormatException {
        if (!node.isObject()) {
            throw error("must be a JSON object, not " + describe(node));
        }
        if (known.length > 0) {
            Set<String> allowed = Set.of(known);
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    throw child(name).error("unknown field; allowed here: " + String.join(", ", known));
                }
            }
        }
        return this;
    }

    /** A field that must be there (and not null). */
    public JsonAt field(String name) throws FileFormatException {
        JsonAt value = optional(name);
        if (value == null) {
            throw child(name).error("missing");
        }
        return value;
    }

    /** A field that may be absent or null, in which case this returns {@code null}. */
    public JsonAt optional(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : child(name);
    }

    /** The fields of an object, in the document's order. */
    public Map<String, JsonAt> fields() throws FileFormatException {
        object();
        Map<String, JsonAt> fields = new LinkedHashMap<>();
        node.fieldNames().forEachRemaining(name -> fields.put(name, child(name)));
        return fields;
    }

    /** The elements of a list. */
    public List<JsonAt> elements() throws FileFormatException {
        if (!node.isArray()) {
            throw error("must be a list, not " + describe(node));
        }
        List<JsonAt> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            out.add(new JsonAt(node.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    /** Whether this is a string. */
    boolean isText() {
        return node.isTextual();
    }

    /** A string. */
    public String text() throws FileFormatException {
        if (!node.isTextual()) {
            throw error("must be a string, not " + describe(node));
        }
        return node.textValue();
    }

    /** A number. */
    public double number() throws FileFormatException {
        if (!node.isNumber()) {
            throw error("must be a number, not " + describe(node));
        }
        return node.doubleValue();
    }

    /** A whole number that fits an {@code int}. */
    public int integer() throws FileFormatException {
        long value = longInteger();
        if (value != (int) value) {
            throw error("must be an integer between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE + ", not "
                    + describe(node));
        }
        return (int) value;
    }

    /** A whole number that fits a {@code long}. */
    public long longInteger() throws FileFormatException {
        if (!node.isNumber() || (node.isIntegralNumber() ? !node.canConvertToLong()
                : node.doubleValue() != Math.rint(node.doubleValue()) || Math.abs(node.doubleValue()) >= 0x1p63)) {
            throw error("must be an integer, not " + describe(node));
        }
        return node.isIntegralNumber() ? node.longValue() : (long) node.doubleValue();
    }

    /** {@code true} or {@code false}. */
    public boolean bool() throws FileFormatException {
        if (!node.isBoolean()) {
            throw error("must be true or false, not " + describe(node));
        }
        return node.booleanValue();
    }

    /** The value as the plain Java value a parameter descriptor takes (see {@link JsonValues}). */
    public Object plain() {
        return JsonValues.toJava(node);
    }

    /**
     * The value checked by a parameter descriptor, in the descriptor's type.
     *
     * @throws FileFormatException naming this value's path and what the descriptor allows
     */
    Object as(Param param) throws FileFormatException {
        return check(() -> param.check(plain()));
    }

    /** An object's fields as plain values (see {@link #plain()}), in the document's order. */
    Map<String, Object> plainFields() throws FileFormatException {
        object();
        return JsonValues.toMap(node);
    }

    private JsonAt child(String name) {
        String shown = Excerpt.of(name);
        return new JsonAt(node.get(name), path.isEmpty() ? shown : path + "." + shown);
    }

    private static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing (the text is empty)";
        }
        if (value.isNull()) {
            return "null";
        }
        if (value.isTextual()) {
            return "the string \"" + Excerpt.of(value.textValue()) + "\"";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "an object";
        }
        return Excerpt.of(value.toString());
    }
}
