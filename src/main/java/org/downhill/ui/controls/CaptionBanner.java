package org.downhill.ui.controls;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import org.downhill.ui.model.LabViewModel;

/**
 * The scenario's caption (what a preset shows, in a paragraph) above the landscape, with a button
 * to put it away. Hidden while there is no caption. Kept within its maximum height (which the
 * window sets, so large text does not take the view's room), it scrolls what does not fit.
 */
public final class CaptionBanner extends BorderPane {

    /** The banner of a lab's caption. */
    public CaptionBanner(LabViewModel lab) {
        getStyleClass().add("caption-banner");
        setId("caption");
        Label text = new Label();
        text.setId("caption-text");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.textProperty().bind(lab.captionProperty());
        Button close = new Button("\u2715");
        close.setId("caption-close");
        close.setTooltip(new Tooltip("Hide the caption"));
        close.setFocusTraversable(false);
        close.setOnAction(e -> lab.captionProperty().set(""));
        ScrollPane scroll = new ScrollPane(text);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // as tall as the whole text where there is room (a scroll pane's own preference is fixed)
        scroll.prefViewportHeightProperty().bind(text.heightProperty());
        scroll.getStyleClass().add("caption-scroll");
        setCenter(scroll);
        setRight(close);
        visibleProperty().bind(lab.captionProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
