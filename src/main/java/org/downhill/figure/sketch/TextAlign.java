package org.downhill.figure.sketch;

/** Where text lies horizontally relative to its x (as a canvas's text alignment). */
public enum TextAlign {
    /** x is the start of the text. */
    LEFT,
    /** x is the middle of the text. */
    CENTER,
    /** x is the end of the text. */
    RIGHT
}
