package org.downhill.ui.controls;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.downhill.data.ModelLandscape;
import org.downhill.landscape.FormulaLandscape;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.LandscapeFamily;
import org.downhill.landscape.Landscapes;
import org.downhill.ui.model.FormulaViewModel;
import org.downhill.scenario.DataSets;
import org.downhill.ui.model.LabViewModel;
import org.downhill.ui.model.TrainingViewModel;

/**
 * The landscape menu: picking a built-in family shows it at its default parameters; the entry
 * "Your formula…" turns to a typed formula (see {@link FormulaViewModel#activate}) and hands over
 * to the formula field; the entries after it are the shipped data sets, each with the model it is
 * made for (see {@link TrainingViewModel#openShipped}), and last "Your data (CSV file)…". The data
 * sets are read when the menu first opens (reading them, and the JSON library their index needs,
 * would otherwise delay the window's first frame); until then a data landscape shows by its name.
 */
public final class LandscapePicker extends ComboBox<LandscapePicker.Choice> {
    private static final double PREFERRED_WIDTH = 180;
    private boolean dataListed;

    /**
     * An entry of the menu.
     *
     * @param family a built-in family, the family of a model on a user's data, or null for the
     *               typed formula and the shipped data sets
     * @param data   a shipped data set with its model, or null
     * @param file   whether this is the entry that opens a CSV file
     */
    public record Choice(LandscapeFamily family, DataSets.Entry data, boolean file) {
        /** The typed formula. */
        public static final Choice FORMULA = new Choice(null, null, false);
        /** A CSV file of the user's. */
        public static final Choice FILE = new Choice(null, null, true);

        Choice(LandscapeFamily family, DataSets.Entry data) {
            this(family, data, false);
        }

        /** The entry of what a landscape is (a shipped data set's own entry for a model on it). */
        static Choice of(Landscape landscape) {
            if (landscape instanceof ModelLandscape m) {
                return DataSets.all().stream()
                        .filter(e -> e.model() == m.model() && e.data().equals(m.data())
                                && m.columns().equals(e.data().table().names()))
                        .findFirst().map(e -> new Choice(null, e)).orElse(new Choice(m.family(), null));
            }
            return landscape instanceof FormulaLandscape ? FORMULA : new Choice(landscape.family(), null);
        }

        /** Its name in the menu, where the formula's ends in an ellipsis (it leads on to the field). */
        String label(boolean inMenu) {
            if (file) {
                return "Your data (CSV file)\u2026";
            }
            if (data != null) {
                return "Data: " + data.data().title() + " (" + data.model().displayName().toLowerCase(Locale.ROOT) + ")";
            }
            return family != null ? family.displayName() : inMenu ? "Your formula\u2026" : "Your formula";
        }
    }

    /**
     * A picker of the lab's landscape.
     *
     * @param toFormula runs after the formula entry was picked, e.g. to focus the formula field
     * @param training  opens a shipped data set picked
     * @param openFile  asks for a CSV file and the model to train on it
     */
    public LandscapePicker(LabViewModel lab, FormulaViewModel formula, Runnable toFormula,
                           TrainingViewModel training, Runnable openFile) {
        setId("landscape-picker");
        // as wide as the built-in names need (the tool bar's text keeps its size): a long name, such
        // as a model on a data set, is elided rather than pushing tool-bar actions out
        setPrefWidth(PREFERRED_WIDTH);
        setMinWidth(PREFERRED_WIDTH);
        List<Choice> choices = new ArrayList<>(Landscapes.all().stream().map(f -> new Choice(f, null)).toList());
        choices.add(Choice.FORMULA);
        choices.add(Choice.FILE);
        getItems().setAll(choices);
        setOnShowing(event -> listShippedData(training));
        focusedProperty().addListener((obs, was, is) -> listShippedData(training));
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
        setTooltip(new Tooltip("The loss function f(x, y) the runs descend: a built-in one, your own formula, or the loss"
                + " of a model on a data set"));
        setValue(Choice.of(lab.landscape()));
        lab.landscapeProperty().addListener((obs, old, now) -> setValue(Choice.of(now)));
        valueProperty().addListener((obs, old, now) -> {
            if (now == null || now.equals(Choice.of(lab.landscape()))) {
                return;
            }
            if (now.file()) {
                openFile.run();
                Platform.runLater(() -> setValue(Choice.of(lab.landscape())));
            } else if (now.data() != null) {
                training.openShipped(now.data());
            } else if (now.family() != null) {
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

    /** Adds the shipped data sets before the file entry, the first time it is called. */
    private void listShippedData(TrainingViewModel training) {
        if (dataListed) {
            return;
        }
        dataListed = true;
        getItems().addAll(getItems().indexOf(Choice.FILE),
                training.shipped().stream().map(e -> new Choice(null, e)).toList());
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
