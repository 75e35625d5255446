package org.downhill.scenario;

import java.util.ArrayList;
import java.util.List;
import org.downhill.param.Excerpt;

/**
 * The scenarios shipped with Downhill, in teaching order. They live as scenario files (see
 * {@link ScenarioJson}) under {@code org/downhill/scenario/presets/} on the class path, with an
 * {@code index.json} that lists their ids and titles in order:
 * {@code {"presets": [{"id": "lr-too-small", "title": "Too small a learning rate"}, ...]}}.
 * They are read once, on first use.
 */
public final class Presets {
    private static final String FOLDER = "presets/";
    private static List<Preset> loaded;

    private Presets() {
    }

    /**
     * Every preset, in the index's order; an unmodifiable list.
     *
     * @throws IllegalStateException if a shipped file is missing or broken (a defect of the build,
     *                               which the tests catch)
     */
    public static synchronized List<Preset> all() {
        if (loaded == null) {
            loaded = load();
        }
        return loaded;
    }

    /**
     * The preset with this id.
     *
     * @throws IllegalArgumentException naming the known ids if there is none
     */
    public static Preset byId(String id) {
        return all().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown preset '" + Excerpt.of(id) + "'; known: "
                        + String.join(", ", all().stream().map(Preset::id).toList())));
    }

    private static List<Preset> load() {
        String index = FOLDER + "index.json";
        try {
            List<Preset> presets = new ArrayList<>();
            JsonAt root = JsonAt.parse(Resources.text(index));
            root.object("presets");
            for (JsonAt entry : root.field("presets").elements()) {
                entry.object("id", "title");
                String id = entry.field("id").text();
                String title = entry.field("title").text();
                String file = FOLDER + id + ".json";
                try {
                    presets.add(new Preset(id, title, ScenarioJson.read(Resources.text(file))));
                } catch (FileFormatException e) {
                    throw new IllegalStateException("Broken preset " + file + ": " + e.getMessage(), e);
                }
            }
            return List.copyOf(presets);
        } catch (FileFormatException e) {
            throw new IllegalStateException("Broken preset index " + index + ": " + e.getMessage(), e);
        }
    }
}
