package org.downhill.ui.controls;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.downhill.diagnose.Diagnosis;
import org.downhill.optim.OptimizerKind;
import org.downhill.schedule.ScheduleKind;
import org.downhill.sim.Settings;
import org.downhill.ui.model.DataRuns;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.RunViewModel;

/**
 * The selected run's settings: optimizer and hyper-parameters, schedule with its arguments and
 * warm-up, gradient noise, and its diagnosis in words. Rebuilt when another run is selected; it
 * listens to the selected run only, so another run's changes never show here.
 */
public final class RunEditor extends VBox {
    private final LabViewModel lab;
    private final ChangeListener<Diagnosis> onDiagnosis = (obs, old, now) -> showDiagnosis(now);
    private final ChangeListener<Settings> onSettings = (obs, old, now) -> showKinds(now);
    private final Label headline = Badges.create();
    private final Label explanation = new Label();
    private ComboBox<OptimizerKind> optimizer;
    private ComboBox<ScheduleKind> schedule;
    private RunViewModel edited;
    private boolean updating;

    /** An editor of the lab's selected run. */
    public RunEditor(LabViewModel lab) {
        this.lab = lab;
        getStyleClass().add("panel-section");
        setSpacing(6);
        explanation.setWrapText(true);
        explanation.setId("diagnosis-explanation");
        headline.setId("diagnosis-headline");
        lab.selectedProperty().addListener((obs, old, now) -> edit(now));
        edit(lab.selected());
    }

    private void edit(RunViewModel run) {
        getChildren().clear();
        if (edited != null) {
            edited.settingsProperty().removeListener(onSettings);
            edited.diagnosisProperty().removeListener(onDiagnosis);
        }
        edited = run;
        if (run == null) {
            return;
        }
        Label title = new Label();
        title.textProperty().bind(run.nameProperty());
        title.getStyleClass().add("section-title");

        optimizer = new ComboBox<>();
        optimizer.setId("optimizer-picker");
        optimizer.getItems().setAll(OptimizerKind.values());
        optimizer.setCellFactory(v -> new KindCell<>(OptimizerKind::displayName));
        optimizer.setButtonCell(new KindCell<>(OptimizerKind::displayName));
        optimizer.setMaxWidth(Double.MAX_VALUE);
        optimizer.setTooltip(new Tooltip("The optimizer (torch.optim) of this run"));
        optimizer.valueProperty().addListener((obs, old, now) -> {
            if (!updating && now != null) {
                run.setOptimizerKind(now);
            }
        });
        schedule = new ComboBox<>();
        schedule.setId("schedule-picker");
        schedule.getItems().setAll(ScheduleKind.values());
        schedule.setCellFactory(v -> new KindCell<>(ScheduleKind::displayName));
        schedule.setButtonCell(new KindCell<>(ScheduleKind::displayName));
        schedule.setMaxWidth(Double.MAX_VALUE);
        schedule.setTooltip(new Tooltip("How the learning rate changes over the steps (torch.optim.lr_scheduler)"));
        schedule.valueProperty().addListener((obs, old, now) -> {
            if (!updating && now != null) {
                run.setScheduleKind(now);
            }
        });
        run.settingsProperty().addListener(onSettings);
        run.diagnosisProperty().addListener(onDiagnosis);
        showKinds(run.settings());
        showDiagnosis(run.diagnosis());

        VBox diagnosis = new VBox(4, headline, explanation);
        diagnosis.getStyleClass().add("diagnosis-box");
        TitledPane scheduleArgs = new TitledPane("Schedule settings",
                new VBox(6, new ParamEditor(run.scheduleModel()), new ParamEditor(run.warmupModel())));
        scheduleArgs.setExpanded(false);
        TitledPane noise = new TitledPane("Gradient noise", new ParamEditor(run.noiseModel()));
        noise.setExpanded(false);
        // on data the batches are the noise (see DataRuns): no synthetic noise to set there
        noise.visibleProperty().bind(Bindings.createBooleanBinding(() -> !DataRuns.onData(lab.landscape()),
                lab.landscapeProperty()));
        noise.managedProperty().bind(noise.visibleProperty());
        getChildren().addAll(title, diagnosis, label("Optimizer"), optimizer, new ParamEditor(run.hyperModel()),
                label("Learning-rate schedule"), schedule, scheduleArgs, noise);
    }

    private void showKinds(Settings settings) {
        updating = true;
        try {
            optimizer.setValue(settings.optimizer().kind());
            schedule.setValue(settings.schedule().kind());
        } finally {
            updating = false;
        }
    }

    private void showDiagnosis(Diagnosis d) {
        Badges.show(headline, d);
        explanation.setText(d.explanation());
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-title");
        return l;
    }

    /** Shows an enum constant by its display name. */
    private static final class KindCell<T> extends ListCell<T> {
        private final java.util.function.Function<T, String> name;

        KindCell(java.util.function.Function<T, String> name) {
            this.name = name;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : name.apply(item));
        }
    }
}
