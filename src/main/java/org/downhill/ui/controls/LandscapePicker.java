package org.downhill.ui.controls;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.downhill.landscape.FormulaLandscape;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.LandscapeFamily;
import org.downhill.landscape.Landscapes;
import org.downhill.ui.model.FormulaViewModel;
import org.downhill.ui.model.LabViewModel;

/**
 * The landscape menu: picking a built-in family shows it at its default parameters; the last
 * entry, "Your formula…", turns to a typed formula (see {@link FormulaViewModel#activate}) and
 * hands over to the formula field.
 */
public final class LandscapePicker extends ComboBox<LandscapePicker.Choice> {

    /**
     * An entry of the menu.
     *
     * @param family a built-in family, or null for the typed formula
     */
    public record Choice(LandscapeFamily family) {
        /** The typed formula. */
        public static final Choice FORMULA = new Choice(null);

        /** The entry of what a landscape is. */
        static Choice of(Landscape landscape) {
            return landscape instanceof FormulaLandscape ? FORMULA : new Choice(landscape.family());
        }

        /** Its name in the menu, where the formula's ends in an ellipsis (it leads on to the field). */
        String label(boolean inMenu) {
            return family != null ? family.displayName() : inMenu ? "Your formula\u2026" : "Your formula";
        }
    }

    /**
     * A picker of the lab's landscape.
     *
     * @param toFormula runs after the formula entry was picked, e.g. to focus the formula field
     */
    public LandscapePicker(LabViewModel lab, FormulaViewModel formula, Runnable toFormula) {
        setId("landscape-picker");
        List<Choice> choices = new ArrayList<>(Landscapes.all().stream().map(Choice::new).toList());
        choices.add(Choice.FORMULA);
        getItems().setAll(choices);
        setCellFactory(list -> new ChoiceCell(true));
        setButtonCell(new ChoiceCell(false));
        // the name also where the skin shows a value that is not among the items (a model on data)
        setConverter(new StringConverter<>() {
            @Override
            public String toString(Choice choice) {
                return choice == null ? "" : choice.label(false);
            }

            @Override
            public Choice fromString(String text) {
                throw new UnsupportedOperationException("the picker is not editable");
            }
        });
        setTooltip(new Tooltip("The loss function f(x, y) the runs descend: a built-in one or your own formula"));
        setValue(Choice.of(lab.landscape()));
        lab.landscapeProperty().addListener((obs, old, now) -> setValue(Choice.of(now)));
        valueProperty().addListener((obs, old, now) -> {
            if (now == null || now.equals(Choice.of(lab.landscape()))) {
                return;
            }
            if (now.family() != null) {
                lab.setLandscapeFamily(now.family());
            } else {
                formula.activate();
                toFormula.run();
                Platform.runLater(() -> {
                    if (!formula.activeProperty().get()) {
                        setValue(Choice.of(lab.landscape()));
                    }
                });
            }
        });
    }

    /** Shows an entry by its name. */
    private static final class ChoiceCell extends ListCell<Choice> {
        private final boolean inMenu;

        ChoiceCell(boolean inMenu) {
            this.inMenu = inMenu;
        }

        @Override
        protected void updateItem(Choice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label(inMenu));
        }
    }
}
