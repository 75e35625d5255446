package org.downhill.scenario;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.downhill.data.DataSet;
import org.downhill.data.DataTable;
import org.downhill.data.Model;
import org.downhill.data.ModelLandscape;
import org.downhill.param.Excerpt;
import org.downhill.sim.Batching;

/**
 * The parts of a scenario file that describe training on data (see {@link ScenarioJson}): a
 * landscape that is a model on a data set, and a run's mini-batches.
 *
 * <pre>
 * "landscape": {"model": "linear", "data": {"name": "faithful"}, "columns": ["eruptions", "waiting"],
 *               "standardize": false}
 * "landscape": {"model": "linear", "data": {"name": "my.csv", "title": "my.csv", "csv": "x,y\n1,2\n..."},
 *               "columns": ["x", "y"], "standardize": true}
 * "batches": {"size": 16, "shuffle": true, "seed": 7}          (in a run; "size": "all" for full batch)
 * </pre>
 *
 * <p>A shipped data set is stored by its name; any other (a user's CSV file) is stored itself, as CSV
 * text, every number written so that it reads back exactly, so the scenario does not depend on the
 * file staying where it was. A run
 * without {@code batches} takes the gradient of the whole landscape at every step.
 */
final class TrainingJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TrainingJson() {
    }

    /** Whether a landscape object describes a model on data rather than a formula family. */
    static boolean isModel(JsonAt landscape) {
        return landscape.optional("model") != null;
    }

    /** The landscape object of a model on data. */
    static ObjectNode landscape(ModelLandscape f) {
        ObjectNode node = NODES.objectNode();
        node.put("model", f.model().id());
        ObjectNode data = node.putObject("data");
        data.put("name", f.data().name());
        if (!DataSets.isShipped(f.data())) {
            data.put("title", f.data().title());
            data.put("csv", DataCsv.write(f.data().table()));
        }
        f.columns().forEach(node.putArray("columns")::add);
        node.put("standardize", f.standardized());
        return node;
    }

    /** A model on data from its landscape object. */
    static ModelLandscape landscape(JsonAt at) throws FileFormatException {
        at.object("model", "data", "columns", "standardize");
        JsonAt modelAt = at.field("model");
        String modelId = modelAt.text();
        Model model = modelAt.check(() -> Model.byId(modelId));
        DataSet data = data(at.field("data"));
        List<String> columns = new ArrayList<>();
        for (JsonAt column : at.field("columns").elements()) {
            columns.add(column.text());
        }
        JsonAt standardizeAt = at.optional("standardize");
        boolean standardize = standardizeAt != null && standardizeAt.bool();
        return at.check(() -> ModelLandscape.of(model, data, columns, standardize));
    }

    private static DataSet data(JsonAt at) throws FileFormatException {
        at.object("name", "title", "csv");
        JsonAt nameAt = at.field("name");
        String name = nameAt.text();
        JsonAt csvAt = at.optional("csv");
        if (csvAt == null) {
            return nameAt.check(() -> DataSets.byName(name).data());
        }
        JsonAt titleAt = at.optional("title");
        String title = titleAt == null ? name : titleAt.text();
        DataTable table;
        try {
            table = DataCsv.parse(csvAt.text(), "the CSV text");
        } catch (FileFormatException e) {
            throw csvAt.error(e.getMessage());
        }
        return at.check(() -> new DataSet(name, title, table));
    }

    /** A run's batches object, or {@code null} for {@link Batching#NONE}. */
    static ObjectNode batches(Batching b) {
        if (b.isNone()) {
            return null;
        }
        ObjectNode node = NODES.objectNode();
        if (b.size() == Batching.ALL_ROWS) {
            node.put("size", "all");
        } else {
            node.put("size", b.size());
        }
        node.put("shuffle", b.shuffle());
        node.put("seed", b.seed());
        return node;
    }

    /** A run's batches from its (optional) {@code batches} object. */
    static Batching batches(JsonAt at) throws FileFormatException {
        if (at == null) {
            return Batching.NONE;
        }
        at.object("size", "shuffle", "seed");
        JsonAt sizeAt = at.field("size");
        int size = sizeAt.plain() instanceof String ? all(sizeAt) : sizeAt.integer();
        JsonAt shuffleAt = at.optional("shuffle");
        JsonAt seedAt = at.optional("seed");
        boolean shuffle = shuffleAt != null && shuffleAt.bool();
        long seed = seedAt == null ? 0 : seedAt.longInteger();
        return sizeAt.check(() -> Batching.of(size, shuffle, seed));
    }

    private static int all(JsonAt at) throws FileFormatException {
        if (!"all".equals(at.text())) {
            throw at.error("must be a number of rows or \"all\", not \"" + Excerpt.of(at.text()) + "\"");
        }
        return Batching.ALL_ROWS;
    }
}
