package org.downhill.ui.data;

import java.util.ArrayList;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.downhill.data.DataSet;
import org.downhill.data.Model;
import org.downhill.param.InvalidParameterException;
import org.downhill.ui.model.TrainingViewModel;

/**
 * The dialog that puts a user's CSV file to work: the model, and which column plays each of its
 * roles ({@code x, y} or {@code x1, x2, label}). "Train" opens the model on those columns
 * ({@link TrainingViewModel#open}); columns that do not fit the model (a label outside [0, 1], a
 * constant feature, the same column twice) are refused with the message in the dialog, which stays
 * open, and nothing changes.
 */
public final class DataFileDialog extends Dialog<ButtonType> {
    private final ComboBox<Model> model = new ComboBox<>();
    private final GridPane roles = new GridPane();
    private final List<ComboBox<String>> columns = new ArrayList<>();
    private final Label error = new Label();
    private final DataSet data;

    /** A dialog for a data set read from a file. */
    public DataFileDialog(Window owner, DataSet data, TrainingViewModel training) {
        this.data = data;
        initOwner(owner);
        setTitle("Train a model on " + data.title());
        setHeaderText(data.title() + ": " + data.table().rows() + " rows, columns "
                + String.join(", ", data.table().names()));
        model.setId("data-model");
        model.getItems().setAll(Model.values());
        model.setCellFactory(v -> new ModelCell());
        model.setButtonCell(new ModelCell());
        model.setValue(TrainingViewModel.proposedModel(data));
        model.valueProperty().addListener((obs, old, now) -> showRoles(now));
        roles.setHgap(8);
        roles.setVgap(6);
        error.setId("data-error");
        error.getStyleClass().add("param-error");
        error.setWrapText(true);
        error.setMaxWidth(420);
        showRoles(model.getValue());
        getDialogPane().setContent(new VBox(8, new Label("Model"), model, roles, error));
        ButtonType train = new ButtonType("Train", ButtonType.OK.getButtonData());
        getDialogPane().getButtonTypes().setAll(train, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(train);
        ok.setId("data-train");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (columns.stream().anyMatch(c -> c.getValue() == null)) {
                error.setText("Choose a column for each of " + String.join(", ", model.getValue().roles()));
                e.consume();
                return;
            }
            try {
                training.open(data, model.getValue(), columns.stream().map(ComboBox::getValue).toList());
            } catch (InvalidParameterException bad) {
                error.setText(bad.getMessage());
                e.consume();
            }
        });
    }

    private void showRoles(Model m) {
        roles.getChildren().clear();
        columns.clear();
        error.setText("");
        List<String> names = data.table().names();
        List<String> proposed = TrainingViewModel.proposedColumns(m, names);
        for (int r = 0; r < m.roles().size(); r++) {
            ComboBox<String> column = new ComboBox<>();
            column.setId("data-column-" + r);
            column.getItems().setAll(names);
            column.setValue(r < proposed.size() ? proposed.get(r) : null);
            columns.add(column);
            roles.addRow(r, new Label(m.roles().get(r)), column);
        }
    }

    /** Shows a model by its name and roles. */
    private static final class ModelCell extends javafx.scene.control.ListCell<Model> {
        @Override
        protected void updateItem(Model item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null
                    : item.displayName() + " (" + String.join(", ", item.roles()) + ")");
        }
    }
}
