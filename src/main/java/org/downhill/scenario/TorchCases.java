package org.downhill.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerSpec;
import org.downhill.optim.TorchOptimizers;
import org.downhill.schedule.ScheduleSpec;
import org.downhill.schedule.TorchSchedules;
import org.downhill.sim.NoiseSpec;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import org.downhill.sim.Termination;

/**
 * Reads cases in the PyTorch reference format: either a manifest whose {@code cases} field lists
 * them, or a single case object. A case has {@code id}, {@code function {name, params}},
 * {@code start [x, y]}, {@code optimizer {name, hyperparameters}}, {@code schedule} (null or
 * {@code {name, args}}), {@code steps}, and optionally {@code csv}, {@code rows},
 * {@code termination} and {@code expected_regime}.
 */
public final class TorchCases {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TorchCases() {
    }

    /**
     * Every case in a file.
     *
     * @throws FileFormatException if the file is missing, not JSON, or a case is broken
     */
    public static List<TorchCase> readAll(Path file) throws FileFormatException {
        return readAll(file, (root, node, where) -> parse(node, where));
    }

    /** Reads one case object; {@code root} is the whole file (for shared definitions), {@code where} names the case. */
    interface CaseParser<T> {
        T parse(JsonNode root, JsonNode node, String where) throws FileFormatException;
    }

    /** Every case in a file of a reference format: the manifest's {@code cases}, or the file's one case object. */
    static <T> List<T> readAll(Path file, CaseParser<T> parser) throws FileFormatException {
        JsonNode root = readTree(file);
        String where = file.getFileName().toString();
        List<T> cases = new ArrayList<>();
        if (root.has("cases")) {
            JsonNode list = root.get("cases");
            if (!list.isArray()) {
                throw new FileFormatException(where + ": 'cases' must be a list");
            }
            for (int i = 0; i < list.size(); i++) {
                cases.add(parser.parse(root, list.get(i), where + ", case " + (i + 1)));
            }
        } else {
            cases.add(parser.parse(root, root, where));
        }
        return cases;
    }

    /**
     * The case with this id; with a null id, the file's only case.
     *
     * @throws FileFormatException if the file is broken, the id unknown, or the choice ambiguous
     */
    public static TorchCase read(Path file, String id) throws FileFormatException {
        return pick(readAll(file), TorchCase::id, id, file);
    }

    /** The case with this id; with a null id, the only case. */
    static <T> T pick(List<T> cases, Function<T, String> idOf, String id, Path file) throws FileFormatException {
        String where = file.getFileName().toString();
        if (id == null) {
            if (cases.size() == 1) {
                return cases.get(0);
            }
            throw new FileFormatException(where + " holds " + cases.size() + " cases; pick one with --id (e.g. "
                    + idOf.apply(cases.get(0)) + ")");
        }
        return cases.stream().filter(c -> id.equals(idOf.apply(c))).findFirst().orElseThrow(
                () -> new FileFormatException(where + " has no case '" + id + "'"));
    }

    private static JsonNode readTree(Path file) throws FileFormatException {
        try {
            JsonNode root = JSON.readTree(Files.readString(file));
            if (root == null || !root.isObject()) {
                throw new FileFormatException(file.getFileName() + ": expected a JSON object");
            }
            return root;
        } catch (NoSuchFileException e) {
            throw new FileFormatException("No such file: " + file);
        } catch (JsonProcessingException e) {
            throw new FileFormatException(file.getFileName() + ": not valid JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new FileFormatException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** One case object; {@code where} names it in messages. */
    static TorchCase parse(JsonNode node, String where) throws FileFormatException {
        String at = place(node, where);
        try {
            RunSpec spec = run(node, integer(node, "steps", at), at);
            String regime = node.hasNonNull("expected_regime") ? node.get("expected_regime").asText() : null;
            return new TorchCase(id(node), csv(node), spec, rows(node), termination(node, at), regime);
        } catch (IllegalArgumentException e) {
            throw new FileFormatException(at + ": " + e.getMessage(), e);
        }
    }

    /**
     * Where a case object is, for messages: {@code where}, with the case's id when it has one.
     *
     * @throws FileFormatException if the node is not an object
     */
    static String place(JsonNode node, String where) throws FileFormatException {
        if (!node.isObject()) {
            throw new FileFormatException(where + ": a case must be a JSON object");
        }
        String id = id(node);
        return id == null ? where : where + " (" + id + ")";
    }

    /** The case's {@code id}, or null. */
    static String id(JsonNode node) {
        return node.hasNonNull("id") ? node.get("id").asText() : null;
    }

    /**
     * The run a case describes with {@code function}, {@code start}, {@code optimizer} and
     * {@code schedule}, with exact gradients and {@code steps} updates.
     *
     * @throws IllegalArgumentException if a value is not allowed
     */
    static RunSpec run(JsonNode node, int steps, String at) throws FileFormatException {
        JsonNode function = field(node, "function", at);
        Landscape landscape = Landscapes.byId(text(function, "name", at))
                .create(function.has("params") ? JsonValues.toMap(function.get("params")) : Map.of());
        double[] start = point(field(node, "start", at), at);
        return new RunSpec(landscape, start[0], start[1], steps, settings(node, at));
    }

    /** The case's optimizer and schedule (torch names and arguments), exact gradients. */
    static Settings settings(JsonNode node, String at) throws FileFormatException {
        JsonNode optimizer = field(node, "optimizer", at);
        OptimizerSpec optimizerSpec = TorchOptimizers.fromTorch(text(optimizer, "name", at),
                optimizer.has("hyperparameters") ? JsonValues.toMap(optimizer.get("hyperparameters")) : Map.of());
        JsonNode schedule = node.get("schedule");
        ScheduleSpec scheduleSpec = schedule == null || schedule.isNull() ? ScheduleSpec.CONSTANT
                : TorchSchedules.fromTorch(text(schedule, "name", at),
                schedule.has("args") ? JsonValues.toMap(schedule.get("args")) : Map.of());
        return new Settings(optimizerSpec, scheduleSpec, NoiseSpec.NONE);
    }

    /** A required integer field. */
    static int integer(JsonNode node, String name, String at) throws FileFormatException {
        JsonNode value = field(node, name, at);
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new FileFormatException(at + ": '" + name + "' must be an integer");
        }
        return value.intValue();
    }

    /** A required number field. */
    static double number(JsonNode node, String name, String at) throws FileFormatException {
        JsonNode value = field(node, name, at);
        if (!value.isNumber()) {
            throw new FileFormatException(at + ": '" + name + "' must be a number");
        }
        return value.doubleValue();
    }

    /** The case's {@code csv} file name, or null. */
    static String csv(JsonNode node) {
        return node.hasNonNull("csv") ? node.get("csv").asText() : null;
    }

    /** The case's {@code rows}, or null. */
    static Integer rows(JsonNode node) {
        return node.hasNonNull("rows") ? node.get("rows").intValue() : null;
    }

    /** The case's {@code termination}, or null. */
    static Termination termination(JsonNode node, String at) throws FileFormatException {
        return node.hasNonNull("termination") ? termination(node.get("termination").asText(), at) : null;
    }

    static JsonNode field(JsonNode node, String name, String at) throws FileFormatException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new FileFormatException(at + ": missing '" + name + "'");
        }
        return value;
    }

    static String text(JsonNode node, String name, String at) throws FileFormatException {
        JsonNode value = field(node, name, at);
        if (!value.isTextual()) {
            throw new FileFormatException(at + ": '" + name + "' must be a string");
        }
        return value.textValue();
    }

    static double[] point(JsonNode node, String at) throws FileFormatException {
        if (!node.isArray() || node.size() != 2 || !node.get(0).isNumber() || !node.get(1).isNumber()) {
            throw new FileFormatException(at + ": 'start' must be [x, y]");
        }
        return new double[] {node.get(0).doubleValue(), node.get(1).doubleValue()};
    }

    private static Termination termination(String id, String at) throws FileFormatException {
        return Arrays.stream(Termination.values()).filter(t -> t.id().equals(id)).findFirst().orElseThrow(
                () -> new FileFormatException(at + ": unknown termination '" + id + "'"));
    }
}
