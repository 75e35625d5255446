package org.downhill.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.downhill.data.DataSet;
import org.downhill.data.DataTable;
import org.downhill.data.Model;
import org.downhill.data.ModelLandscape;
import org.downhill.param.Excerpt;
import org.downhill.param.InvalidParameterException;
import org.downhill.scenario.DataCsv;
import org.downhill.scenario.DataSets;
import org.downhill.scenario.FileFormatException;
import org.downhill.sim.Batching;
import org.downhill.sim.RunSpec;
import org.downhill.sim.Settings;
import picocli.CommandLine.Option;

/**
 * The options that choose a model on data: {@code --data NAME|FILE}, {@code --columns},
 * {@code --model} and {@code --standardize}. A shipped set's name wins over a file of that name.
 * Without {@code --data}, the model is on {@value #DEFAULT_DATA}.
 */
final class DataOptions {

    /** The data set {@code train} uses when {@code --data} is not given. */
    static final String DEFAULT_DATA = "faithful";

    @Option(names = "--data", paramLabel = "NAME|FILE",
            description = "a shipped data set (see 'list data') or a CSV file with a header row (train's default: "
                    + DEFAULT_DATA + ")")
    String data;

    @Option(names = "--columns", paramLabel = "A,B[,C]", split = ",",
            description = "the columns the model uses, by name, in its order (x,y or x1,x2,label; default: the file's)")
    List<String> columns;

    @Option(names = "--model", paramLabel = "MODEL",
            description = "linear, logistic or neuron (default: the shipped set's own, linear for a file)")
    String model;

    @Option(names = "--standardize", description = "scale each feature to mean 0 and standard deviation 1")
    boolean standardize;

    /**
     * The model on the data the options name.
     *
     * @throws FileFormatException if the data file cannot be read
     */
    ModelLandscape landscape() throws FileFormatException {
        String data = given() ? this.data : DEFAULT_DATA;
        boolean shipped = DataSets.all().stream().anyMatch(e -> e.data().name().equals(data));
        DataSet set;
        if (shipped) {
            set = DataSets.byName(data).data();
        } else {
            Path file = dataFile();
            set = new DataSet(file.getFileName().toString(), file.getFileName().toString(), DataCsv.read(file));
        }
        Model chosen = model != null ? OptimizerOptions.option("--model", () -> Model.byId(model))
                : shipped ? DataSets.byName(data).model() : Model.LINEAR;
        List<String> names = OptimizerOptions.option("--columns", () -> columns(set.table(), chosen));
        return OptimizerOptions.option("--columns", () -> ModelLandscape.of(chosen, set, names, standardize));
    }

    /** Whether {@code --data} was given. */
    boolean given() {
        return data != null;
    }

    /**
     * A run of the model the options name in these batches, from {@code start} ({@code P1,P2}, or
     * null for the model's suggested start), for {@code epochs} epochs.
     *
     * @throws FileFormatException if the data file cannot be read
     */
    RunSpec spec(Batching batching, String start, Settings settings, int epochs) throws FileFormatException {
        ModelLandscape f = landscape();
        double[] p = start == null ? f.suggestedStart() : OptimizerOptions.parsePoint("--start", start);
        int steps = OptimizerOptions.option("--epochs", () -> batching.steps(f.rows(), epochs));
        return new RunSpec(f, p[0], p[1], steps, settings, batching);
    }

    /** The file {@code --data} names, if there is one (a regular file, not a folder). */
    private Path dataFile() {
        try {
            Path file = Path.of(data);
            if (Files.isRegularFile(file)) {
                return file;
            }
        } catch (InvalidPathException notAPath) {
            // said below, as for a file that does not exist
        }
        throw new InvalidParameterException("--data: '" + Excerpt.of(data) + "' is neither a shipped data set nor a "
                + "file; shipped: " + String.join(", ", DataSets.all().stream().map(e -> e.data().name()).toList()));
    }

    private List<String> columns(DataTable table, Model chosen) {
        if (columns != null) {
            return columns.stream().map(String::trim).toList();
        }
        if (table.columnCount() != chosen.roles().size()) {
            throw new InvalidParameterException("The data have " + table.columnCount() + " columns ("
                    + String.join(", ", table.names()) + ") and the " + chosen.id() + " model uses "
                    + chosen.roles().size() + ": name them with --columns, in the order " + String.join(",",
                    chosen.roles()));
        }
        return table.names();
    }
}
