package org.downhill.ui.controls;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.downhill.landscape.formula.Expression;
import org.downhill.landscape.formula.FormulaSyntaxException;
import org.downhill.landscape.formula.Operation;
import org.downhill.ui.model.FormulaViewModel;

/**
 * The formula field, a thin view of a {@link FormulaViewModel}: "f(x, y) =", the text field, a
 * menu of recent formulas, and under it, while the text is not a formula, what is wrong and the
 * part of the formula around the offending character with that character marked. Enter or
 * leaving the field keeps the formula among the recent ones.
 */
public final class FormulaField extends VBox {
    /** The id of the text field. */
    public static final String FIELD_ID = "formula-field";
    /** Characters of context shown on each side of the offending one. */
    private static final int CONTEXT = 22;

    private final TextField field = new TextField();

    /** A field for the model's formula. */
    public FormulaField(FormulaViewModel model) {
        getStyleClass().add("formula-editor");
        setSpacing(3);
        Label prefix = new Label("f(x, y) =");
        prefix.getStyleClass().add("formula");
        prefix.setMinWidth(Label.USE_PREF_SIZE);
        field.setId(FIELD_ID);
        field.getStyleClass().add("formula-field");
        field.setPromptText("e.g. x^2 + 10*y^2");
        field.setTooltip(help());
        field.textProperty().bindBidirectional(model.textProperty());
        field.setOnAction(e -> model.commit());
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.commit();
            }
        });
        MenuButton recent = new MenuButton(null, Icons.recent());
        recent.setId("recent-formulas");
        recent.setTooltip(new Tooltip("Formulas used lately"));
        recent.setMinWidth(MenuButton.USE_PREF_SIZE);
        recent.disableProperty().bind(Bindings.isEmpty(model.recent()));
        recent.setOnShowing(e -> recent.getItems().setAll(model.recent().stream().map(f -> {
            MenuItem item = new MenuItem(f);
            item.setMnemonicParsing(false);
            item.setOnAction(a -> model.pick(f));
            return item;
        }).toList()));
        HBox row = new HBox(6, prefix, field, recent);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(field, Priority.ALWAYS);
        Label problem = new Label();
        problem.getStyleClass().add(ParamEditor.ERROR_STYLE);
        problem.setWrapText(true);
        Label before = excerpt();
        Label mark = excerpt();
        mark.getStyleClass().add("formula-error-mark");
        Label after = excerpt();
        HBox where = new HBox(before, mark, after);
        VBox error = new VBox(1, problem, where);
        error.setId("formula-error");
        getChildren().addAll(row, error);
        model.errorProperty().addListener((obs, old, now) -> show(now, error, problem, before, mark, after));
        show(model.errorProperty().get(), error, problem, before, mark, after);
    }

    /** Puts the keyboard focus in the text field. */
    public void focusField() {
        field.requestFocus();
        field.end();
    }

    private void show(FormulaSyntaxException e, VBox error, Label problem, Label before, Label mark, Label after) {
        error.setVisible(e != null);
        error.setManaged(e != null);
        field.getStyleClass().remove("invalid");
        if (e == null) {
            return;
        }
        field.getStyleClass().add("invalid");
        problem.setText(e.getMessage());
        String text = field.getText();
        int at = Math.min(e.column(), text.length());
        int from = Math.max(0, at - CONTEXT);
        int to = Math.min(text.length(), at + 1 + CONTEXT);
        before.setText((from > 0 ? "\u2026" : "") + text.substring(from, at));
        mark.setText(at < text.length() ? text.substring(at, at + 1) : " ");
        after.setText(at < text.length() ? text.substring(at + 1, to) + (to < text.length() ? "\u2026" : "") : "");
    }

    private static Label excerpt() {
        Label label = new Label();
        label.getStyleClass().add("formula");
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    /** What a formula may contain, in a tool tip. */
    private static Tooltip help() {
        Tooltip tip = new Tooltip("Your own landscape f(x, y): x and y, numbers (2, 0.5, 1e-3), + - * / ^ and"
                + " parentheses, pi and e, the functions " + String.join(", ", Operation.functionNames())
                + " (log is the natural logarithm). Every other name, such as a or b, is a parameter with a slider."
                + " Gradients and curvatures are exact. At most " + Expression.MAX_LENGTH + " characters.");
        tip.setWrapText(true);
        tip.setMaxWidth(440);
        return tip;
    }
}
