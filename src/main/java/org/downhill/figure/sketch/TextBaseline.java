package org.downhill.figure.sketch;

/**
 * Where text lies vertically relative to its y (as a canvas's text baseline): y is the top of the
 * font's ascent, the middle between ascent and descent, the alphabetic baseline, or the bottom of
 * the descent.
 */
public enum TextBaseline {
    /** y is the top: the text hangs below it by the font's ascent. */
    TOP,
    /** y is halfway between the top of the ascent and the bottom of the descent. */
    CENTER,
    /** y is the alphabetic baseline. */
    BASELINE,
    /** y is the bottom of the descent. */
    BOTTOM
}
