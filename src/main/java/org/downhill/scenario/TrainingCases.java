package org.downhill.scenario;

import java.nio.file.Path;
import java.util.List;
import org.downhill.data.DataSet;
import org.downhill.data.DataTable;
import org.downhill.data.Model;
import org.downhill.data.ModelLandscape;
import org.downhill.sim.Batching;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;

/**
 * Reads cases in the training reference format: a manifest with {@code datasets} (name to a list
 * of rows in the model's layout, {@code [x, y]} or {@code [x1, x2, label]}) and {@code cases}, or a
 * single case object. A case has {@code id}, {@code data} (the name of a set in the manifest's
 * {@code datasets} or of a shipped set, or the rows themselves), {@code model} ({@code linear},
 * {@code logistic}, {@code neuron}), {@code start [p1, p2]}, {@code batch_size}, {@code epochs},
 * {@code optimizer} and {@code schedule} as in the trajectory format ({@link TorchCases}), and
 * optionally {@code csv}, {@code rows}, {@code termination} and {@code notes}. The data are used in
 * their stored order, unscaled. The reading is as strict as {@link TorchCases}', and a refusal
 * names the file and the path of the value.
 */
public final class TrainingCases {
    private static final String[] MANIFEST_FIELDS = {"cases", "format_version", "description", "csv_columns",
        "models", "datasets"};
    private static final String[] CASE_FIELDS = {"id", "csv", "data", "model", "start", "batch_size", "epochs",
        "optimizer", "schedule", "rows", "termination", "notes"};

    private TrainingCases() {
    }

    /**
     * Every case in a file.
     *
     * @throws FileFormatException if the file is missing, not JSON, holds no case, or a case is broken
     */
    public static List<TrainingCase> readAll(Path file) throws FileFormatException {
        return TorchCases.readAll(file, MANIFEST_FIELDS, TrainingCases::parse);
    }

    /**
     * Every case in a JSON text: a manifest's cases, or the one case the text is.
     *
     * @throws FileFormatException if the text is not JSON, holds no case, or a case is broken
     */
    public static List<TrainingCase> readAll(String json) throws FileFormatException {
        return TorchCases.readAll(json, MANIFEST_FIELDS, TrainingCases::parse);
    }

    /**
     * The case with this id; with a null id, the file's only case.
     *
     * @throws FileFormatException if the file is broken, the id unknown, or the choice ambiguous
     */
    public static TrainingCase read(Path file, String id) throws FileFormatException {
        return TorchCases.pick(readAll(file), TrainingCase::id, id, file);
    }

    private static TrainingCase parse(JsonAt root, JsonAt at) throws FileFormatException {
        at.object(CASE_FIELDS);
        JsonAt modelAt = at.field("model");
        String modelId = modelAt.text();
        Model model = modelAt.check(() -> Model.byId(modelId));
        JsonAt dataAt = at.field("data");
        DataSet data = data(root, dataAt, model);
        ModelLandscape landscape = dataAt.check(() -> ModelLandscape.of(model, data, data.table().names(), false));
        double[] start = TorchCases.point(at.field("start"));
        JsonAt batchAt = at.field("batch_size");
        int batchSize = batchAt.integer();
        Batching batching = batchAt.check(() -> Batching.of(batchSize));
        JsonAt epochsAt = at.field("epochs");
        int epochs = epochsAt.integer();
        int steps = epochsAt.check(() -> batching.steps(landscape.rows(), epochs));
        Settings settings = TorchCases.settings(at);
        RunSpec spec = at.check(() -> new RunSpec(landscape, start[0], start[1], steps, settings, batching));
        TorchCases.text(at, "notes");
        return new TrainingCase(TorchCases.text(at, "id"), TorchCases.text(at, "csv"), spec, epochs,
                TorchCases.rows(at), TorchCases.termination(at));
    }

    /** The rows named by (or given as) {@code data}, as columns named after the model's roles. */
    private static DataSet data(JsonAt root, JsonAt data, Model model) throws FileFormatException {
        if (data.isText()) {
            String name = data.text();
            JsonAt sets = root.optional("datasets");
            JsonAt set = sets == null ? null : sets.object().optional(name);
            if (set != null) {
                return new DataSet(name, name, rows(set, model));
            }
            DataSet shipped = data.check(() -> DataSets.byName(name).data());
            return new DataSet(name, shipped.title(), shipped.table().renamed(model.roles()));
        }
        return new DataSet("data", "data", rows(data, model));
    }

    private static DataTable rows(JsonAt list, Model model) throws FileFormatException {
        List<JsonAt> elements = list.elements();
        if (elements.isEmpty()) {
            throw list.error("must be a list of rows, not an empty list");
        }
        double[][] rows = new double[elements.size()][];
        for (int i = 0; i < rows.length; i++) {
            List<JsonAt> row = elements.get(i).elements();
            rows[i] = new double[row.size()];
            for (int j = 0; j < row.size(); j++) {
                rows[i][j] = row.get(j).number();
            }
        }
        return list.check(() -> DataTable.ofRows(model.roles(), rows));
    }
}
