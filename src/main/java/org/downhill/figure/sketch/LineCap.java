package org.downhill.figure.sketch;

/** How the ends of stroked lines look. */
public enum LineCap {
    /** Cut off square at the end point. */
    BUTT,
    /** A half disc around the end point. */
    ROUND,
    /** A half square around the end point (a canvas's default). */
    SQUARE
}
