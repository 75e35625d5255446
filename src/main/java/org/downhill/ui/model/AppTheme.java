package org.downhill.ui.model;

/**
 * The app's themes, both made for projectors: light (dark text on light panels, the default) and
 * dark (light text on dark panels, for a dimmed room). A theme colours the controls and what the
 * views draw around the landscape (backgrounds, axes, labels, legends); the landscape's colour
 * maps stay as chosen.
 */
public enum AppTheme {
    /** Dark text on light panels. */
    LIGHT("Light"),
    /** Light text on dark panels. */
    DARK("Dark");

    private final String label;

    AppTheme(String label) {
        this.label = label;
    }

    /** The name in the View menu, e.g. {@code Dark}. */
    public String label() {
        return label;
    }

    /** The theme with this name ({@link #name()}, any case), or light if there is none. */
    public static AppTheme byName(String name) {
        for (AppTheme t : values()) {
            if (t.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return t;
            }
        }
        return LIGHT;
    }
}
