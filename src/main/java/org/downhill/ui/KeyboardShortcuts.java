package org.downhill.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.PopupControl;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.downhill.ui.model.LabViewModel;

/**
 * The keys of {@link Shortcut#ALL}, handled for the whole window before any control sees them,
 * except while something else has the keys: a text field (where Space, letters and arrows are
 * text), an open menu or drop-down list, or the menu bar. Enter or Esc in a text field gives the
 * keys back to the view once the field has taken (Enter) or dropped (Esc) what was typed.
 */
public final class KeyboardShortcuts {
    private KeyboardShortcuts() {
    }

    /**
     * Installs the shortcuts on a scene.
     *
     * @param home  the node that gets the keys back after Enter or Esc in a text field (the views)
     * @param work  the work area: F11 and Esc switch presenting, C its controls' drawer
     * @param pages what Page Down and Page Up turn
     */
    public static void install(Scene scene, LabViewModel lab, Runnable toggleHelp, Node home, WorkArea work,
                               PageTurner pages) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F1 || e.getCode() == KeyCode.F11) {
                if (e.getCode() == KeyCode.F1) {
                    toggleHelp.run();
                } else {
                    toggle(work.presentingProperty());
                }
                e.consume();
                return;
            }
            if ((e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.PAGE_UP)
                    && !(scene.getFocusOwner() instanceof TextArea) && !menuHasTheKeys(scene)) {
                // a presenter's remote sends these: they turn the page wherever the focus is (a
                // one-line field has no use for them)
                if (e.getCode() == KeyCode.PAGE_DOWN) {
                    pages.next();
                } else {
                    pages.previous();
                }
                e.consume();
                return;
            }
            if (typing(scene)) {
                if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.ESCAPE) {
                    // after the field has handled the key (applied or reverted the text)
                    Platform.runLater(home::requestFocus);
                }
                return;
            }
            if (menuHasTheKeys(scene)) {
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
            if (e.isAltDown() || e.isMetaDown() || e.getCode().isArrowKey() && ownsArrowKeys(scene)) {
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
                case C -> handled = work.presentingProperty().get() && toggle(work.drawerOpenProperty());
                case ESCAPE -> handled = work.presentingProperty().get()
                        && !(scene.getFocusOwner() instanceof HelpOverlay) && !toggle(work.presentingProperty());
                default -> handled = false;
            }
            if (handled) {
                e.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter()) && !typing(scene) && !menuHasTheKeys(scene)) {
                toggleHelp.run();
                e.consume();
            }
        });
    }

    /** Flips a switch; returns its new value. */
    private static boolean toggle(javafx.beans.property.BooleanProperty p) {
        p.set(!p.get());
        return p.get();
    }

    /**
     * The style class of a control that uses the arrow keys itself while it has the focus (the
     * learning-rate strip): they do not step the playhead then.
     */
    public static final String OWNS_ARROW_KEYS = "owns-arrow-keys";

    private static boolean ownsArrowKeys(Scene scene) {
        Node focus = scene.getFocusOwner();
        return focus != null && focus.getStyleClass().contains(OWNS_ARROW_KEYS);
    }

    private static boolean typing(Scene scene) {
        Node focus = scene.getFocusOwner();
        return focus instanceof TextInputControl;
    }

    /** Whether a menu or drop-down list of this window is open, or the menu bar has the focus. */
    static boolean menuHasTheKeys(Scene scene) {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w instanceof PopupControl popup && !(w instanceof Tooltip)
                    && popup.getOwnerWindow() == scene.getWindow()) {
                return true;
            }
        }
        for (Node n = scene.getFocusOwner(); n != null; n = n.getParent()) {
            if (n instanceof MenuBar) {
                return true;
            }
        }
        return false;
    }
}
