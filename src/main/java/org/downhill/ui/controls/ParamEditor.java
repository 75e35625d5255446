package org.downhill.ui.controls;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.HPos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.downhill.param.ChoiceParam;
import org.downhill.param.FlagParam;
import org.downhill.param.IntListParam;
import org.downhill.param.IntParam;
import org.downhill.param.InvalidParameterException;
import org.downhill.param.NumberText;
import org.downhill.param.Param;
import org.downhill.param.ParamSet;
import org.downhill.param.RealParam;
import org.downhill.param.RealTupleParam;
import org.downhill.ui.model.ParamSetModel;

/**
 * Controls for every parameter of a {@link ParamSetModel}, built from the descriptors alone: a
 * slider (logarithmic where the descriptor says so) with a typed value beside it for reals, one
 * such pair per element of a tuple, a field for integers and lists, a check box for flags, a menu
 * for choices. A typed value the descriptor refuses is not applied; its message shows under the
 * field until the value is corrected. Every control has a tool tip with the meaning and the
 * allowed values. Rebuilds itself when the schema changes (another optimizer, say). It listens to
 * the model weakly, so an editor that is thrown away does not live on with the model.
 */
public final class ParamEditor extends GridPane {
    /** Style class of the inline error messages. */
    public static final String ERROR_STYLE = "param-error";
    /** The narrowest slider shown, in pixels: a narrower one could not be dragged to a value. */
    static final double MIN_SLIDER_WIDTH = 40;

    private final ParamSetModel model;
    private final ChangeListener<ParamSet> onChange = (obs, old, now) -> show(now);
    private final List<Consumer<ParamSet>> refreshers = new ArrayList<>();
    private String shownOwner;
    private boolean updating;

    /** An editor of the model's parameters. */
    public ParamEditor(ParamSetModel model) {
        this.model = model;
        getStyleClass().add("param-editor");
        setHgap(8);
        setVgap(2);
        ColumnConstraints label = new ColumnConstraints();
        ColumnConstraints control = new ColumnConstraints();
        control.setHgrow(Priority.ALWAYS);
        // the sliders give up their room first when the text is large (the name and the field
        // stay whole; a slider too narrow to drag is hidden, the field still sets the value)
        control.setMinWidth(0);
        ColumnConstraints field = new ColumnConstraints(76);
        getColumnConstraints().addAll(label, control, field);
        model.values().addListener(new WeakChangeListener<>(onChange));
        show(model.values().get());
    }

    private void show(ParamSet values) {
        if (!values.schema().owner().equals(shownOwner)) {
            rebuild(values);
        }
        refreshAll();
    }

    private void rebuild(ParamSet values) {
        shownOwner = values.schema().owner();
        getChildren().clear();
        refreshers.clear();
        int row = 0;
        for (Param p : values.schema().params()) {
            row = add(p, row);
        }
    }

    private int add(Param p, int row) {
        if (p instanceof RealParam real) {
            return addReal(real.name(), real, SliderScale.of(real), set -> set.real(real.name()),
                    v -> model.set(real.name(), v), row);
        }
        if (p instanceof RealTupleParam tuple) {
            for (int i = 0; i < tuple.size(); i++) {
                int index = i;
                RealParam element = new RealParam(tuple.elementNames().get(i), tuple.meaning(),
                        tuple.defaultValue().get(i), tuple.range(), tuple.sliderMin(), tuple.sliderMax(), tuple.scale());
                row = addReal(element.name(), element, SliderScale.of(element), set -> set.real(tuple.name(), index),
                        v -> {
                            List<Double> next = new ArrayList<>(model.values().get().reals(tuple.name()));
                            next.set(index, v);
                            model.set(tuple.name(), next);
                        }, row);
            }
            return row;
        }
        if (p instanceof FlagParam flag) {
            CheckBox box = new CheckBox(flag.name());
            box.setId(controlId(flag.name()));
            box.setTooltip(tooltip(flag));
            Label error = errorLabel();
            box.selectedProperty().addListener((obs, old, now) -> apply(error, () -> model.set(flag.name(), now)));
            refreshers.add(set -> box.setSelected(set.flag(flag.name())));
            add(box, 0, row, 3, 1);
            add(error, 0, row + 1, 3, 1);
            return row + 2;
        }
        if (p instanceof ChoiceParam choice) {
            ComboBox<String> combo = new ComboBox<>();
            combo.getItems().setAll(choice.choices());
            combo.setId(controlId(choice.name()));
            combo.setTooltip(tooltip(choice));
            combo.setMaxWidth(Double.MAX_VALUE);
            Label error = errorLabel();
            combo.valueProperty().addListener((obs, old, now) -> {
                if (now != null) {
                    apply(error, () -> model.set(choice.name(), now));
                }
            });
            refreshers.add(set -> combo.setValue(set.choice(choice.name())));
            addRow(row, nameLabel(choice), combo);
            setColumnSpan(combo, 2);
            add(error, 0, row + 1, 3, 1);
            return row + 2;
        }
        return addTextOnly(p, row);
    }

    private int addReal(String label, RealParam param, SliderScale scale, Function<ParamSet, Double> read,
                        Consumer<Double> write, int row) {
        Slider slider = new Slider(scale.positionMin(), scale.positionMax(), scale.positionMin());
        slider.setId(controlId(label));
        slider.setTooltip(tooltip(param));
        TextField field = new TextField();
        field.setId(controlId(label) + "-field");
        field.setTooltip(tooltip(param));
        field.setPrefColumnCount(6);
        Label error = errorLabel();
        slider.valueProperty().addListener((obs, old, now) -> {
            if (!updating) {
                apply(error, () -> write.accept(scale.toValue(now.doubleValue())));
            }
        });
        field.setOnAction(e -> applyTyped(field, error, text -> write.accept(param.parse(text))));
        revertOnEscape(field);
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                applyTyped(field, error, text -> write.accept(param.parse(text)));
            }
        });
        refreshers.add(set -> {
            double v = read.apply(set);
            slider.setValue(scale.toPosition(v));
            field.setText(NumberText.of(v));
            clearError(field, error);
        });
        slider.setMinWidth(0);
        slider.visibleProperty().bind(slider.widthProperty().greaterThanOrEqualTo(MIN_SLIDER_WIDTH));
        Label name = nameLabel(param);
        name.setText(label);
        addRow(row, name, slider, field);
        add(error, 0, row + 1, 3, 1);
        return row + 2;
    }

    private int addTextOnly(Param p, int row) {
        TextField field = new TextField();
        field.setId(controlId(p.name()) + "-field");
        field.setTooltip(tooltip(p));
        Label error = errorLabel();
        field.setOnAction(e -> applyTyped(field, error, text -> model.set(p.name(), p.parse(text))));
        revertOnEscape(field);
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                applyTyped(field, error, text -> model.set(p.name(), p.parse(text)));
            }
        });
        refreshers.add(set -> {
            field.setText(p.format(set.get(p.name())));
            clearError(field, error);
        });
        addRow(row, nameLabel(p), field);
        setColumnSpan(field, 2);
        add(error, 0, row + 1, 3, 1);
        return row + 2;
    }

    /** Esc drops what was typed: the field shows the model's value again. */
    private void revertOnEscape(TextField field) {
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                refreshAll();
            }
        });
    }

    private void applyTyped(TextField field, Label error, Consumer<String> parseAndSet) {
        if (updating) {
            return;
        }
        try {
            parseAndSet.accept(field.getText());
            clearError(field, error);
            refreshAll();
        } catch (InvalidParameterException e) {
            showError(field, error, e.getMessage());
        }
    }

    private void apply(Label error, Runnable change) {
        if (updating) {
            return;
        }
        try {
            change.run();
            error.setVisible(false);
            error.setManaged(false);
        } catch (InvalidParameterException e) {
            refreshAll();
            error.setText(e.getMessage());
            error.setVisible(true);
            error.setManaged(true);
        }
    }

    /** Shows the model's values in every control (after a refused change, the old ones). */
    private void refreshAll() {
        updating = true;
        try {
            refreshers.forEach(r -> r.accept(model.values().get()));
        } finally {
            updating = false;
        }
    }

    private static void showError(TextField field, Label error, String message) {
        error.setText(message);
        error.setVisible(true);
        error.setManaged(true);
        if (!field.getStyleClass().contains("invalid")) {
            field.getStyleClass().add("invalid");
        }
    }

    private static void clearError(TextField field, Label error) {
        error.setVisible(false);
        error.setManaged(false);
        field.getStyleClass().remove("invalid");
    }

    private static Label errorLabel() {
        Label error = new Label();
        error.getStyleClass().add(ERROR_STYLE);
        error.setWrapText(true);
        error.setVisible(false);
        error.setManaged(false);
        setHalignment(error, HPos.LEFT);
        return error;
    }

    private static Label nameLabel(Param p) {
        Label name = new Label(p.name());
        name.setTooltip(tooltip(p));
        name.setMinWidth(Label.USE_PREF_SIZE);
        return name;
    }

    private static Tooltip tooltip(Param p) {
        Tooltip tip = new Tooltip(p.name() + ": " + p.meaning() + "\nAllowed: " + p.allowed());
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        return tip;
    }

    /** The id of the control of a parameter (its field adds {@code -field}), e.g. {@code param-lr}. */
    public static String controlId(String name) {
        return "param-" + name;
    }
}
