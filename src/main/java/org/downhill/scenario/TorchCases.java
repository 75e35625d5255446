package org.downhill.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.LandscapeFamily;
import org.downhill.landscape.Landscapes;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.optim.TorchOptimizers;
import org.downhill.param.Excerpt;
import org.downhill.schedule.ScheduleKind;
import org.downhill.schedule.ScheduleSpec;
import org.downhill.schedule.TorchSchedules;
import org.downhill.sim.NoiseSpec;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import org.downhill.sim.Termination;

/**
 * Reads cases in the PyTorch reference format: either a manifest whose {@code cases} field lists
 * them (at least one), or a single case object. A case has {@code id}, {@code function {name,
 * params}}, {@code start [x, y]}, {@code optimizer {name, hyperparameters}}, {@code schedule}
 * (null or {@code {name, args}}), {@code steps} (1 to {@link RunSpec#MAX_STEPS}), and optionally
 * {@code csv}, {@code rows}, {@code termination}, {@code expected_regime} and {@code notes}; the
 * manifest's and the cases' documentation fields ({@code formula}, {@code derived},
 * {@code metric}, {@code description}, ...) are allowed and not read. {@link TrainingCases} and
 * {@link RangeTestCases} read the training and range-test formats with the same parts.
 *
 * <p>The reading is the scenario files' strict one ({@link JsonAt}): UTF-8, no duplicate keys,
 * nothing after the document, no unknown fields, parameters as objects of numbers where numbers
 * are expected; a failure is a {@link FileFormatException} starting with the file name and naming
 * the path of the value, e.g. {@code cases.json: cases[3].optimizer.hyperparameters: Invalid value
 * for lr: -1 (allowed: lr >= 0)}.
 */
public final class TorchCases {
    private static final String[] MANIFEST_FIELDS = {"cases", "format_version", "description", "csv_columns",
        "row_meaning", "number_format", "stop_rule", "termination_values", "regimes", "functions"};
    private static final String[] CASE_FIELDS = {"id", "csv", "function", "start", "optimizer", "schedule", "steps",
        "rows", "termination", "expected_regime", "notes"};

    private TorchCases() {
    }

    /** Reads one case object; {@code root} is the whole document (for definitions the cases share). */
    interface CaseParser<T> {
        T parse(JsonAt root, JsonAt node) throws FileFormatException;
    }

    /**
     * Every case in a file.
     *
     * @throws FileFormatException if the file is missing, not JSON, holds no case, or a case is broken
     */
    public static List<TorchCase> readAll(Path file) throws FileFormatException {
        return readAll(file, MANIFEST_FIELDS, (root, node) -> parse(node));
    }

    /**
     * Every case in a JSON text: a manifest's cases, or the one case the text is.
     *
     * @throws FileFormatException if the text is not JSON, holds no case, or a case is broken
     */
    public static List<TorchCase> readAll(String json) throws FileFormatException {
        return readAll(json, MANIFEST_FIELDS, (root, node) -> parse(node));
    }

    /** Every case in a file of a reference format; a failure starts with the file name. */
    static <T> List<T> readAll(Path file, String[] manifestFields, CaseParser<T> parser) throws FileFormatException {
        return TextFiles.read(file, text -> readAll(text, manifestFields, parser));
    }

    /**
     * Every case in a text of a reference format: the manifest's {@code cases} (a manifest holds
     * only the given fields), or the text's one case object.
     */
    static <T> List<T> readAll(String json, String[] manifestFields, CaseParser<T> parser)
            throws FileFormatException {
        JsonAt root = JsonAt.parse(json);
        JsonAt list = root.optional("cases");
        if (list == null) {
            return List.of(parser.parse(root, root));
        }
        root.object(manifestFields);
        List<JsonAt> elements = list.elements();
        if (elements.isEmpty()) {
            throw list.error("the list is empty; a manifest holds at least one case");
        }
        List<T> cases = new ArrayList<>();
        for (JsonAt element : elements) {
            cases.add(parser.parse(root, element));
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
                () -> new FileFormatException(where + " has no case '" + Excerpt.of(id) + "'"));
    }

    /** One case object. */
    private static TorchCase parse(JsonAt at) throws FileFormatException {
        at.object(CASE_FIELDS);
        RunSpec spec = run(at, (Integer) at.field("steps").as(RunSpec.STEPS));
        text(at, "notes");
        return new TorchCase(text(at, "id"), text(at, "csv"), spec, rows(at), termination(at),
                text(at, "expected_regime"));
    }

    /**
     * The run a case describes with {@code function}, {@code start}, {@code optimizer} and
     * {@code schedule}, with exact gradients and the given number of updates.
     */
    static RunSpec run(JsonAt at, int steps) throws FileFormatException {
        JsonAt functionAt = at.field("function").object("name", "params", "formula");
        JsonAt nameAt = functionAt.field("name");
        String functionName = nameAt.text();
        LandscapeFamily family = nameAt.check(() -> Landscapes.byId(functionName));
        JsonAt paramsAt = functionAt.optional("params");
        Map<String, Object> params = paramsAt == null ? Map.of() : paramsAt.plainFields();
        Landscape landscape = (paramsAt == null ? functionAt : paramsAt).check(() -> family.create(params));
        double[] start = point(at.field("start"));
        Settings settings = settings(at);
        return at.check(() -> new RunSpec(landscape, start[0], start[1], steps, settings));
    }

    /** A case's optimizer and schedule (torch names and arguments), with exact gradients. */
    static Settings settings(JsonAt at) throws FileFormatException {
        OptimizerSpec optimizer = optimizer(at.field("optimizer"));
        JsonAt scheduleAt = at.optional("schedule");
        ScheduleSpec schedule = scheduleAt == null ? ScheduleSpec.CONSTANT : schedule(scheduleAt);
        return at.check(() -> new Settings(optimizer, schedule, NoiseSpec.NONE));
    }

    private static OptimizerSpec optimizer(JsonAt at) throws FileFormatException {
        at.object("name", "hyperparameters");
        JsonAt nameAt = at.field("name");
        String name = nameAt.text();
        nameAt.check(() -> OptimizerKind.byName(name));
        JsonAt hyperAt = at.optional("hyperparameters");
        Map<String, Object> hyper = hyperAt == null ? Map.of() : hyperAt.plainFields();
        return (hyperAt == null ? at : hyperAt).check(() -> TorchOptimizers.fromTorch(name, hyper));
    }

    private static ScheduleSpec schedule(JsonAt at) throws FileFormatException {
        at.object("name", "args", "derived", "metric");
        JsonAt nameAt = at.field("name");
        String name = nameAt.text();
        nameAt.check(() -> ScheduleKind.byName(name));
        JsonAt argsAt = at.optional("args");
        Map<String, Object> args = argsAt == null ? Map.of() : argsAt.plainFields();
        return (argsAt == null ? at : argsAt).check(() -> TorchSchedules.fromTorch(name, args));
    }

    /** An optional string field, or null. */
    static String text(JsonAt at, String name) throws FileFormatException {
        JsonAt field = at.optional(name);
        return field == null ? null : field.text();
    }

    /** The case's {@code rows}, or null. */
    static Integer rows(JsonAt at) throws FileFormatException {
        JsonAt rowsAt = at.optional("rows");
        return rowsAt == null ? null : rowsAt.integer();
    }

    /** {@code [x, y]}, two finite numbers. */
    static double[] point(JsonAt at) throws FileFormatException {
        List<JsonAt> xy = at.elements();
        if (xy.size() != 2) {
            throw at.error("must be [x, y], two numbers, not " + xy.size());
        }
        double x = xy.get(0).number();
        double y = xy.get(1).number();
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw at.error("The start point must be finite");
        }
        return new double[] {x, y};
    }

    /** The case's {@code termination}, or null. */
    static Termination termination(JsonAt at) throws FileFormatException {
        JsonAt terminationAt = at.optional("termination");
        if (terminationAt == null) {
            return null;
        }
        String id = terminationAt.text();
        return Arrays.stream(Termination.values()).filter(t -> t.id().equals(id)).findFirst().orElseThrow(
                () -> terminationAt.error("unknown termination \"" + Excerpt.of(id) + "\"; known: "
                        + String.join(", ", Arrays.stream(Termination.values()).map(Termination::id).toList())));
    }
}
