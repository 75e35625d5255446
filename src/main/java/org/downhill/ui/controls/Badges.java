package org.downhill.ui.controls;

import javafx.scene.control.Label;
import org.downhill.diagnose.Diagnosis;

/** The diagnosis badge: the headline on a colour that says good (green), warning (amber) or bad (red). */
public final class Badges {
    /** Style classes of the three badge colours. */
    private static final String[] STYLES = {"badge-good", "badge-warn", "badge-bad"};

    private Badges() {
    }

    /** Shows a diagnosis on a badge label. */
    public static void show(Label badge, Diagnosis d) {
        badge.setText(d.headline());
        badge.getStyleClass().removeAll(STYLES);
        badge.getStyleClass().add(style(d));
    }

    /** The style class of a diagnosis. */
    static String style(Diagnosis d) {
        if (d.stuck()) {
            return "badge-warn";
        }
        return switch (d.regime()) {
            case CONVERGES, CONVERGES_OSCILLATING -> "badge-good";
            case SLOW -> "badge-warn";
            case OSCILLATES, DIVERGES -> "badge-bad";
        };
    }

    /** A new badge label. */
    public static Label create() {
        Label badge = new Label();
        badge.getStyleClass().add("badge");
        return badge;
    }
}
