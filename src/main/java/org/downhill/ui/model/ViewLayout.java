package org.downhill.ui.model;

/** Which views of the landscape the window shows: the 2D map, the 3D surface, or both side by side. */
public enum ViewLayout {
    /** The 2D map only. */
    PLANE("2D"),
    /** The 3D surface only. */
    SURFACE("3D"),
    /** The 2D map and the 3D surface side by side. */
    BOTH("2D + 3D");

    private final String label;

    ViewLayout(String label) {
        this.label = label;
    }

    /** The name on the tool bar's button. */
    public String label() {
        return label;
    }
}
