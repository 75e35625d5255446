package org.downhill.figure.sketch;

/**
 * A font of a figure: the system's sans-serif font (the UI's "System" font, Java's "SansSerif",
 * a sans-serif stack in SVG) at a size in figure units, regular or bold.
 *
 * @param size the size in units of the sketch (pixels at scale 1), positive and finite
 * @param bold whether bold
 */
public record FigureFont(double size, boolean bold) {
    /**
     * Checks the size.
     *
     * @throws IllegalArgumentException if the size is not positive and finite
     */
    public FigureFont {
        if (!(size > 0 && Double.isFinite(size))) {
            throw new IllegalArgumentException("a font size must be positive and finite, not " + size);
        }
    }

    /** The regular font of {@code points} at a text scale (1 for normal text). */
    public static FigureFont regular(double textScale, double points) {
        return new FigureFont(points * textScale, false);
    }

    /** The bold font of {@code points} at a text scale (1 for normal text). */
    public static FigureFont bold(double textScale, double points) {
        return new FigureFont(points * textScale, true);
    }
}
