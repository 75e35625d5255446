package org.downhill.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.downhill.rangetest.RangeTermination;
import org.downhill.rangetest.RangeTestConfig;
import org.downhill.rangetest.StepMode;
import org.downhill.rangetest.Suggestions;
import org.downhill.sim.RunSpec;

/**
 * Reads cases in the range-test reference format: a manifest whose {@code cases} field lists
 * them, or a single case object. A case has the run of the trajectory format ({@code id},
 * {@code function}, {@code start}, {@code optimizer}, optionally {@code schedule}; see
 * {@link TorchCases}) and {@code range_test {step_mode, start_lr, end_lr, num_iter, smooth_f,
 * diverge_th, factor, steps_per_lr}} ({@code end_lr} is read in the exp and linear modes only,
 * {@code factor} and {@code steps_per_lr} in the stepwise mode only; the reference writes null
 * where a mode does not use a field), and optionally {@code csv}, {@code rows},
 * {@code termination}, {@code notes} and {@code suggestions {steepest, minimum_div10, valley,
 * seed_pick}} (null where there is none). The reading is as strict as {@link TorchCases}', and a
 * refusal names the file and the path of the value.
 */
public final class RangeTestCases {
    private static final String[] MANIFEST_FIELDS = {"cases", "format_version", "description", "csv_columns"};
    private static final String[] CASE_FIELDS = {"id", "csv", "function", "start", "optimizer", "schedule",
        "range_test", "rows", "termination", "suggestions", "notes"};

    private RangeTestCases() {
    }

    /**
     * Every case in a file.
     *
     * @throws FileFormatException if the file is missing, not JSON, holds no case, or a case is broken
     */
    public static List<RangeTestCase> readAll(Path file) throws FileFormatException {
        return TorchCases.readAll(file, MANIFEST_FIELDS, (root, at) -> parse(at));
    }

    /**
     * Every case in a JSON text: a manifest's cases, or the one case the text is.
     *
     * @throws FileFormatException if the text is not JSON, holds no case, or a case is broken
     */
    public static List<RangeTestCase> readAll(String json) throws FileFormatException {
        return TorchCases.readAll(json, MANIFEST_FIELDS, (root, at) -> parse(at));
    }

    /**
     * The case with this id; with a null id, the file's only case.
     *
     * @throws FileFormatException if the file is broken, the id unknown, or the choice ambiguous
     */
    public static RangeTestCase read(Path file, String id) throws FileFormatException {
        return TorchCases.pick(readAll(file), RangeTestCase::id, id, file);
    }

    private static RangeTestCase parse(JsonAt at) throws FileFormatException {
        at.object(CASE_FIELDS);
        RangeTestConfig config = config(at.field("range_test"));
        RunSpec run = TorchCases.run(at, config.iterations() - 1);
        JsonAt terminationAt = at.optional("termination");
        RangeTermination termination = null;
        if (terminationAt != null) {
            String id = terminationAt.text();
            termination = terminationAt.check(() -> RangeTermination.byId(id));
        }
        JsonAt suggestionsAt = at.optional("suggestions");
        Suggestions suggestions = suggestionsAt == null ? null : suggestions(suggestionsAt);
        TorchCases.text(at, "notes");
        return new RangeTestCase(TorchCases.text(at, "id"), TorchCases.text(at, "csv"), run, config,
                TorchCases.rows(at), termination, suggestions);
    }

    /** The test's settings; the fields its mode does not use are not read. */
    private static RangeTestConfig config(JsonAt at) throws FileFormatException {
        at.object("step_mode", "start_lr", "end_lr", "num_iter", "smooth_f", "diverge_th", "factor", "steps_per_lr");
        JsonAt modeAt = at.field("step_mode");
        String modeId = modeAt.text();
        StepMode mode = modeAt.check(() -> StepMode.byId(modeId));
        double start = at.field("start_lr").number();
        int iterations = at.field("num_iter").integer();
        double smooth = at.field("smooth_f").number();
        double diverge = at.field("diverge_th").number();
        RangeTestConfig config;
        if (mode == StepMode.STEPWISE) {
            double factor = at.field("factor").number();
            int stepsPerLr = at.field("steps_per_lr").integer();
            config = at.check(() -> RangeTestConfig.stepwise(start, factor, stepsPerLr, iterations));
        } else {
            double end = at.field("end_lr").number();
            config = at.check(() -> RangeTestConfig.towards(mode, start, end, iterations));
        }
        return at.check(() -> config.withStopRule(smooth, diverge));
    }

    private static Suggestions suggestions(JsonAt at) throws FileFormatException {
        at.object("steepest", "minimum_div10", "valley", "seed_pick");
        return new Suggestions(suggestion(at, "steepest"), suggestion(at, "minimum_div10"), suggestion(at, "valley"),
                suggestion(at, "seed_pick"));
    }

    private static OptionalDouble suggestion(JsonAt at, String name) throws FileFormatException {
        JsonAt value = at.optional(name);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value.number());
    }
}
