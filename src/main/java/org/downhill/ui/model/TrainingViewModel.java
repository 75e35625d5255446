package org.downhill.ui.model;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import org.downhill.claim.Numbers;
import org.downhill.data.Conditioning;
import org.downhill.data.DataSet;
import org.downhill.data.Model;
import org.downhill.data.ModelLandscape;
import org.downhill.data.ScalingEffect;
import org.downhill.figure.DataPicture;
import org.downhill.figure.FigureRun;
import org.downhill.landscape.Landscape;
import org.downhill.scenario.DataCsv;
import org.downhill.scenario.DataSets;
import org.downhill.scenario.FileFormatException;
import org.downhill.sim.Batching;
import org.downhill.sim.RunSpec;
import org.downhill.ui.sketch.FxPaint;

/**
 * Training a model on data in the lab: which data set and model the landscape is, the selected
 * run's mini-batches (batch size 1 to all rows, shuffling with a seed), the length of the runs in
 * epochs, the feature-scaling switch with what it does to the conditioning, and the picture of the
 * data view. Everything here is a view of the lab and its selected run; the commands change them.
 * Works without a running toolkit.
 *
 * <p>The runs share the lab's number of steps (one step per batch). The epochs shown are those of
 * the selected run: steps / ceil(n / B); setting them sets the steps to epochs * ceil(n / B), and a
 * new batch size keeps the epochs (so the steps change with it).
 */
public final class TrainingViewModel {
    private final LabViewModel lab;
    private final ReadOnlyObjectWrapper<ModelLandscape> model = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Batching> batching = new ReadOnlyObjectWrapper<>(Batching.NONE);
    private final ReadOnlyStringWrapper epochsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper scalingText = new ReadOnlyStringWrapper("");
    private final ChangeListener<Batching> onBatching = (obs, old, now) -> showBatching();
    private RunViewModel watched;
    private ModelLandscape measured;

    /** The training side of a lab. */
    public TrainingViewModel(LabViewModel lab) {
        this.lab = lab;
        lab.landscapeProperty().addListener((obs, old, now) -> showLandscape(now));
        lab.selectedProperty().addListener((obs, old, now) -> watch(now));
        lab.stepsProperty().addListener((obs, old, now) -> showBatching());
        showLandscape(lab.landscape());
        watch(lab.selected());
    }

    /** The model on data the runs train, or {@code null} while the landscape is a formula. */
    public ReadOnlyObjectProperty<ModelLandscape> modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** The model on data, or {@code null}. */
    public ModelLandscape model() {
        return model.get();
    }

    /** The selected run's mini-batches ({@link Batching#NONE} on a formula). */
    public ReadOnlyObjectProperty<Batching> batchingProperty() {
        return batching.getReadOnlyProperty();
    }

    /** The selected run's mini-batches. */
    public Batching batching() {
        return batching.get();
    }

    /**
     * The length of the runs in words, for the selected run: e.g. {@code 150 steps = 10 epochs of 15
     * batches (16 rows each, the last 12)}; "" on a formula.
     */
    public ReadOnlyStringProperty epochsTextProperty() {
        return epochsText.getReadOnlyProperty();
    }

    /**
     * What standardizing does, measured at the minimum of both landscapes, e.g. {@code Condition
     * number 159 raw, 1 standardized; 2/L 0.0696 raw, 1 standardized}; "" on a formula.
     */
    public ReadOnlyStringProperty scalingTextProperty() {
        return scalingText.getReadOnlyProperty();
    }

    /** The shipped data sets with their models, for a picker. */
    public List<DataSets.Entry> shipped() {
        return DataSets.all();
    }

    /** Trains on a shipped data set with the model it is made for, unscaled (see {@link #open}). */
    public void openShipped(DataSets.Entry entry) {
        open(entry.data(), entry.model(), entry.data().table().names());
    }

    /**
     * Makes the landscape the model on the named columns of a data set, unscaled, with the view
     * and starts reset; runs coming from a formula get full batches ({@link DataRuns#DEFAULT}).
     *
     * @throws org.downhill.param.InvalidParameterException if the columns do not fit the model
     */
    public void open(DataSet data, Model m, List<String> columns) {
        lab.setLandscape(ModelLandscape.of(m, data, columns, false), true);
    }

    /**
     * Reads a user's CSV file as a data set named after the file (no change to the lab; call it off
     * the FX thread).
     *
     * @throws FileFormatException naming the line and column of the first problem
     */
    public static DataSet readFile(Path file) throws FileFormatException {
        String name = file.getFileName().toString();
        return new DataSet(name, name, DataCsv.read(file));
    }

    /**
     * The columns a dialog first proposes for a model: the first ones of the file in order, one per
     * role of the model (as the shipped files are laid out), or as many as there are.
     */
    public static List<String> proposedColumns(Model m, List<String> names) {
        return names.subList(0, Math.min(names.size(), m.roles().size()));
    }

    /**
     * The model a file's columns first suggest: logistic regression for three or more columns
     * whose third holds labels 0 and 1 only, linear regression otherwise.
     */
    public static Model proposedModel(DataSet data) {
        if (data.table().columnCount() < 3) {
            return Model.LINEAR;
        }
        for (double v : data.table().column(2)) {
            if (v != 0 && v != 1) {
                return Model.LINEAR;
            }
        }
        return Model.LOGISTIC;
    }

    /** The epochs of the selected run: steps / batches per epoch (0 on a formula). */
    public double epochs() {
        ModelLandscape f = model();
        if (f == null || batching().isNone()) {
            return 0;
        }
        return (double) lab.steps() / batching().batchesPerEpoch(f.rows());
    }

    /** The most whole epochs of the selected run within {@link RunSpec#MAX_STEPS} steps (0 on a formula). */
    public int maxEpochs() {
        ModelLandscape f = model();
        return f == null || batching().isNone() ? 0 : RunSpec.MAX_STEPS / batching().batchesPerEpoch(f.rows());
    }

    /** Runs every run for this many epochs of the selected run's batches (clamped to 1..{@link #maxEpochs}). */
    public void setEpochs(int epochs) {
        ModelLandscape f = model();
        if (f == null || batching().isNone()) {
            return;
        }
        int e = Math.max(1, Math.min(maxEpochs(), epochs));
        lab.setSteps(e * batching().batchesPerEpoch(f.rows()));
    }

    /**
     * Gives the selected run batches of {@code size} rows ({@code size >= n} means all rows), keeping
     * its shuffling and seed and its number of epochs; re-runs it from the start.
     */
    public void setBatchSize(int size) {
        ModelLandscape f = model();
        if (f == null || lab.selected() == null) {
            return;
        }
        int rows = f.rows();
        int next = size >= rows ? Batching.ALL_ROWS : Math.max(1, size);
        double epochs = epochs();
        Batching b = batching();
        lab.selected().setBatching(Batching.of(next, b.shuffle(), b.seed()));
        int perEpoch = batching().batchesPerEpoch(rows);
        int steps = (int) Math.round(Math.max(1, epochs) * perEpoch);
        lab.setSteps(Math.min(RunSpec.MAX_STEPS / perEpoch * perEpoch, Math.max(perEpoch, steps)));
    }

    /** Shuffles the selected run's rows per epoch (or keeps their stored order); re-runs it. */
    public void setShuffle(boolean shuffle) {
        Batching b = batching();
        if (model() != null && lab.selected() != null && !b.isNone()) {
            lab.selected().setBatching(Batching.of(b.size(), shuffle, b.seed()));
        }
    }

    /** The seed of the selected run's shuffled orders; re-runs it. */
    public void setSeed(long seed) {
        Batching b = batching();
        if (model() != null && lab.selected() != null && !b.isNone()) {
            lab.selected().setBatching(Batching.of(b.size(), b.shuffle(), seed));
        }
    }

    /**
     * Standardizes the features (or not): the landscape becomes that of the scaled model, a new
     * space of parameters, so the view and the starts are reset.
     */
    public void setStandardize(boolean standardize) {
        ModelLandscape f = model();
        if (f != null && f.standardized() != standardize) {
            lab.setLandscape(f.withStandardized(standardize), true);
        }
    }

    /**
     * The data view's picture at the playhead: each visible run's model at the point it has reached
     * (its last point if it stopped earlier), and the rows of the batch the selected run steps with
     * next (none for a full batch, or once the run has ended); {@code null} on a formula.
     */
    public DataPicture picture() {
        ModelLandscape f = model();
        if (f == null) {
            return null;
        }
        List<FigureRun> runs = lab.runs().stream().map(r -> new FigureRun(r.name(), FxPaint.rgba(r.color()),
                r.isVisible(), r.trajectory(), r.diagnosis())).toList();
        int selected = lab.runs().indexOf(lab.selected());
        return DataPicture.of(f, runs, selected < 0 ? null : runs.get(selected), lab.playhead());
    }

    private void showLandscape(Landscape now) {
        model.set(now instanceof ModelLandscape m ? m : null);
        showScaling();
        showBatching();
    }

    private void watch(RunViewModel run) {
        if (watched != null) {
            watched.batchingProperty().removeListener(onBatching);
        }
        watched = run;
        if (run != null) {
            run.batchingProperty().addListener(onBatching);
        }
        showBatching();
    }

    private void showBatching() {
        batching.set(watched == null ? Batching.NONE : watched.batching());
        ModelLandscape f = model();
        Batching b = batching();
        if (f == null || b.isNone()) {
            epochsText.set("");
            return;
        }
        int rows = f.rows();
        int perEpoch = b.batchesPerEpoch(rows);
        int size = b.effectiveSize(rows);
        int last = rows - (perEpoch - 1) * size;
        String batches = perEpoch == 1 ? "1 batch of all " + rows + " rows"
                : perEpoch + " batches (" + (size == 1 ? "1 row" : size + " rows") + " each"
                + (last != size ? ", the last " + last : "") + ")";
        epochsText.set(lab.steps() + " steps = " + Numbers.format(epochs()) + " epochs of " + batches);
    }

    /** Measures the conditioning once per model and data (both scalings share it). */
    private void showScaling() {
        ModelLandscape f = model();
        if (f == null) {
            scalingText.set("");
            measured = null;
            return;
        }
        if (measured != null && measured.withStandardized(false).equals(f.withStandardized(false))) {
            return;
        }
        measured = f;
        ScalingEffect e = ScalingEffect.of(f);
        scalingText.set("Condition number " + condition(e.raw()) + " raw, " + condition(e.standardized())
                + " standardized; 2/L " + edge(e.raw()) + " raw, " + edge(e.standardized()) + " standardized");
    }

    private static String condition(Conditioning c) {
        return c == null ? "none (no finite minimum)" : Numbers.format(c.condition());
    }

    private static String edge(Conditioning c) {
        return c == null ? "none" : Numbers.format(c.twoOverL());
    }
}
