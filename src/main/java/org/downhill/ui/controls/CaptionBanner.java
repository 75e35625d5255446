package org.downhill.ui.controls;

import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.downhill.ui.model.LabViewModel;

/**
 * The scenario's caption (what a preset shows, in a paragraph) above the landscape, with a button
 * to put it away. Hidden while there is no caption. Kept within its maximum height (which the
 * window sets, so large text does not take the view's room), it scrolls what does not fit. Once
 * the runs or the landscape have changed since the caption was measured, the caption is dimmed
 * under a note saying so: its numbers speak of the scenario as loaded.
 */
public final class CaptionBanner extends BorderPane {
    private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");

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
        Label changed = new Label("Changed since loaded: this caption speaks of the runs as they were (Undo"
                + " brings them back).");
        changed.setId("caption-changed");
        changed.getStyleClass().add("caption-changed");
        changed.setWrapText(true);
        changed.setMinHeight(Region.USE_PREF_SIZE);
        changed.visibleProperty().bind(lab.changedSinceLoadedProperty());
        changed.managedProperty().bind(changed.visibleProperty());
        text.pseudoClassStateChanged(STALE, lab.changedSinceLoadedProperty().get());
        lab.changedSinceLoadedProperty().addListener((obs, was, now) -> text.pseudoClassStateChanged(STALE, now));
        ScrollPane scroll = new ScrollPane(new VBox(changed, text));
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // as tall as the whole text where there is room (a scroll pane's own preference is fixed)
        scroll.prefViewportHeightProperty().bind(((Region) scroll.getContent()).heightProperty());
        scroll.getStyleClass().add("caption-scroll");
        setCenter(scroll);
        setRight(close);
        visibleProperty().bind(lab.captionProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
