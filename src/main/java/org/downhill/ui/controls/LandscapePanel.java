package org.downhill.ui.controls;

import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import org.downhill.landscape.Landscape;
import org.downhill.ui.model.LabViewModel;

/** The landscape's formula, what it teaches, and its parameters, in a pane that can be folded away. */
public final class LandscapePanel extends TitledPane {

    /** A panel describing and editing the lab's landscape. */
    public LandscapePanel(LabViewModel lab) {
        setId("landscape-panel");
        getStyleClass().add("panel-pane");
        Label formula = new Label();
        formula.getStyleClass().add("formula");
        formula.setWrapText(true);
        Label description = new Label();
        description.getStyleClass().add("muted");
        description.setWrapText(true);
        lab.landscapeProperty().addListener((obs, old, now) -> show(now, formula, description));
        show(lab.landscape(), formula, description);
        setContent(new VBox(6, formula, description, new ParamEditor(lab.landscapeModel())));
    }

    private void show(Landscape landscape, Label formula, Label description) {
        setText("Landscape: " + landscape.displayName());
        formula.setText("f = " + landscape.formula().plain());
        description.setText(landscape.family().description());
    }
}
