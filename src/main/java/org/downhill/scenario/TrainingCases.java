package org.downhill.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.downhill.data.DataSet;
import org.downhill.data.DataTable;
import org.downhill.data.Model;
import org.downhill.data.ModelLandscape;
import org.downhill.sim.Batching;
import org.downhill.sim.RunSpec;

/**
 * Reads cases in the training reference format: a manifest with {@code datasets} (name to a list
 * of rows in the model's layout, {@code [x, y]} or {@code [x1, x2, label]}) and {@code cases}, or a
 * single case object. A case has {@code id}, {@code data} (the name of a set in the manifest's
 * {@code datasets} or of a shipped set, or the rows themselves), {@code model} ({@code linear},
 * {@code logistic}, {@code neuron}), {@code start [p1, p2]}, {@code batch_size}, {@code epochs},
 * {@code optimizer} and {@code schedule} as in the trajectory format ({@link TorchCases}), and
 * optionally {@code csv}, {@code rows} and {@code termination}. The data are used in their stored
 * order, unscaled.
 */
public final class TrainingCases {
    private TrainingCases() {
    }

    /**
     * Every case in a file.
     *
     * @throws FileFormatException if the file is missing, not JSON, or a case is broken
     */
    public static List<TrainingCase> readAll(Path file) throws FileFormatException {
        return TorchCases.readAll(file, TrainingCases::parse);
    }

    /**
     * The case with this id; with a null id, the file's only case.
     *
     * @throws FileFormatException if the file is broken, the id unknown, or the choice ambiguous
     */
    public static TrainingCase read(Path file, String id) throws FileFormatException {
        return TorchCases.pick(readAll(file), TrainingCase::id, id, file);
    }

    private static TrainingCase parse(JsonNode root, JsonNode node, String where) throws FileFormatException {
        String at = TorchCases.place(node, where);
        String id = TorchCases.id(node);
        try {
            Model model = Model.byId(TorchCases.text(node, "model", at));
            DataSet data = data(root, TorchCases.field(node, "data", at), model, at);
            ModelLandscape landscape = ModelLandscape.of(model, data, data.table().names(), false);
            double[] start = TorchCases.point(TorchCases.field(node, "start", at), at);
            Batching batching = Batching.of(TorchCases.integer(node, "batch_size", at));
            int epochs = TorchCases.integer(node, "epochs", at);
            RunSpec spec = new RunSpec(landscape, start[0], start[1], batching.steps(landscape.rows(), epochs),
                    TorchCases.settings(node, at), batching);
            return new TrainingCase(id, TorchCases.csv(node), spec, epochs, TorchCases.rows(node),
                    TorchCases.termination(node, at));
        } catch (IllegalArgumentException e) {
            throw new FileFormatException(at + ": " + e.getMessage(), e);
        }
    }

    /** The rows named by (or given as) {@code data}, as columns named after the model's roles. */
    private static DataSet data(JsonNode root, JsonNode data, Model model, String at) throws FileFormatException {
        if (data.isTextual()) {
            String name = data.textValue();
            JsonNode sets = root.get("datasets");
            if (sets != null && sets.has(name)) {
                return new DataSet(name, name, rows(sets.get(name), model, at + ", data set '" + name + "'"));
            }
            DataSet shipped = DataSets.byName(name).data();
            return new DataSet(name, shipped.title(), shipped.table().renamed(model.roles()));
        }
        return new DataSet("data", "data", rows(data, model, at + ", data"));
    }

    private static DataTable rows(JsonNode list, Model model, String at) throws FileFormatException {
        if (!list.isArray() || list.isEmpty()) {
            throw new FileFormatException(at + ": must be a list of rows");
        }
        double[][] rows = new double[list.size()][];
        for (int i = 0; i < list.size(); i++) {
            JsonNode row = list.get(i);
            if (!row.isArray()) {
                throw new FileFormatException(at + ", row " + (i + 1) + ": must be a list of numbers");
            }
            rows[i] = new double[row.size()];
            for (int j = 0; j < row.size(); j++) {
                if (!row.get(j).isNumber()) {
                    throw new FileFormatException(at + ", row " + (i + 1) + ": must be a list of numbers");
                }
                rows[i][j] = row.get(j).doubleValue();
            }
        }
        return DataTable.ofRows(model.roles(), rows);
    }
}
