package org.downhill.figure.sketch;

/** How stroked lines look where segments of a path meet. */
public enum LineJoin {
    /** A sharp corner (cut off beyond a miter limit of 10, as on a canvas). */
    MITER,
    /** A round corner. */
    ROUND,
    /** A cut corner. */
    BEVEL
}
