package org.downhill.ui;

import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Keeps a node's window full screen while a property is true, and the property false once the
 * window leaves full screen some other way (the window manager). The window's own exit key is
 * off: Esc belongs to the app's keys ({@link KeyboardShortcuts}), which first let a text field
 * drop what was typed; the hint on entering says how to leave.
 */
public final class FullScreen {
    /** The hint shown for a moment on entering full screen. */
    public static final String HINT = "Esc or F11 leaves the presentation";

    private FullScreen() {
    }

    /** Follows {@code on} for whatever stage shows {@code node}, now or later. */
    public static void follow(Node node, BooleanProperty on) {
        on.addListener((obs, old, now) -> {
            Stage stage = stageOf(node);
            if (stage != null && stage.isFullScreen() != now) {
                stage.setFullScreenExitHint(HINT);
                stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
                stage.setFullScreen(now);
            }
        });
        node.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o, was, window) -> watch(window, on));
                watch(scene.getWindow(), on);
            }
        });
    }

    private static void watch(Window window, BooleanProperty on) {
        if (window instanceof Stage stage) {
            stage.fullScreenProperty().addListener((obs, was, now) -> {
                if (!now && on.get()) {
                    on.set(false);
                }
            });
        }
    }

    private static Stage stageOf(Node node) {
        return node.getScene() != null && node.getScene().getWindow() instanceof Stage s ? s : null;
    }
}
