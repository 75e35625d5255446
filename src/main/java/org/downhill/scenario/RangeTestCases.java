package org.downhill.scenario;

import com.fasterxml.jackson.databind.JsonNode;
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
 * {@code termination} and {@code suggestions {steepest, minimum_div10, valley, seed_pick}}
 * (null where there is none).
 */
public final class RangeTestCases {
    private RangeTestCases() {
    }

    /**
     * Every case in a file.
     *
     * @throws FileFormatException if the file is missing, not JSON, or a case is broken
     */
    public static List<RangeTestCase> readAll(Path file) throws FileFormatException {
        return TorchCases.readAll(file, RangeTestCases::parse);
    }

    /**
     * The case with this id; with a null id, the file's only case.
     *
     * @throws FileFormatException if the file is broken, the id unknown, or the choice ambiguous
     */
    public static RangeTestCase read(Path file, String id) throws FileFormatException {
        return TorchCases.pick(readAll(file), RangeTestCase::id, id, file);
    }

    private static RangeTestCase parse(JsonNode root, JsonNode node, String where) throws FileFormatException {
        String at = TorchCases.place(node, where);
        RangeTestConfig config = config(TorchCases.field(node, "range_test", at), at + ", range_test");
        try {
            RunSpec run = TorchCases.run(node, config.iterations() - 1, at);
            RangeTermination termination = node.hasNonNull("termination")
                    ? RangeTermination.byId(node.get("termination").asText()) : null;
            Suggestions suggestions = node.hasNonNull("suggestions") ? suggestions(node.get("suggestions"), at) : null;
            return new RangeTestCase(TorchCases.id(node), TorchCases.csv(node), run, config, TorchCases.rows(node),
                    termination, suggestions);
        } catch (IllegalArgumentException e) {
            throw new FileFormatException(at + ": " + e.getMessage(), e);
        }
    }

    /** The test's settings; the fields its mode does not use are not read. */
    private static RangeTestConfig config(JsonNode test, String at) throws FileFormatException {
        try {
            StepMode mode = StepMode.byId(TorchCases.text(test, "step_mode", at));
            boolean stepwise = mode == StepMode.STEPWISE;
            double start = TorchCases.number(test, "start_lr", at);
            int iterations = TorchCases.integer(test, "num_iter", at);
            double smooth = TorchCases.number(test, "smooth_f", at);
            double diverge = TorchCases.number(test, "diverge_th", at);
            RangeTestConfig config = stepwise
                    ? RangeTestConfig.stepwise(start, TorchCases.number(test, "factor", at),
                    TorchCases.integer(test, "steps_per_lr", at), iterations)
                    : RangeTestConfig.towards(mode, start, TorchCases.number(test, "end_lr", at), iterations);
            return config.withStopRule(smooth, diverge);
        } catch (IllegalArgumentException e) {
            throw new FileFormatException(at + ": " + e.getMessage(), e);
        }
    }

    private static Suggestions suggestions(JsonNode node, String at) throws FileFormatException {
        String where = at + ", suggestions";
        return new Suggestions(suggestion(node, "steepest", where), suggestion(node, "minimum_div10", where),
                suggestion(node, "valley", where), suggestion(node, "seed_pick", where));
    }

    private static OptionalDouble suggestion(JsonNode node, String name, String at) throws FileFormatException {
        return node.hasNonNull(name) ? OptionalDouble.of(TorchCases.number(node, name, at)) : OptionalDouble.empty();
    }


}
