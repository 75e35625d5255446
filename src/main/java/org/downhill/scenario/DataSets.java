package org.downhill.scenario;

import java.util.ArrayList;
import java.util.List;
import org.downhill.data.DataSet;
import org.downhill.data.Model;
import org.downhill.param.Excerpt;
import org.downhill.param.InvalidParameterException;

/**
 * The data sets shipped with Downhill: CSV files (see {@link DataCsv}) under
 * {@code org/downhill/scenario/data/} on the class path, listed in order with a title, the model
 * they suit and a description by {@code index.json}: {@code {"data_sets": [{"name": "faithful",
 * "title": "Old Faithful eruptions", "model": "linear", "description": "..."}, ...]}}. Each file's
 * columns are in the order its model uses them. Read once, on first use; where each set comes
 * from, and its licence, is in docs/data-sets.md.
 */
public final class DataSets {
    private static final String FOLDER = "data/";
    private static List<Entry> loaded;

    /**
     * A shipped data set with what the index says about it.
     *
     * @param data        the data
     * @param model       the model it is made for (its columns are in that model's order)
     * @param description one sentence on what it is
     */
    public record Entry(DataSet data, Model model, String description) {
    }

    private DataSets() {
    }

    /**
     * Every shipped data set, in the index's order; an unmodifiable list.
     *
     * @throws IllegalStateException if a shipped file is missing or broken (a defect of the build,
     *                               which the tests catch)
     */
    public static synchronized List<Entry> all() {
        if (loaded == null) {
            loaded = load();
        }
        return loaded;
    }

    /**
     * The shipped data set with this name.
     *
     * @throws InvalidParameterException naming the known sets if there is none
     */
    public static Entry byName(String name) {
        return all().stream().filter(e -> e.data().name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidParameterException("Unknown data set '" + Excerpt.of(name) + "'; known: "
                        + String.join(", ", all().stream().map(e -> e.data().name()).toList())));
    }

    /** Whether a data set is one of the shipped ones, values and all (a file may reuse a name). */
    public static boolean isShipped(DataSet data) {
        return all().stream().anyMatch(e -> e.data().equals(data));
    }

    private static List<Entry> load() {
        String index = FOLDER + "index.json";
        try {
            List<Entry> sets = new ArrayList<>();
            JsonAt root = JsonAt.parse(Resources.text(index));
            root.object("data_sets");
            for (JsonAt entry : root.field("data_sets").elements()) {
                entry.object("name", "title", "model", "description");
                String name = entry.field("name").text();
                String title = entry.field("title").text();
                JsonAt modelAt = entry.field("model");
                String modelId = modelAt.text();
                Model model = modelAt.check(() -> Model.byId(modelId));
                String file = name + ".csv";
                sets.add(new Entry(new DataSet(name, title, DataCsv.parse(Resources.text(FOLDER + file), file)), model,
                        entry.field("description").text()));
            }
            return List.copyOf(sets);
        } catch (FileFormatException e) {
            throw new IllegalStateException("Broken shipped data set: " + e.getMessage(), e);
        }
    }
}
