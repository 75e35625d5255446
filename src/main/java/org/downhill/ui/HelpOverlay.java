package org.downhill.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The help card over the window: what Downhill shows, and the shortcuts. Opened with F1 or ?,
 * closed with the same keys, Escape or a click anywhere.
 */
public final class HelpOverlay extends StackPane {
    /** The width the introduction wraps at, in pixels. */
    private static final double INTRO_WIDTH = 560;

    /** A hidden help overlay; its card is built the first time it is shown (the start does not wait for it). */
    public HelpOverlay() {
        setId("help-overlay");
        getStyleClass().add("help-overlay");
        setVisible(false);
        setOnMouseClicked(e -> setVisible(false));
        setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                setVisible(false);
            }
        });
    }

    /** The card: a title, what to do first, the shortcuts and how to close it. */
    private static VBox card() {
        Label title = new Label("Downhill \u2014 shortcuts");
        title.getStyleClass().add("help-title");
        Label intro = new Label("Pick a landscape and an optimizer on the right, then press Space. Drag the learning "
                + "rate while it plays: the path continues under the new value from the current step. Badges say "
                + "what each run does and why.");
        intro.setId("help-intro");
        intro.setWrapText(true);
        // the width its preferred height is measured at
        intro.setPrefWidth(INTRO_WIDTH);
        GridPane keys = new GridPane();
        keys.setHgap(18);
        keys.setVgap(6);
        int row = 0;
        for (Shortcut s : Shortcut.ALL) {
            Label k = new Label(s.keys());
            k.getStyleClass().add("help-key");
            k.setMinWidth(Region.USE_PREF_SIZE);
            Label description = new Label(s.description());
            description.getStyleClass().add("help-description");
            description.setWrapText(true);
            description.setMinHeight(Region.USE_PREF_SIZE);
            keys.addRow(row++, k, description);
        }
        Label close = new Label("Press Esc, F1 or click to close");
        close.getStyleClass().add("muted");
        // where the window is too low for every shortcut (1280 x 720, larger text) the list
        // scrolls, and where it (or the room the scroll bar takes) is too narrow the descriptions
        // wrap; the title, the introduction, the keys and how to close stay whole
        ScrollPane list = new ScrollPane(keys);
        list.getStyleClass().add("help-list");
        list.setFitToWidth(true);
        list.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(list, Priority.ALWAYS);
        // a click on the list's scroll bar scrolls it; it does not close the card
        list.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            for (Node n = e.getPickResult().getIntersectedNode(); n != null && n != list; n = n.getParent()) {
                if (n instanceof ScrollBar) {
                    e.consume();
                    return;
                }
            }
        });
        for (Label whole : List.of(title, intro, close)) {
            whole.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox card = new VBox(14, title, intro, list, close);
        card.getStyleClass().add("help-card");
        card.setPadding(new Insets(24));
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        StackPane.setAlignment(card, Pos.CENTER);
        return card;
    }

    /** Shows the help if hidden, hides it if shown. */
    public void toggle() {
        if (getChildren().isEmpty()) {
            getChildren().add(card());
        }
        setVisible(!isVisible());
        if (isVisible()) {
            requestFocus();
        }
    }
}
