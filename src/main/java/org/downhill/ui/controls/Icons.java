package org.downhill.ui.controls;

import javafx.scene.Node;
import javafx.scene.shape.SVGPath;

/** Icons drawn as shapes, so they look the same whatever fonts the machine has. */
final class Icons {
    private Icons() {
    }

    /** A right-pointing triangle. */
    static Node play() {
        return icon("M2,1 L13,7 L2,13 Z");
    }

    /** Two bars. */
    static Node pause() {
        return icon("M2,1 H5.5 V13 H2 Z M8.5,1 H12 V13 H8.5 Z");
    }

    /** A bar and a right-pointing triangle. */
    static Node stepForward() {
        return icon("M1,1 L9,7 L1,13 Z M10,1 H13 V13 H10 Z");
    }

    /** A left-pointing triangle and a bar. */
    static Node stepBack() {
        return icon("M13,1 L5,7 L13,13 Z M1,1 H4 V13 H1 Z");
    }

    /** A bar and two left-pointing triangles. */
    static Node reset() {
        return icon("M1,1 H3.5 V13 H1 Z M9,1 L3.5,7 L9,13 Z M14,1 L8.5,7 L14,13 Z");
    }

    /** A clock face: for things done lately. */
    static Node recent() {
        return icon("M7,0.5 A6.5,6.5 0 1 0 7.001,0.5 Z M7,2 A5,5 0 1 1 6.999,2 Z"
                + " M6.25,3.5 H7.75 V6.7 L10,8.3 L9.2,9.5 L6.25,7.4 Z");
    }

    private static Node icon(String path) {
        SVGPath shape = new SVGPath();
        shape.setContent(path);
        shape.getStyleClass().add("icon");
        return shape;
    }
}
