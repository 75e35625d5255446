package org.downhill.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.downhill.ui.model.LabViewModel;

/**
 * The keys of {@link Shortcut#ALL}, handled for the whole window before any control sees them,
 * except while the user types into a text field (where Space, letters and arrows are text).
 */
public final class KeyboardShortcuts {
    private KeyboardShortcuts() {
    }

    /** Installs the shortcuts on a scene. */
    public static void install(Scene scene, LabViewModel lab, Runnable toggleHelp) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F1) {
                toggleHelp.run();
                e.consume();
                return;
            }
            if (typing(scene)) {
                return;
            }
            if (e.isShortcutDown()) {
                if (e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.ADD) {
                    lab.view().changeTextSize(1);
                    e.consume();
                } else if (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT) {
                    lab.view().changeTextSize(-1);
                    e.consume();
                }
                return;
            }
            if (e.isAltDown() || e.isMetaDown()) {
                return;
            }
            boolean handled = true;
            switch (e.getCode()) {
                case SPACE -> lab.togglePlay();
                case RIGHT -> lab.stepForward();
                case LEFT -> lab.stepBack();
                case R -> lab.reset();
                case F -> lab.view().fit();
                case G -> toggle(lab.view().gradientFieldProperty());
                case A -> toggle(lab.view().anatomyProperty());
                case V -> lab.view().nextLayout();
                default -> handled = false;
            }
            if (handled) {
                e.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter()) && !typing(scene)) {
                toggleHelp.run();
                e.consume();
            }
        });
    }

    private static void toggle(javafx.beans.property.BooleanProperty p) {
        p.set(!p.get());
    }

    private static boolean typing(Scene scene) {
        Node focus = scene.getFocusOwner();
        return focus instanceof TextInputControl;
    }
}
