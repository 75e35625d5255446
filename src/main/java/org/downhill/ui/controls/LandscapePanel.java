package org.downhill.ui.controls;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.downhill.landscape.Landscape;
import org.downhill.ui.model.FormulaViewModel;
import org.downhill.ui.model.LabViewModel;

/**
 * The landscape's formula, what it teaches, and its parameters, in a pane that can be folded
 * away: first the formula field (a typed formula, or empty with a prompt), then for a built-in
 * landscape its own formula with a button that copies it into the field as a starting point,
 * then the description and a slider for each parameter.
 */
public final class LandscapePanel extends TitledPane {
    private final FormulaField field;

    /** A panel describing and editing the lab's landscape. */
    public LandscapePanel(LabViewModel lab, FormulaViewModel formula) {
        setId("landscape-panel");
        getStyleClass().add("panel-pane");
        field = new FormulaField(formula);
        Label builtIn = new Label();
        builtIn.getStyleClass().add("formula");
        builtIn.setWrapText(true);
        Button copy = new Button("Edit as formula");
        copy.setId("copy-formula");
        copy.getStyleClass().add("copy-formula");
        copy.setMinWidth(Button.USE_PREF_SIZE);
        copy.setTooltip(new Tooltip("Copy this formula into the field above, with these parameter values,"
                + " as the start of your own"));
        copy.setOnAction(e -> {
            formula.copyBuiltIn();
            field.focusField();
        });
        HBox copyRow = new HBox(copy);
        copyRow.setAlignment(Pos.CENTER_RIGHT);
        VBox builtInRow = new VBox(4, builtIn, copyRow);
        builtInRow.visibleProperty().bind(formula.activeProperty().not());
        copyRow.visibleProperty().bind(formula.copyableProperty());
        copyRow.managedProperty().bind(copyRow.visibleProperty());
        builtInRow.managedProperty().bind(builtInRow.visibleProperty());
        Label description = new Label();
        description.getStyleClass().add("muted");
        description.setWrapText(true);
        lab.landscapeProperty().addListener((obs, old, now) -> show(now, builtIn, description));
        show(lab.landscape(), builtIn, description);
        setContent(new VBox(6, field, builtInRow, description, new ParamEditor(lab.landscapeModel())));
    }

    /**
     * Unfolds the panel, scrolls it into view and puts the keyboard focus in the formula field, once
     * the event that asked for it (a pick in a menu, whose closing may take the focus) is over.
     */
    public void focusFormula() {
        setExpanded(true);
        Platform.runLater(() -> {
            field.focusField();
            scrollIntoView();
        });
    }

    /** Scrolls the scroll pane around the panel, if any, so that the panel's top shows. */
    private void scrollIntoView() {
        Parent parent = getParent();
        while (parent != null && !(parent instanceof ScrollPane)) {
            parent = parent.getParent();
        }
        if (!(parent instanceof ScrollPane scroll) || scroll.getContent() == null) {
            return;
        }
        Node content = scroll.getContent();
        double hidden = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
        if (hidden > 0) {
            double top = content.sceneToLocal(localToScene(getLayoutBounds())).getMinY();
            scroll.setVvalue(Math.max(0, Math.min(1, top / hidden)));
        }
    }

    private void show(Landscape landscape, Label builtIn, Label description) {
        setText("Landscape: " + landscape.displayName());
        builtIn.setText(landscape.displayName() + ": f = " + landscape.formula().plain());
        description.setText(landscape.family().description());
    }
}
