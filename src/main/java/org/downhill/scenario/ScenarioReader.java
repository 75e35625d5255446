package org.downhill.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.downhill.claim.Caption;
import org.downhill.claim.Claim;
import org.downhill.diagnose.Destination;
import org.downhill.diagnose.Regime;
import org.downhill.landscape.ColorScaling;
import org.downhill.landscape.FormulaLandscape;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.LandscapeFamily;
import org.downhill.landscape.Landscapes;
import org.downhill.landscape.Window;
import org.downhill.landscape.formula.Expression;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.param.Excerpt;
import org.downhill.param.Param;
import org.downhill.param.ParamSchema;
import org.downhill.param.ParamSet;
import org.downhill.render.ColorMap;
import org.downhill.schedule.ScheduleKind;
import org.downhill.schedule.ScheduleSpec;
import org.downhill.schedule.Warmup;
import org.downhill.sim.Batching;
import org.downhill.sim.Edit;
import org.downhill.sim.NoiseSpec;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;

/**
 * Reads the current version of the scenario format (see {@link ScenarioJson}) from a parsed
 * document, checking every value where it stands so that a failure names its path.
 */
final class ScenarioReader {
    private ScenarioReader() {
    }

    /** The scenario in a document whose format and version have been checked. */
    static Scenario scenario(JsonAt root) throws FileFormatException {
        root.object("format", "version", "caption", "landscape", "window", "steps", "playhead", "display", "runs",
                "claims");
        Landscape landscape = landscape(root.field("landscape"));
        JsonAt windowAt = root.optional("window");
        Window window = windowAt == null ? landscape.defaultWindow() : window(windowAt);
        int steps = (Integer) root.field("steps").as(RunSpec.STEPS);
        JsonAt playheadAt = root.optional("playhead");
        int playhead = playheadAt == null ? 0 : playheadAt.integer();
        JsonAt displayAt = root.optional("display");
        Scenario.Display display = displayAt == null ? Scenario.Display.defaultsFor(landscape)
                : display(displayAt, Scenario.Display.defaultsFor(landscape));
        JsonAt runsAt = root.field("runs");
        List<JsonAt> runElements = runsAt.elements();
        if (runElements.size() > Scenario.MAX_RUNS) {
            throw runsAt.error("a scenario has at most " + Scenario.MAX_RUNS + " runs, not " + runElements.size());
        }
        List<Scenario.Run> runs = new ArrayList<>();
        for (JsonAt run : runElements) {
            runs.add(run(run));
        }
        JsonAt captionAt = root.optional("caption");
        String caption = captionAt == null ? "" : captionAt.text();
        if (captionAt != null) {
            captionAt.check(() -> Caption.parse(caption));
        }
        List<Claim> claims = new ArrayList<>();
        JsonAt claimsAt = root.optional("claims");
        if (claimsAt != null) {
            for (JsonAt claim : claimsAt.elements()) {
                String text = claim.text();
                claims.add(claim.check(() -> Claim.parse(text)));
            }
        }
        return root.check(() -> new Scenario(landscape, window, steps, playhead, display, runs, caption, claims));
    }

    private static Landscape landscape(JsonAt at) throws FileFormatException {
        if (TrainingJson.isModel(at)) {
            return TrainingJson.landscape(at);
        }
        at.object();
        JsonAt familyAt = at.field("family");
        String id = familyAt.text();
        if (id.equals(FormulaLandscape.ID)) {
            return formulaLandscape(at);
        }
        at.object("family", "params");
        LandscapeFamily family = familyAt.check(() -> Landscapes.byId(id));
        ParamSet params = params(at.optional("params"), family.schema());
        return at.check(() -> family.create(params));
    }

    /**
     * A typed formula: its text, its default window ([-3, 3] x [-3, 3] if there is none) and its
     * parameter values (1 for one not given).
     */
    private static Landscape formulaLandscape(JsonAt at) throws FileFormatException {
        at.object("family", "formula", "default_window", "params");
        JsonAt textAt = at.field("formula");
        String text = textAt.text();
        Expression expression = textAt.check(() -> Expression.parse(text));
        JsonAt windowAt = at.optional("default_window");
        Window window = windowAt == null ? FormulaLandscape.DEFAULT_WINDOW : window(windowAt);
        ParamSet read = params(at.optional("params"),
                FormulaLandscape.family(expression, Map.of(), window, ColorScaling.LINEAR).schema());
        Map<String, Double> values = new LinkedHashMap<>();
        read.values().forEach((name, value) -> values.put(name, (Double) value));
        return at.check(() -> FormulaLandscape.of(expression, values, window, ColorScaling.LINEAR));
    }

    private static Window window(JsonAt at) throws FileFormatException {
        at.object("x_min", "x_max", "y_min", "y_max");
        double xMin = at.field("x_min").number();
        double xMax = at.field("x_max").number();
        double yMin = at.field("y_min").number();
        double yMax = at.field("y_max").number();
        return at.check(() -> new Window(xMin, xMax, yMin, yMax).requireViewable());
    }

    private static Scenario.Display display(JsonAt at, Scenario.Display defaults) throws FileFormatException {
        at.object("color_map", "log_scale", "contours", "minima", "gradient_field", "anatomy", "text_scale", "panels");
        JsonAt mapAt = at.optional("color_map");
        ColorMap map = mapAt == null ? defaults.colorMap() : choice(mapAt, ColorMap.values(), "colour map");
        JsonAt textAt = at.optional("text_scale");
        double textScale = textAt == null ? defaults.textScale() : textAt.number();
        boolean logScale = flag(at, "log_scale", defaults.logScale());
        boolean contours = flag(at, "contours", defaults.contours());
        boolean minima = flag(at, "minima", defaults.minima());
        boolean gradientField = flag(at, "gradient_field", defaults.gradientField());
        boolean anatomy = flag(at, "anatomy", defaults.anatomy());
        boolean panels = flag(at, "panels", defaults.panels());
        return (textAt == null ? at : textAt).check(() -> new Scenario.Display(map, logScale, contours, minima,
                gradientField, anatomy, textScale, panels));
    }

    private static Scenario.Run run(JsonAt at) throws FileFormatException {
        at.object("name", "color", "visible", "start", "optimizer", "schedule", "noise", "edits", "expect", "batches");
        String name = at.field("name").text();
        String color = at.field("color").text();
        boolean visible = flag(at, "visible", true);
        JsonAt startAt = at.field("start");
        List<JsonAt> start = startAt.elements();
        if (start.size() != 2) {
            throw startAt.error("must be [x, y], two numbers, not " + start.size());
        }
        double x = start.get(0).number();
        double y = start.get(1).number();
        Settings settings = settings(at, null);
        List<Edit> edits = new ArrayList<>();
        JsonAt editsAt = at.optional("edits");
        if (editsAt != null) {
            Settings before = settings;
            for (JsonAt edit : editsAt.elements()) {
                edit.object("step", "optimizer", "schedule", "noise");
                JsonAt stepAt = edit.field("step");
                int step = stepAt.integer();
                Settings changed = settings(edit, before);
                edits.add(stepAt.check(() -> new Edit(step, changed)));
                before = changed;
            }
        }
        JsonAt expectAt = at.optional("expect");
        Scenario.Expectation expect = expectAt == null ? null : expectation(expectAt);
        Batching batching = TrainingJson.batches(at.optional("batches"));
        return at.check(() -> new Scenario.Run(name, color, visible, x, y, settings, edits, expect, batching));
    }

    /**
     * The settings given in an object: what it leaves out stays as {@code before}; with no
     * {@code before} (a run's start) the optimizer is required, the schedule is constant and the
     * gradients exact.
     */
    private static Settings settings(JsonAt at, Settings before) throws FileFormatException {
        JsonAt optimizerAt = before == null ? at.field("optimizer") : at.optional("optimizer");
        JsonAt scheduleAt = at.optional("schedule");
        JsonAt noiseAt = at.optional("noise");
        OptimizerSpec optimizer = optimizerAt == null ? before.optimizer() : optimizer(optimizerAt);
        ScheduleSpec schedule = scheduleAt != null ? schedule(scheduleAt)
                : before == null ? ScheduleSpec.CONSTANT : before.schedule();
        NoiseSpec noise = noiseAt != null ? noise(noiseAt) : before == null ? NoiseSpec.NONE : before.noise();
        return at.check(() -> new Settings(optimizer, schedule, noise));
    }

    private static OptimizerSpec optimizer(JsonAt at) throws FileFormatException {
        at.object("name", "hyper");
        JsonAt nameAt = at.field("name");
        String name = nameAt.text();
        OptimizerKind kind = nameAt.check(() -> OptimizerKind.byName(name));
        return new OptimizerSpec(kind, params(at.optional("hyper"), kind.schema()));
    }

    private static ScheduleSpec schedule(JsonAt at) throws FileFormatException {
        at.object("name", "args", "warmup");
        JsonAt nameAt = at.field("name");
        String name = nameAt.text();
        ScheduleKind kind = nameAt.check(() -> ScheduleKind.byName(name));
        ParamSet args = params(at.optional("args"), kind.schema());
        JsonAt warmupAt = at.optional("warmup");
        return new ScheduleSpec(kind, args, warmupAt == null ? Warmup.NONE : warmup(warmupAt));
    }

    /** A warm-up, each value checked by its descriptor in {@link Warmup} (the file's names are shorter). */
    private static Warmup warmup(JsonAt at) throws FileFormatException {
        at.object("steps", "start_factor");
        JsonAt stepsAt = at.optional("steps");
        JsonAt factorAt = at.optional("start_factor");
        int steps = stepsAt == null ? Warmup.NONE.steps() : (Integer) stepsAt.as(Warmup.STEPS);
        double factor = factorAt == null ? Warmup.NONE.startFactor() : (Double) factorAt.as(Warmup.START_FACTOR);
        return at.check(() -> new Warmup(steps, factor));
    }

    /** Gradient noise: the fields of {@link NoiseSpec#SCHEMA}, by their names. */
    private static NoiseSpec noise(JsonAt at) throws FileFormatException {
        return NoiseSpec.of(params(at, NoiseSpec.SCHEMA));
    }

    private static Scenario.Expectation expectation(JsonAt at) throws FileFormatException {
        at.object("regime", "destination");
        JsonAt regimeAt = at.field("regime");
        String regimeName = regimeAt.text();
        Regime regime = Arrays.stream(Regime.values()).filter(r -> r.referenceName().equals(regimeName)).findFirst()
                .orElseThrow(() -> regimeAt.error("unknown regime \"" + Excerpt.of(regimeName) + "\"; known: "
                        + String.join(", ", Arrays.stream(Regime.values()).map(Regime::referenceName).toList())));
        Destination destination = choice(at.field("destination"), Destination.values(), "destination");
        return new Scenario.Expectation(regime, destination);
    }

    /**
     * Parameter values given by name, each checked by its descriptor where it stands, the rest at
     * their defaults, then the rule across them; {@code null} means all defaults.
     */
    private static ParamSet params(JsonAt at, ParamSchema schema) throws FileFormatException {
        if (at == null) {
            return schema.defaults();
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonAt> field : at.fields().entrySet()) {
            JsonAt valueAt = field.getValue();
            Param param = valueAt.check(() -> schema.param(field.getKey()));
            values.put(param.name(), valueAt.as(param));
        }
        return at.check(() -> schema.bind(values));
    }

    private static boolean flag(JsonAt object, String name, boolean absent) throws FileFormatException {
        JsonAt at = object.optional(name);
        return at == null ? absent : at.bool();
    }

    /** An enum constant spelled as its lower-case name, e.g. {@code global_minimum}. */
    private static <E extends Enum<E>> E choice(JsonAt at, E[] values, String what) throws FileFormatException {
        String text = at.text();
        return Arrays.stream(values).filter(v -> id(v).equals(text)).findFirst()
                .orElseThrow(() -> at.error("unknown " + what + " \"" + Excerpt.of(text) + "\"; known: "
                        + String.join(", ", Arrays.stream(values).map(ScenarioReader::id).toList())));
    }

    /** The lower-case name a file uses for an enum constant. */
    static String id(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
