package org.downhill.ui.lr;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.RangeSlider;
import org.downhill.param.NumberText;
import org.downhill.rangetest.RangeTermination;
import org.downhill.rangetest.RangeTestResult;
import org.downhill.rangetest.StepMode;
import org.downhill.ui.Theme;
import org.downhill.ui.model.ViewOptions;

/**
 * The "Find a learning rate" window: the range test's settings (the start and end rate typed or
 * on a range slider over 1e-8 to 100), the loss-against-rate plot, how the test ended, and each
 * suggestion with the rule that picked it, what the strip's scan says of it, and a button that
 * applies it to the run. The plot grows while the test runs, its path drawn on the landscape;
 * closing the window removes both. Its text follows the app's text size.
 */
public final class RangeTestWindow {
    private final RangeTestModel model;
    private final Stage stage = new Stage();
    private final RangeTestPlot plot = new RangeTestPlot();
    private final Label outcome = new Label();
    private final VBox suggestions = new VBox(4);
    private final RangeSlider range = new RangeSlider(-8, 2, -6, 1);
    private boolean updating;

    /** The window over a model, owned by {@code owner} and styled as it is; {@code view} gives the text size. */
    public RangeTestWindow(RangeTestModel model, ViewOptions view, Window owner) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle("Find a learning rate");
        ComboBox<StepMode> mode = new ComboBox<>();
        mode.setId("range-test-mode");
        mode.getItems().setAll(StepMode.values());
        mode.valueProperty().bindBidirectional(model.modeProperty());
        mode.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(StepMode m) {
                return m == null ? "" : m.id();
            }

            @Override
            public StepMode fromString(String text) {
                return StepMode.byId(text);
            }
        });
        mode.setTooltip(new Tooltip("exp: the rate grows by the same factor every iteration; linear: by the same"
                + " amount; stepwise: times the factor every few iterations"));
        TextField start = field("range-test-start", model.startLrProperty());
        TextField end = field("range-test-end", model.endLrProperty());
        TextField iterations = field("range-test-iterations", model.iterationsProperty());
        TextField factor = field("range-test-factor", model.factorProperty());
        TextField perLevel = field("range-test-per-level", model.stepsPerLrProperty());
        TextField smooth = field("range-test-smooth", model.smoothProperty());
        TextField diverge = field("range-test-diverge", model.divergeProperty());
        boolean[] stepwise = {false};
        Runnable enable = () -> {
            stepwise[0] = model.modeProperty().get() == StepMode.STEPWISE;
            end.setDisable(stepwise[0]);
            factor.setDisable(!stepwise[0]);
            perLevel.setDisable(!stepwise[0]);
        };
        model.modeProperty().addListener((obs, old, now) -> enable.run());
        enable.run();
        range.setId("range-test-range");
        range.setTooltip(new Tooltip("The start and end learning rate, 1e-8 to 100 (log)"));
        range.lowValueProperty().addListener((obs, old, now) -> slid(start, now.doubleValue()));
        range.highValueProperty().addListener((obs, old, now) -> slid(end, now.doubleValue()));
        model.startLrProperty().addListener((obs, old, now) -> typed(now, true));
        model.endLrProperty().addListener((obs, old, now) -> typed(now, false));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("mode"), mode, new Label("start lr"), start, new Label("end lr"), end);
        form.add(range, 0, 1, 6, 1);
        form.addRow(2, new Label("iterations"), iterations, new Label("factor"), factor, new Label("per level"),
                perLevel);
        form.addRow(3, new Label("smoothing"), smooth, new Label("stop at"), diverge, new Label("× best loss"));
        Button run = new Button("Run the test");
        run.setId("range-test-run");
        run.setDefaultButton(true);
        run.setOnAction(e -> model.run());
        run.disableProperty().bind(model.runningProperty());
        Label error = new Label();
        error.getStyleClass().add("param-error");
        error.setId("range-test-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        Label floor = new Label();
        floor.setWrapText(true);
        floor.setId("range-test-floor");
        floor.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        outcome.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        floor.textProperty().bind(model.noteProperty());
        stage.setOnShowing(e -> model.fitToSelectedRun());
        HBox actions = new HBox(10, run, error);
        actions.setAlignment(Pos.CENTER_LEFT);
        outcome.setId("range-test-outcome");
        outcome.setWrapText(true);
        suggestions.setId("range-test-suggestions");
        VBox.setVgrow(plot, Priority.ALWAYS);
        VBox root = new VBox(8, form, floor, actions, plot, outcome, suggestions);
        root.setPadding(new Insets(12));
        root.getStyleClass().add("range-test-window");
        Theme.followTextScale(root, view.textScaleProperty());
        plot.setTextScale(view.textScaleProperty().get());
        view.textScaleProperty().addListener((obs, old, now) -> plot.setTextScale(now.doubleValue()));
        model.progressProperty().addListener((obs, old, now) -> plot.show(now, model.suggestions()));
        model.resultProperty().addListener((obs, old, now) -> show(now));
        show(model.resultProperty().get());
        stage.setOnHidden(e -> model.clear());
        Scene scene = new Scene(root, 760, 640);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
    }

    /** Shows the window (again) in front. */
    public void show() {
        stage.show();
        stage.toFront();
    }

    /** The window. */
    public Stage stage() {
        return stage;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty text) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(6);
        f.textProperty().bindBidirectional(text);
        return f;
    }

    private void slid(TextField field, double decade) {
        if (!updating) {
            updating = true;
            field.setText(NumberText.of(Double.parseDouble(String.format(java.util.Locale.ROOT, "%.2g",
                    Math.pow(10, decade)))));
            updating = false;
        }
    }

    private void typed(String text, boolean low) {
        if (updating) {
            return;
        }
        try {
            double v = Math.log10(NumberText.parse(text));
            if (Double.isFinite(v)) {
                updating = true;
                if (low) {
                    range.setLowValue(Math.max(range.getMin(), Math.min(range.getHighValue(), v)));
                } else {
                    range.setHighValue(Math.min(range.getMax(), Math.max(range.getLowValue(), v)));
                }
            }
        } catch (NumberFormatException notYet) {
            // the field says so when the test is run
        } finally {
            updating = false;
        }
    }

    private void show(RangeTestResult r) {
        plot.show(model.progressProperty().get(), model.suggestions());
        suggestions.getChildren().clear();
        if (r == null) {
            outcome.setText("");
            return;
        }
        int last = r.rows() - 1;
        outcome.setText(switch (r.termination()) {
            case COMPLETED -> "The test ran all " + r.rows() + " iterations, up to lr = " + NumberText.short3(r.lr(last))
                    + ", without the loss blowing up.";
            case DIVERGED -> "The test stopped at iteration " + last + ", lr = " + NumberText.short3(r.lr(last))
                    + ": the smoothed loss rose above " + NumberText.of(r.config().diverge()) + " times its best.";
            case NONFINITE, MAGNITUDE -> "The run blew up at iteration " + last + ", lr = " + NumberText.short3(r.lr(last))
                    + (r.termination() == RangeTermination.NONFINITE ? ": the loss is no longer a number."
                    : ": |x| or |y| passed 1e150.");
        });
        for (LrMark m : model.suggestions()) {
            String check = model.onTheStrip(m.lr());
            Label words = new Label(m.meaning() + (check.isEmpty() ? "" : "; on the strip it " + check + "."));
            words.setWrapText(true);
            words.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            HBox.setHgrow(words, Priority.ALWAYS);
            Button use = new Button("Use this learning rate");
            use.setId("range-test-use-" + m.label().replace(' ', '-').replace('/', '-'));
            use.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            use.setOnAction(e -> model.use(m));
            HBox row = new HBox(8, words, use);
            row.setAlignment(Pos.CENTER_LEFT);
            suggestions.getChildren().add(row);
        }
        if (model.suggestions().isEmpty()) {
            suggestions.getChildren().add(new Label("Too few rows for a suggestion: run more iterations."));
        }
        String fastest = model.fastestOnTheStrip();
        if (!fastest.isEmpty()) {
            Label best = new Label("For comparison, " + fastest + ".");
            best.setId("range-test-fastest");
            best.setWrapText(true);
            suggestions.getChildren().add(best);
        }
    }
}
