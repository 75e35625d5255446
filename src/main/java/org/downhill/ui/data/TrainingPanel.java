package org.downhill.ui.data;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.ToggleSwitch;
import org.downhill.data.ModelLandscape;
import org.downhill.sim.Batching;
import org.downhill.ui.model.LrVsBatchViewModel;
import org.downhill.ui.model.TrainingViewModel;

/**
 * The training controls, shown while the landscape is a model on data: the selected run's batch
 * size (quick picks 1, 4, 16, 64, all, or any size 1 to n), shuffling per epoch with its seed, the
 * length of the runs in epochs, and the feature-scaling switch with the condition number and the
 * 2/L edge before and after, and the measured largest good learning rate per batch size
 * ({@link LrBatchChart}). Every control calls the {@link TrainingViewModel}; the values shown
 * follow it.
 */
public final class TrainingPanel extends TitledPane {
    private static final int[] QUICK = {1, 4, 16, 64};
    private final TrainingViewModel training;
    private final SegmentedButton quick = new SegmentedButton();
    private final Spinner<Integer> size = new Spinner<>(1, 1, 1);
    private final ToggleSwitch shuffle = new ToggleSwitch("Shuffle each epoch");
    private final Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, 1);
    private final Spinner<Integer> epochs = new Spinner<>(1, 1, 1);
    private final ToggleSwitch standardize = new ToggleSwitch("Standardize x (mean 0, sd 1)");
    private final Label data = new Label();
    private boolean updating;

    /** The training controls of a lab. */
    public TrainingPanel(TrainingViewModel training, LrVsBatchViewModel lrVsBatch) {
        this.training = training;
        setId("training-panel");
        setText("Training on data");
        getStyleClass().add("panel-pane");
        setMinWidth(0);
        visibleProperty().bind(training.modelProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        wrapping(data);

        for (int q : QUICK) {
            quick.getButtons().add(quickButton(Integer.toString(q), q));
        }
        quick.getButtons().add(quickButton("all", Batching.ALL_ROWS));
        quick.setId("batch-quick");
        size.setId("batch-size");
        size.setEditable(true);
        size.setPrefWidth(90);
        size.setTooltip(new Tooltip("Rows per optimizer step; n (all rows) is full-batch gradient descent"));
        size.valueProperty().addListener((obs, old, now) -> {
            if (!updating && now != null) {
                training.setBatchSize(now);
            }
        });
        HBox sizeRow = new HBox(6, new Label("Rows per batch"), size);
        sizeRow.setAlignment(Pos.CENTER_LEFT);

        shuffle.setId("batch-shuffle");
        shuffle.selectedProperty().addListener((obs, old, now) -> {
            if (!updating) {
                training.setShuffle(now);
            }
        });
        seed.setId("batch-seed");
        seed.setEditable(true);
        seed.setPrefWidth(90);
        seed.setTooltip(new Tooltip("The seed of the shuffled orders: the same seed gives the same batches"));
        seed.disableProperty().bind(shuffle.selectedProperty().not());
        seed.valueProperty().addListener((obs, old, now) -> {
            if (!updating && now != null) {
                training.setSeed(now);
            }
        });
        HBox seedRow = new HBox(6, new Label("Seed"), seed);
        seedRow.setAlignment(Pos.CENTER_LEFT);

        epochs.setId("epochs");
        epochs.setEditable(true);
        epochs.setPrefWidth(90);
        epochs.setTooltip(new Tooltip("Passes over the data of the selected run; every run takes as many steps"));
        epochs.valueProperty().addListener((obs, old, now) -> {
            if (!updating && now != null) {
                training.setEpochs(now);
            }
        });
        Label epochsText = new Label();
        epochsText.setId("epochs-text");
        wrapping(epochsText);
        epochsText.textProperty().bind(training.epochsTextProperty());
        HBox epochsRow = new HBox(6, new Label("Epochs"), epochs);
        epochsRow.setAlignment(Pos.CENTER_LEFT);

        standardize.setId("standardize");
        standardize.selectedProperty().addListener((obs, old, now) -> {
            if (!updating) {
                training.setStandardize(now);
            }
        });
        Label scaling = new Label();
        scaling.setId("scaling-text");
        wrapping(scaling);
        scaling.textProperty().bind(training.scalingTextProperty());

        training.modelProperty().addListener((obs, old, now) -> show());
        training.batchingProperty().addListener((obs, old, now) -> show());
        training.epochsTextProperty().addListener((obs, old, now) -> show());
        show();
        setContent(new VBox(6, data, title("Batch size"), quick, sizeRow, shuffle, seedRow, title("Length"), epochsRow,
                epochsText, title("Feature scaling"), standardize, scaling,
                title("Batch size and learning rate"), new LrBatchChart(lrVsBatch)));
        setExpanded(true);
    }

    private ToggleButton quickButton(String text, int rows) {
        ToggleButton b = new ToggleButton(text);
        b.setUserData(rows);
        b.setId("batch-" + text);
        b.setOnAction(e -> {
            if (!updating) {
                training.setBatchSize(rows);
            }
            show();
        });
        return b;
    }

    /** Shows the view model's values without calling it back. */
    private void show() {
        ModelLandscape f = training.model();
        if (f == null) {
            return;
        }
        updating = true;
        try {
            int rows = f.rows();
            data.setText(f.model().displayName() + " on " + f.data().title() + ": " + rows + " rows, parameters "
                    + String.join(", ", f.model().params()));
            Batching b = training.batching();
            int shown = b.isNone() ? rows : b.effectiveSize(rows);
            size.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, rows, shown));
            for (ToggleButton q : quick.getButtons()) {
                int v = (Integer) q.getUserData();
                q.setDisable(v != Batching.ALL_ROWS && v >= rows);
                q.setSelected(v == Batching.ALL_ROWS ? shown == rows : v == shown && v < rows);
            }
            shuffle.setSelected(b.shuffle());
            seed.getValueFactory().setValue((int) Math.min(Integer.MAX_VALUE, b.seed()));
            int max = Math.max(1, training.maxEpochs());
            epochs.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, max,
                    (int) Math.max(1, Math.min(max, Math.round(training.epochs())))));
            standardize.setSelected(f.standardized());
        } finally {
            updating = false;
        }
    }

    /**
     * Lets a muted label wrap at the panel's width: with its one-line width as preferred width the
     * panel would ask for more room than the controls have, and the controls would be cut off.
     */
    private static void wrapping(Label label) {
        label.setWrapText(true);
        label.getStyleClass().add("muted");
        label.setMinWidth(0);
        label.setPrefWidth(1);
        label.setMaxWidth(Double.MAX_VALUE);
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-title");
        return l;
    }
}
