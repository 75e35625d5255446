package org.downhill.ui.controls;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.LandscapeFamily;
import org.downhill.landscape.Landscapes;
import org.downhill.ui.model.LabViewModel;

/** The landscape picker, the landscape's formula and description, and its parameters. */
public final class LandscapePanel extends VBox {

    /** A panel editing the lab's landscape. */
    public LandscapePanel(LabViewModel lab) {
        getStyleClass().add("panel-section");
        setSpacing(6);
        Label title = new Label("Landscape");
        title.getStyleClass().add("section-title");
        ComboBox<LandscapeFamily> picker = new ComboBox<>();
        picker.setId("landscape-picker");
        picker.getItems().setAll(Landscapes.all());
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setCellFactory(list -> new FamilyCell());
        picker.setButtonCell(new FamilyCell());
        picker.setTooltip(new Tooltip("The loss function f(x, y) the runs descend"));
        picker.setValue(lab.landscape().family());
        picker.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                lab.setLandscapeFamily(now);
            }
        });
        Label formula = new Label();
        formula.getStyleClass().add("formula");
        formula.setWrapText(true);
        Label description = new Label();
        description.getStyleClass().add("muted");
        description.setWrapText(true);
        lab.landscapeProperty().addListener((obs, old, now) -> show(now, picker, formula, description));
        show(lab.landscape(), picker, formula, description);
        getChildren().addAll(title, picker, formula, description, new ParamEditor(lab.landscapeModel()));
    }

    private static void show(Landscape landscape, ComboBox<LandscapeFamily> picker, Label formula, Label description) {
        picker.setValue(landscape.family());
        formula.setText("f = " + landscape.formula().plain());
        description.setText(landscape.family().description());
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
