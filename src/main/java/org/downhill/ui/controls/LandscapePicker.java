package org.downhill.ui.controls;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import org.downhill.landscape.LandscapeFamily;
import org.downhill.landscape.Landscapes;
import org.downhill.ui.model.LabViewModel;

/** The landscape menu: picking a family shows it at its default parameters. */
public final class LandscapePicker extends ComboBox<LandscapeFamily> {

    /** A picker of the lab's landscape. */
    public LandscapePicker(LabViewModel lab) {
        setId("landscape-picker");
        getItems().setAll(Landscapes.all());
        setCellFactory(list -> new FamilyCell());
        setButtonCell(new FamilyCell());
        setTooltip(new Tooltip("The loss function f(x, y) the runs descend"));
        setValue(lab.landscape().family());
        lab.landscapeProperty().addListener((obs, old, now) -> setValue(now.family()));
        valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                lab.setLandscapeFamily(now);
            }
        });
    }

    /** Shows a family by its display name. */
    private static final class FamilyCell extends ListCell<LandscapeFamily> {
        @Override
        protected void updateItem(LandscapeFamily item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.displayName());
        }
    }
}
