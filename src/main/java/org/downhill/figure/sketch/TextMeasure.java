package org.downhill.figure.sketch;

/**
 * How large a sketch draws text, so that labels, legends and cards can be laid out around it: the
 * advance width of a string and the font's ascent and descent (the alphabetic baseline's distance
 * to the top and to the bottom of the line). Each kind of sketch measures with the text engine it
 * draws with.
 */
public interface TextMeasure {
    /** The width of {@code text} in {@code font}, in units of the sketch. */
    double width(String text, FigureFont font);

    /** How far the font reaches above the baseline, positive. */
    double ascent(FigureFont font);

    /** How far the font reaches below the baseline, positive. */
    double descent(FigureFont font);

    /**
     * How far below a text's y its alphabetic baseline lies, for a text baseline: the ascent for
     * TOP, half of ascent minus descent for CENTER, 0 for BASELINE, minus the descent for BOTTOM.
     */
    default double baselineBelow(FigureFont font, TextBaseline baseline) {
        return switch (baseline) {
            case TOP -> ascent(font);
            case CENTER -> (ascent(font) - descent(font)) / 2;
            case BASELINE -> 0;
            case BOTTOM -> -descent(font);
        };
    }
}
