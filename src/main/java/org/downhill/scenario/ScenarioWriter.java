package org.downhill.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.downhill.data.ModelLandscape;
import org.downhill.landscape.FormulaLandscape;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Window;
import org.downhill.optim.OptimizerSpec;
import org.downhill.param.ParamSet;
import org.downhill.schedule.ScheduleSpec;
import org.downhill.sim.Edit;
import org.downhill.sim.NoiseSpec;
import org.downhill.sim.Settings;

/**
 * Turns a scenario into the JSON tree of the current format version (see {@link ScenarioJson}).
 * Every value is written, defaults included, so that a file means the same whatever defaults a
 * later version has.
 */
final class ScenarioWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ScenarioWriter() {
    }

    /** The document for a scenario, fields in a fixed order. */
    static ObjectNode scenario(Scenario s) {
        ObjectNode root = NODES.objectNode();
        root.put("format", ScenarioJson.FORMAT);
        root.put("version", ScenarioJson.VERSION);
        if (!s.caption().isEmpty()) {
            root.put("caption", s.caption());
        }
        root.set("landscape", landscape(s.landscape()));
        root.set("window", window(s.window()));
        root.put("steps", s.steps());
        root.put("playhead", s.playhead());
        root.set("display", display(s.display()));
        ArrayNode runs = root.putArray("runs");
        s.runs().forEach(r -> runs.add(run(r)));
        if (!s.claims().isEmpty()) {
            ArrayNode claims = root.putArray("claims");
            s.claims().forEach(c -> claims.add(c.text()));
        }
        return root;
    }

    private static ObjectNode landscape(Landscape l) {
        if (l instanceof ModelLandscape model) {
            return TrainingJson.landscape(model);
        }
        ObjectNode landscape = NODES.objectNode();
        landscape.put("family", l.family().id());
        formula(landscape, l);
        landscape.set("params", params(l.params()));
        return landscape;
    }

    /** A typed formula's text and default window; nothing for a built-in landscape. */
    private static void formula(ObjectNode into, Landscape landscape) {
        if (landscape.family().id().equals(FormulaLandscape.ID)) {
            into.put("formula", landscape.formula().plain());
            into.set("default_window", window(landscape.defaultWindow()));
        }
    }

    private static ObjectNode window(Window w) {
        ObjectNode node = NODES.objectNode();
        node.put("x_min", w.xMin());
        node.put("x_max", w.xMax());
        node.put("y_min", w.yMin());
        node.put("y_max", w.yMax());
        return node;
    }

    private static ObjectNode display(Scenario.Display d) {
        ObjectNode node = NODES.objectNode();
        node.put("color_map", ScenarioReader.id(d.colorMap()));
        node.put("log_scale", d.logScale());
        node.put("contours", d.contours());
        node.put("minima", d.minima());
        node.put("gradient_field", d.gradientField());
        node.put("anatomy", d.anatomy());
        node.put("text_scale", d.textScale());
        node.put("panels", d.panels());
        return node;
    }

    private static ObjectNode run(Scenario.Run r) {
        ObjectNode node = NODES.objectNode();
        node.put("name", r.name());
        node.put("color", r.color());
        node.put("visible", r.visible());
        node.putArray("start").add(r.startX()).add(r.startY());
        settings(node, r.settings());
        if (!r.edits().isEmpty()) {
            ArrayNode edits = node.putArray("edits");
            for (Edit e : r.edits()) {
                ObjectNode edit = edits.addObject();
                edit.put("step", e.step());
                settings(edit, e.settings());
            }
        }
        ObjectNode batches = TrainingJson.batches(r.batching());
        if (batches != null) {
            node.set("batches", batches);
        }
        if (r.expect() != null) {
            ObjectNode expect = node.putObject("expect");
            expect.put("regime", r.expect().regime().referenceName());
            expect.put("destination", ScenarioReader.id(r.expect().destination()));
        }
        return node;
    }

    private static void settings(ObjectNode into, Settings s) {
        OptimizerSpec o = s.optimizer();
        ObjectNode optimizer = into.putObject("optimizer");
        optimizer.put("name", o.kind().torchName());
        optimizer.set("hyper", params(o.hyper()));
        ScheduleSpec sc = s.schedule();
        ObjectNode schedule = into.putObject("schedule");
        schedule.put("name", sc.kind().torchName());
        schedule.set("args", params(sc.args()));
        ObjectNode warmup = schedule.putObject("warmup");
        warmup.put("steps", sc.warmup().steps());
        warmup.put("start_factor", sc.warmup().startFactor());
        NoiseSpec n = s.noise();
        ObjectNode noise = into.putObject("noise");
        noise.put("sigma", n.sigma());
        noise.put("batch", n.batch());
        noise.put("seed", n.seed());
    }

    private static ObjectNode params(ParamSet set) {
        ObjectNode node = NODES.objectNode();
        for (Map.Entry<String, Object> e : set.values().entrySet()) {
            node.set(e.getKey(), value(e.getValue()));
        }
        return node;
    }

    /** A parameter value (see {@link org.downhill.param.Param} for the types) as JSON. */
    private static JsonNode value(Object v) {
        if (v == null) {
            return NODES.nullNode();
        }
        if (v instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (v instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (v instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(item -> array.add(value(item)));
            return array;
        }
        return NODES.textNode((String) v);
    }
}
