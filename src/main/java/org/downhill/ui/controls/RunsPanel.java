package org.downhill.ui.controls;

import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.downhill.diagnose.Diagnosis;
import org.downhill.optim.OptimizerKind;
import org.downhill.optim.OptimizerSpec;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.RunViewModel;

/** The list of runs (colour, visibility, name, diagnosis) with buttons to add, duplicate, rename and remove runs. */
public final class RunsPanel extends VBox {

    /** A panel listing the lab's runs. */
    public RunsPanel(LabViewModel lab) {
        getStyleClass().add("panel-section");
        setSpacing(6);
        Label title = new Label("Runs");
        title.getStyleClass().add("section-title");
        ListView<RunViewModel> list = new ListView<>(lab.runs());
        list.setId("runs-list");
        list.setCellFactory(v -> new RunCell());
        list.setFixedCellSize(34);
        list.prefHeightProperty().bind(javafx.beans.binding.Bindings.size(lab.runs()).multiply(34).add(6));
        list.setMinHeight(40);
        list.getSelectionModel().select(lab.selected());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                lab.selectedProperty().set(now);
            }
        });
        lab.selectedProperty().addListener((obs, old, now) -> list.getSelectionModel().select(now));

        MenuButton add = new MenuButton("Add");
        add.setId("add-run");
        add.setTooltip(new Tooltip("Add a run with another optimizer, from the same start (up to "
                + LabViewModel.MAX_RUNS + " runs)"));
        for (OptimizerKind kind : OptimizerKind.values()) {
            MenuItem item = new MenuItem(kind.displayName());
            item.setOnAction(e -> addRun(lab, kind));
            add.getItems().add(item);
        }
        Button duplicate = new Button("Duplicate");
        duplicate.setTooltip(new Tooltip("Copy the selected run, to compare one setting"));
        duplicate.setOnAction(e -> lab.duplicate(lab.selected()));
        Button rename = new Button("Rename");
        rename.setTooltip(new Tooltip("Rename the selected run"));
        rename.setOnAction(e -> rename(lab.selected()));
        Button remove = new Button("Remove");
        remove.setTooltip(new Tooltip("Remove the selected run"));
        remove.setOnAction(e -> lab.remove(lab.selected()));
        Runnable updateButtons = () -> {
            add.setDisable(!lab.canAddRun());
            duplicate.setDisable(!lab.canAddRun());
            remove.setDisable(lab.runs().size() <= 1);
        };
        lab.runs().addListener((javafx.collections.ListChangeListener<RunViewModel>) c -> updateButtons.run());
        updateButtons.run();
        FlowPane buttons = new FlowPane(6, 6, add, duplicate, rename, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.Node b : buttons.getChildren()) {
            ((Region) b).setMinWidth(Region.USE_PREF_SIZE);
        }
        getChildren().addAll(title, list, buttons, new ParamEditor(lab.stepsModel()));
    }

    /** Adds a run of an optimizer at its defaults, but with the selected run's learning rate where allowed. */
    private static void addRun(LabViewModel lab, OptimizerKind kind) {
        double lr = lab.selected().settings().optimizer().lr();
        OptimizerSpec spec = OptimizerSpec.of(kind, Map.of("lr", lr));
        lab.addRun(lab.selected().settings().withOptimizer(spec).withSchedule(
                org.downhill.schedule.ScheduleSpec.CONSTANT));
    }

    private static void rename(RunViewModel run) {
        TextInputDialog dialog = new TextInputDialog(run.name());
        dialog.setTitle("Rename run");
        dialog.setHeaderText(null);
        dialog.setContentText("Name:");
        dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty()).ifPresent(run.nameProperty()::set);
    }

    /** A run in the list: colour dot, visibility box, name and diagnosis badge, kept up to date. */
    private static final class RunCell extends ListCell<RunViewModel> {
        private final Circle swatch = new Circle(7);
        private final CheckBox visible = new CheckBox();
        private final Label name = new Label();
        private final Label badge = Badges.create();
        private final HBox box;
        private final ChangeListener<Diagnosis> onDiagnosis = (obs, old, now) -> Badges.show(badge, now);
        private RunViewModel shown;

        RunCell() {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            visible.setTooltip(new Tooltip("Show or hide this run"));
            box = new HBox(6, swatch, visible, name, spacer, badge);
            box.setAlignment(Pos.CENTER_LEFT);
            // the cell takes the list's width, and a long badge is shortened with an ellipsis
            // (its tool tip has it whole) instead of widening the list
            setPrefWidth(0);
            name.setMinWidth(Region.USE_PREF_SIZE);
            badge.setMinWidth(40);
            Tooltip whole = new Tooltip();
            whole.textProperty().bind(badge.textProperty());
            badge.setTooltip(whole);
        }

        @Override
        protected void updateItem(RunViewModel run, boolean empty) {
            super.updateItem(run, empty);
            if (shown != null) {
                shown.diagnosisProperty().removeListener(onDiagnosis);
                visible.selectedProperty().unbindBidirectional(shown.visibleProperty());
                name.textProperty().unbind();
                swatch.fillProperty().unbind();
            }
            shown = empty ? null : run;
            if (shown == null) {
                setGraphic(null);
                return;
            }
            swatch.fillProperty().bind(run.colorProperty());
            name.textProperty().bind(run.nameProperty());
            visible.selectedProperty().bindBidirectional(run.visibleProperty());
            run.diagnosisProperty().addListener(onDiagnosis);
            Badges.show(badge, run.diagnosis());
            setGraphic(box);
        }
    }
}
