package org.downhill.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.downhill.claim.Claim;
import org.downhill.diagnose.Destination;
import org.downhill.diagnose.Regime;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Landscapes;
import org.downhill.landscape.Window;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.render.ColorMap;
import org.downhill.schedule.ScheduleKind;
import org.downhill.schedule.ScheduleSpec;
import org.downhill.schedule.Warmup;
import org.downhill.sim.NoiseSpec;
import org.downhill.sim.RunPlan;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioJsonTest {
    /** Keeps decimals as written, so that a test can put 1e999 (infinite as a double) into a file. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /** A scenario using every kind of value: tuples, integer lists, an optional integer, edits, noise, warm-up. */
    static Scenario rich() {
        Landscape f = Landscapes.byId("rosenbrock").create(Map.of("a", 1.5, "b", 50));
        Settings adam = new Settings(OptimizerSpec.of(OptimizerKind.ADAM, Map.of("lr", 0.02, "betas", List.of(0.8, 0.99))),
                ScheduleSpec.of(ScheduleKind.MULTI_STEP_LR, Map.of("milestones", List.of(30, 70), "gamma", 0.5))
                        .withWarmup(new Warmup(10, 0.25)),
                new NoiseSpec(0.5, 8, 1234567890123L));
        Settings cyclic = new Settings(OptimizerSpec.of(OptimizerKind.SGD, Map.of("lr", 0.001, "momentum", 0.9)),
                ScheduleSpec.of(ScheduleKind.CYCLIC_LR, Map.of("step_size_up", 20)), NoiseSpec.NONE);
        RunPlan plan = RunPlan.of(new RunSpec(f, -1.25, 1.75, 120, adam))
                .withChangeAt(40, adam.withOptimizer(adam.optimizer().with("lr", 0.005)))
                .withChangeAt(80, cyclic);
        Scenario.Run edited = Scenario.Run.of("Adam, edited", "#56b4e9", false, plan);
        Scenario.Run plain = new Scenario.Run("SGD", "#D55E00", true, 0.5, -0.25,
                Settings.of(OptimizerSpec.of(OptimizerKind.SGD)), List.of(),
                new Scenario.Expectation(Regime.SLOW, Destination.NONE));
        return new Scenario(f, new Window(-2, 2.5, -1, 3), 120, 37,
                new Scenario.Display(ColorMap.MAGMA, true, false, true, true, true, 1.5, true), List.of(edited, plain),
                "A caption with \"quotes\", a\nnew line and SGD's rate, {lr('SGD')}.",
                List.of(Claim.parse("loss('SGD') < loss_at('SGD', 0)"), Claim.parse("lr('Adam, edited') < 1")));
    }

    @Test
    void writingThenReadingGivesAnEqualScenario() throws Exception {
        Scenario s = rich();
        String json = ScenarioJson.write(s);
        assertTrue(json.startsWith("{\n  \"format\": \"downhill-scenario\",\n  \"version\": 1,"), json);
        Scenario read = ScenarioJson.read(json);
        assertEquals(s, read);
        assertEquals(s.plans().get(0).edits(), read.plans().get(0).edits());
        assertEquals("#56B4E9", read.runs().get(0).color());
    }

    @Test
    void theClaimsAndTheCaptionAreKeptAsWritten() throws Exception {
        Scenario read = ScenarioJson.read(ScenarioJson.write(rich()));
        assertEquals(List.of("loss('SGD') < loss_at('SGD', 0)", "lr('Adam, edited') < 1"),
                read.claims().stream().map(Claim::text).toList());
        assertTrue(read.caption().endsWith("{lr('SGD')}."), read.caption());
    }

    @Test
    void aScenarioInsideAnotherDocumentMayLeaveOutItsEnvelope() throws Exception {
        JsonAt page = JsonAt.parse("""
                {"scenario": {"landscape": {"family": "quadratic"}, "steps": 5,
                              "runs": [{"name": "a", "color": "#000000", "start": [1, 2], "optimizer": {"name": "SGD"}}]},
                 "bad": {"format": "downhill-scenario", "version": 9}}""");
        assertEquals(5, ScenarioJson.read(page.field("scenario")).steps());
        FileFormatException e = assertThrows(FileFormatException.class, () -> ScenarioJson.read(page.field("bad")));
        assertTrue(e.getMessage().startsWith("bad.version: made by a newer Downhill"), e.getMessage());
    }

    @Test
    void aRunConvertsToAndFromTheCorePlan() {
        Scenario s = rich();
        RunPlan plan = s.plans().get(0);
        assertEquals(2, plan.edits().size());
        assertEquals(s.runs().get(0), Scenario.Run.of("Adam, edited", "#56B4E9", false, plan));
        assertEquals(120, plan.spec().steps());
        assertEquals(-1.25, plan.spec().startX());
    }

    @Test
    void aFileMayLeaveOutWhatHasADefault() throws Exception {
        Scenario s = ScenarioJson.read("""
                {"format": "downhill-scenario", "version": 1,
                 "landscape": {"family": "quadratic"}, "steps": 10,
                 "runs": [{"name": "a", "color": "#000000", "start": [1, 2], "optimizer": {"name": "sgd"},
                           "edits": [{"step": 5, "noise": {"sigma": 1}}]}]}""");
        Landscape q = Landscapes.byId("quadratic").create();
        assertEquals(q.defaultWindow(), s.window());
        assertEquals(0, s.playhead());
        assertEquals(Scenario.Display.defaultsFor(q), s.display());
        assertEquals("", s.caption());
        Scenario.Run run = s.runs().get(0);
        assertEquals(Settings.of(OptimizerSpec.of(OptimizerKind.SGD)), run.settings());
        assertEquals(run.settings().withNoise(new NoiseSpec(1, 1, 0)), run.edits().get(0).settings());
        assertTrue(run.visible());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "truncated | {\"format\": \"downhill-scenario\", \"version\": 1, \"steps\": | not valid JSON at line 1, column 55",
        "not an object | [1, 2] | top level: must be a JSON object, not a list",
        "empty | '' | must be a JSON object, not nothing",
        "trailing text | {\"format\": \"downhill-scenario\"} x | not valid JSON at line 1",
        "NaN token | {\"format\": \"downhill-scenario\", \"version\": NaN} | not valid JSON at line 1",
        "duplicate key | {\"format\": \"downhill-scenario\", \"format\": \"x\"} | Duplicate field 'format'",
        "wrong format | {\"format\": \"pytorch\", \"version\": 1} | format: not a Downhill scenario",
        "newer version | {\"format\": \"downhill-scenario\", \"version\": 3} | version: made by a newer Downhill: version 3, this one reads up to 1",
        "version 0 | {\"format\": \"downhill-scenario\", \"version\": 0} | version: there is no version 0",
        "version text | {\"format\": \"downhill-scenario\", \"version\": \"1\"} | version: must be an integer, not the string \"1\"",
    })
    void theEnvelopeIsChecked(String what, String json, String message) {
        FileFormatException e = assertThrows(FileFormatException.class, () -> ScenarioJson.read(json), what);
        assertTrue(e.getMessage().contains(message), what + ": " + e.getMessage());
    }

    /** Changes one value of the rich scenario's JSON and expects a failure naming the path. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "runs[1].optimizer.hyper.lr | -0.1 | runs[1].optimizer.hyper.lr: Invalid value for lr: -0.1 (allowed: lr >= 0)",
        "runs[1].optimizer.hyper.lr | 1e999 | runs[1].optimizer.hyper.lr: Invalid value for lr: inf",
        "runs[1].optimizer.hyper.lr | \"fast\" | runs[1].optimizer.hyper.lr: lr must be a number, not 'fast'",
        "runs[1].optimizer.hyper.lrr | 0.1 | runs[1].optimizer.hyper.lrr: SGD has no parameter 'lrr'",
        "runs[0].optimizer.hyper.betas | [0.9] | runs[0].optimizer.hyper.betas: betas must be 2 numbers",
        "runs[0].optimizer.hyper.betas | [0.9, 1.5] | beta2 = 1.5 (allowed: 0 <= beta2 < 1)",
        "runs[1].optimizer.hyper.nesterov | true | runs[1].optimizer.hyper: SGD: Nesterov momentum requires",
        "runs[1].optimizer.name | \"Adamm\" | runs[1].optimizer.name: Unknown optimizer 'Adamm'; known: SGD",
        "runs[0].schedule.name | \"Cosine\" | runs[0].schedule.name: Unknown schedule 'Cosine'",
        "runs[0].schedule.args.milestones | [10, -1] | runs[0].schedule.args.milestones: Invalid value for milestones",
        "runs[0].schedule.warmup.steps | -1 | runs[0].schedule.warmup.steps: Invalid value for warmup_steps: -1",
        "runs[0].schedule.warmup.steps | 2.5 | runs[0].schedule.warmup.steps: warmup_steps must be an integer, not 2.5",
        "runs[0].noise.sigma | -1 | runs[0].noise.sigma: Invalid value for sigma: -1 (allowed: sigma >= 0)",
        "runs[0].noise.seed | 1e30 | runs[0].noise.seed: Invalid value for seed: 1000000000000000019884624838656",
        "runs[0].noise.seed | [1] | runs[0].noise.seed: seed must be an integer, not [1]",
        "runs[0].noise.batch | 0 | runs[0].noise.batch: Invalid value for batch: 0",
        "runs[0].edits[1].optimizer | {\"name\": \"Adagrad\"} | runs[0].edits[1]: CyclicLR: cycle_momentum=true needs an optimizer with momentum",
        "runs[0].edits[1].step | 20 | runs[0]: Edits must be in increasing order of step, but step 20 follows step 40",
        "runs[0].edits[0].step | 0 | runs[0].edits[0].step: An edit must happen at step 1 or later, not 0",
        "runs[0].color | \"red\" | runs[0]: Invalid colour 'red'",
        "runs[0].name | \" \" | runs[0]: A run needs a name",
        "runs[0].start | [1] | runs[0].start: must be [x, y], two numbers, not 1",
        "runs[0].start | [1, 1e999] | runs[0]: The start point must be finite",
        "runs[0].visible | 1 | runs[0].visible: must be true or false, not 1",
        "runs[1].expect.regime | \"fine\" | runs[1].expect.regime: unknown regime \"fine\"; known: converges",
        "runs[1].expect.destination | \"valley\" | runs[1].expect.destination: unknown destination \"valley\"",
        "runs[0].colour | \"#000000\" | runs[0].colour: unknown field; allowed here: name, color",
        "runs | [] | top level: A scenario needs at least one run",
        "runs | {} | runs: must be a list, not an object",
        "landscape.family | \"rosenbrok\" | landscape.family: Unknown landscape 'rosenbrok'; known: quadratic",
        "landscape.params.b | null | landscape.params.b: b must be a number, not nothing (null)",
        "window.x_max | -5 | window: Not a window: x from -2 to -5",
        "window.x_max | 1e300 | window: The window x from -2 to 1e+300, y from -1 to 3 is 1e+300 across; a view spans at most 1e+09",
        "window.x_max | -1.999999999999 | window: The window x from -2 to -1.999999999999, y from -1 to 3 is only",
        "runs | [RUNS9] | runs: a scenario has at most 8 runs, not 9",
        "steps | 0 | steps: Invalid value for steps: 0 (allowed: an integer 1 <= steps <= 20000)",
        "steps | 20001 | steps: Invalid value for steps: 20001 (allowed: an integer 1 <= steps <= 20000)",
        "steps | 1e12 | steps: Invalid value for steps: 1000000000000 (allowed",
        "steps | [1] | steps: steps must be an integer, not [1]",
        "landscape.params | [1, 10] | landscape.params: must be a JSON object, not a list",
        "landscape.params.a | 1e155 | landscape.params.a: Invalid value for a: 1e+155 (allowed: -1000 <= a <= 1000)",
        "runs[1].optimizer.hyper | [0.5] | runs[1].optimizer.hyper: must be a JSON object, not a list",
        "runs[0].schedule.args | [10] | runs[0].schedule.args: must be a JSON object, not a list",
        "runs[0].schedule.args.gamma | [0.5] | runs[0].schedule.args.gamma: gamma must be a number, not [0.5]",
        "playhead | 121 | top level: Invalid value for playhead: 121 (allowed: an integer 0 <= playhead <= steps = 120)",
        "display.color_map | \"jet\" | display.color_map: unknown colour map \"jet\"; known: viridis, magma, cividis, grey",
        "display.text_scale | 9 | display.text_scale: Invalid value for text_scale: 9",
        "caption | 3 | caption: must be a string, not 3",
        "caption | \"{lr('SGD') < 1}\" | caption: In the placeholder at character 1 of the caption",
        "caption | \"{lr('X')}\" | top level: The caption names the run 'X', but there is no such run",
        "claims[0] | \"steps_to('SGD') < 1\" | claims[0]: steps_to(run, number) takes 2 arguments, not 1",
        "claims[1] | \"lr('Nobody') > 0\" | top level: The claim 'lr('Nobody') > 0' names the run 'Nobody'",
        "claims[1] | 1 | claims[1]: must be a string, not 1",
        "claims | {} | claims: must be a list, not an object",
    })
    void everyValueIsCheckedWhereItStands(String path, String value, String message) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(ScenarioJson.write(rich()));
        JsonNode run = root.get("runs").get(1);
        set(root, path, JSON.readTree(value.replace("RUNS9", String.join(",", Collections.nCopies(9, run.toString())))));
        FileFormatException e = assertThrows(FileFormatException.class, () -> ScenarioJson.read(root.toString()));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"format", "version", "landscape", "steps", "runs", "runs[0].name", "runs[0].start",
        "runs[0].optimizer", "landscape.family", "runs[0].edits[0].step", "window.y_min", "runs[1].expect.regime"})
    void aMissingFieldIsNamed(String path) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(ScenarioJson.write(rich()));
        int dot = path.lastIndexOf('.');
        ((ObjectNode) (dot < 0 ? root : at(root, path.substring(0, dot)))).remove(path.substring(dot + 1));
        FileFormatException e = assertThrows(FileFormatException.class, () -> ScenarioJson.read(root.toString()));
        assertEquals(path + ": missing", e.getMessage());
    }

    @Test
    void aBrokenFileFailsOnlyWithAFileFormatException() throws Exception {
        String json = ScenarioJson.write(rich());
        // every cut short of the closing brace (the text ends with a newline, which a cut may drop)
        for (int end = 0; end < json.stripTrailing().length(); end += 7) {
            String cut = json.substring(0, end);
            assertThrows(FileFormatException.class, () -> ScenarioJson.read(cut), cut);
        }
        JsonNodeFactory n = JsonNodeFactory.instance;
        List<JsonNode> replacements = List.of(n.nullNode(), n.textNode("x"), n.numberNode(-1), n.numberNode(1e300),
                n.numberNode(0.5), n.booleanNode(true), n.arrayNode(), n.objectNode());
        ObjectNode root = (ObjectNode) JSON.readTree(json);
        List<String> paths = new ArrayList<>();
        collect(root, "", paths);
        for (String path : paths) {
            for (JsonNode replacement : replacements) {
                ObjectNode copy = root.deepCopy();
                set(copy, path, replacement);
                try {
                    ScenarioJson.read(copy.toString());
                } catch (FileFormatException expected) {
                    assertTrue(expected.getMessage().length() > 10, expected.getMessage());
                }
            }
        }
        assertTrue(paths.size() > 100, "paths: " + paths.size());
    }

    @Test
    void aFileIsNamedInItsMessages(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lesson.json");
        ScenarioJson.write(rich(), file);
        assertEquals(rich(), ScenarioJson.read(file));
        Files.writeString(file, "{\"format\": \"downhill-scenario\", \"version\": 2}");
        FileFormatException e = assertThrows(FileFormatException.class, () -> ScenarioJson.read(file));
        assertEquals("lesson.json: version: made by a newer Downhill: version 2, this one reads up to 1", e.getMessage());
        FileFormatException missing = assertThrows(FileFormatException.class,
                () -> ScenarioJson.read(dir.resolve("none.json")));
        assertTrue(missing.getMessage().startsWith("No such file: "), missing.getMessage());
    }

    /** Every path to a leaf or element of a tree, e.g. {@code runs[0].start[1]}. */
    private static void collect(JsonNode node, String path, List<String> out) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> collect(node.get(name), path.isEmpty() ? name : path + "." + name, out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", out);
            }
        }
        if (!path.isEmpty()) {
            out.add(path);
        }
    }

    private static void set(ObjectNode root, String path, JsonNode value) {
        int split = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        if (split > 0 && path.charAt(split) == '[') {
            ArrayNode array = (ArrayNode) at(root, path.substring(0, split));
            array.set(Integer.parseInt(path.substring(split + 1, path.length() - 1)), value);
        } else {
            ((ObjectNode) (split < 0 ? root : at(root, path.substring(0, split)))).set(path.substring(split + 1), value);
        }
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            String[] pieces = part.split("\\[");
            node = node.get(pieces[0]);
            for (String index : Arrays.copyOfRange(pieces, 1, pieces.length)) {
                node = node.get(Integer.parseInt(index.substring(0, index.length() - 1)));
            }
        }
        return node;
    }
}
