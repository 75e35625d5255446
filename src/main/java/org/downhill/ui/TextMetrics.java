package org.downhill.ui;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** The width of a text as drawn on a canvas, for laying out labels and cards. FX thread only. */
public final class TextMetrics {
    private static final Text MEASURE = new Text();

    private TextMetrics() {
    }

    /** The width of {@code text} in {@code font}, in pixels. */
    public static double width(String text, Font font) {
        MEASURE.setFont(font);
        MEASURE.setText(text);
        return MEASURE.getLayoutBounds().getWidth();
    }
}
