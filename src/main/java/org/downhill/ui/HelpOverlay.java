package org.downhill.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The help card over the window: what Downhill shows, and the shortcuts. Opened with F1 or ?,
 * closed with the same keys, Escape or a click anywhere.
 */
public final class HelpOverlay extends StackPane {

    /** A hidden help overlay. */
    public HelpOverlay() {
        setId("help-overlay");
        getStyleClass().add("help-overlay");
        setVisible(false);
        Label title = new Label("Downhill \u2014 shortcuts");
        title.getStyleClass().add("help-title");
        Label intro = new Label("Pick a landscape and an optimizer on the right, then press Space. Drag the learning "
                + "rate while it plays: the path continues under the new value from the current step. Badges say "
                + "what each run does and why.");
        intro.setWrapText(true);
        intro.setMaxWidth(560);
        GridPane keys = new GridPane();
        keys.setHgap(18);
        keys.setVgap(6);
        int row = 0;
        for (Shortcut s : Shortcut.ALL) {
            Label k = new Label(s.keys());
            k.getStyleClass().add("help-key");
            keys.addRow(row++, k, new Label(s.description()));
        }
        Label close = new Label("Press Esc, F1 or click to close");
        close.getStyleClass().add("muted");
        VBox card = new VBox(14, title, intro, keys, close);
        card.getStyleClass().add("help-card");
        card.setPadding(new Insets(24));
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        StackPane.setAlignment(card, Pos.CENTER);
        getChildren().add(card);
        setOnMouseClicked(e -> setVisible(false));
        setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                setVisible(false);
            }
        });
    }

    /** Shows the help if hidden, hides it if shown. */
    public void toggle() {
        setVisible(!isVisible());
        if (isVisible()) {
            requestFocus();
        }
    }
}
