package org.downhill.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of JSON documents for the fuzz tests of the file readers: values replaced by
 * values of other types and extreme sizes, fields removed and added, list elements repeated, and
 * text-level damage (cuts, stray characters, duplicate keys, garbage after the document, deep
 * nesting). The same seed gives the same inputs.
 */
public final class JsonMutator {
    private static final JsonNodeFactory N = JsonNodeFactory.instance;
    private static final String STRAY = "{}[],:\"\\ x0-9e.\u00e9\u0000\n";

    private final Random random;

    /** A mutator drawing from a generator with this seed. */
    public JsonMutator(long seed) {
        this.random = new Random(seed);
    }

    /** The generator, for callers that pick bases and other choices from the same sequence. */
    public Random random() {
        return random;
    }

    /**
     * A mutated copy of the document as text: one change of the tree (sometimes two or three),
     * then, one time in six, damage to the text.
     */
    public String mutate(JsonNode document) {
        JsonNode tree = document.deepCopy();
        int draw = random.nextInt(10);
        int changes = draw < 6 ? 1 : draw < 9 ? 2 : 3;
        for (int i = 0; i < changes; i++) {
            tree = mutateTree(tree);
        }
        String text = tree.toString();
        return random.nextInt(6) == 0 ? damage(text) : text;
    }

    /** A value of any JSON type, often an extreme one. */
    public JsonNode anyValue(JsonNode document) {
        return switch (random.nextInt(24)) {
            case 0 -> N.nullNode();
            case 1 -> N.booleanNode(random.nextBoolean());
            case 2 -> N.textNode("");
            case 3 -> N.textNode(word());
            case 4 -> N.textNode("x".repeat(1 + random.nextInt(100_000)));
            case 5 -> N.numberNode(0);
            case 6 -> N.numberNode(-1);
            case 7 -> N.numberNode(random.nextInt(2000) - 1000);
            case 8 -> N.numberNode(random.nextDouble());
            case 9 -> N.numberNode(pick(new double[] {1e-300, 4.9e-324, 1e300, -1e300, 1.7976931348623157e308,
                0.1, 2.5, -0.0}));
            case 10 -> N.numberNode(pick(new long[] {Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, Integer.MIN_VALUE,
                1L << 40, (1L << 53) + 1, Long.MAX_VALUE, Long.MIN_VALUE}));
            case 11 -> N.numberNode(new BigInteger("18446744073709551616"));
            case 12 -> N.numberNode(new BigDecimal("1E+999"));
            case 13 -> N.numberNode(new BigDecimal("-1E+999"));
            case 14 -> N.arrayNode();
            case 15 -> N.arrayNode().add(random.nextInt(100));
            case 16 -> N.arrayNode().add(0.5).add(0.9);
            case 17 -> N.arrayNode().add(1).add(2).add(3);
            case 18 -> N.objectNode();
            case 19 -> N.objectNode().put(word(), random.nextInt(10));
            case 20 -> N.numberNode(pick(new int[] {20_000, 20_001, 1_000_000, 8, 9}));
            case 21 -> N.textNode(pick(new String[] {"SGD", "Adam", "quadratic", "rosenbrock", "StepLR", "constant",
                "viridis", "#D55E00", "converges", "global_minimum", "downhill-scenario"}));
            default -> randomSubtree(document).deepCopy();
        };
    }

    private JsonNode mutateTree(JsonNode tree) {
        List<Slot> slots = new ArrayList<>();
        collect(tree, slots);
        if (slots.isEmpty()) {
            return anyValue(tree);
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        switch (random.nextInt(8)) {
            case 0, 1, 2 -> slot.set(anyValue(tree));
            case 6, 7 -> slot.set(nudge(slot.get(), tree));
            case 3 -> slot.remove();
            case 4 -> {
                if (slot.parent instanceof ObjectNode object) {
                    object.set(word(), anyValue(tree));
                } else {
                    ((ArrayNode) slot.parent).add(slot.get().deepCopy());
                }
            }
            default -> {
                if (slot.get() instanceof ArrayNode array && !array.isEmpty()) {
                    for (int i = random.nextInt(9); i > 0; i--) {
                        array.add(array.get(random.nextInt(array.size())).deepCopy());
                    }
                } else {
                    slot.set(anyValue(tree));
                }
            }
        }
        return tree;
    }

    /** A number of the same kind, near or far; any value for anything else. */
    private JsonNode nudge(JsonNode value, JsonNode tree) {
        if (value.isIntegralNumber()) {
            long v = value.longValue();
            return N.numberNode(random.nextBoolean() ? v + random.nextInt(21) - 10 : v * (random.nextInt(2001) - 1000));
        }
        if (value.isNumber()) {
            double v = value.doubleValue();
            return N.numberNode(random.nextBoolean() ? v * (1 + random.nextGaussian())
                    : v * Math.pow(10, random.nextInt(61) - 30));
        }
        return anyValue(tree);
    }

    /** Damage to the text that a tree cannot express. */
    public String damage(String text) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length());
        return switch (random.nextInt(7)) {
            case 0 -> text.substring(0, at);
            case 1 -> text.substring(0, at) + STRAY.charAt(random.nextInt(STRAY.length())) + text.substring(at);
            case 2 -> text.isEmpty() ? text : text.substring(0, at) + text.substring(at + 1);
            case 3 -> duplicateKey(text);
            case 4 -> text + pick(new String[] {" x", " {}", "]", "\n\n1", " null", "//"});
            case 5 -> "[".repeat(990 + random.nextInt(20)) + text + "]".repeat(990 + random.nextInt(20));
            default -> text.replace(",", random.nextBoolean() ? ",," : ", ");
        };
    }

    private String duplicateKey(String text) {
        int quote = text.indexOf("\":", random.nextInt(Math.max(1, text.length())));
        if (quote < 0) {
            return text;
        }
        int start = text.lastIndexOf('"', quote - 1);
        int open = text.lastIndexOf('{', start);
        if (start < 0 || open < 0) {
            return text;
        }
        String key = text.substring(start, quote + 2);
        return text.substring(0, open + 1) + key + " 1, " + text.substring(open + 1);
    }

    private JsonNode randomSubtree(JsonNode tree) {
        List<Slot> slots = new ArrayList<>();
        collect(tree, slots);
        return slots.isEmpty() ? tree : slots.get(random.nextInt(slots.size())).get();
    }

    private String word() {
        return pick(new String[] {"a", "b", "lr", "x_min", "steps", "seed", "name", "extra", "T_max", "betas",
            "momentum", "sigma", "batch", "warmup", "cases", "id", "params", "hyper", "args", "\u00e9t\u00e9"});
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private double pick(double[] options) {
        return options[random.nextInt(options.length)];
    }

    private long pick(long[] options) {
        return options[random.nextInt(options.length)];
    }

    private int pick(int[] options) {
        return options[random.nextInt(options.length)];
    }

    private static void collect(JsonNode node, List<Slot> out) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                out.add(new Slot(object, name, -1));
                collect(object.get(name), out);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                out.add(new Slot(array, null, i));
                collect(array.get(i), out);
            }
        }
    }

    /** A place in a tree: a field of an object or an element of a list. */
    private record Slot(JsonNode parent, String name, int index) {
        JsonNode get() {
            return name != null ? parent.get(name) : parent.get(index);
        }

        void set(JsonNode value) {
            if (name != null) {
                ((ObjectNode) parent).set(name, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (name != null) {
                ((ObjectNode) parent).remove(name);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }
}
