package org.downhill.ui.sketch;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.downhill.figure.sketch.FigureFont;
import org.downhill.figure.sketch.TextMeasure;

/**
 * Text as a JavaFX canvas draws it: widths from a {@link Text} node's layout bounds, the ascent
 * from its baseline offset and the descent as the rest of its height (the metrics a canvas places
 * text with). FX thread only.
 */
public final class FxText implements TextMeasure {
    /** The one instance. */
    public static final FxText INSTANCE = new FxText();

    private final Text probe = new Text();
    private final Map<FigureFont, Font> fonts = new HashMap<>();

    private FxText() {
    }

    /** The JavaFX font of a figure font, made once. */
    Font font(FigureFont font) {
        return fonts.computeIfAbsent(font, FxPaint::font);
    }

    @Override
    public double width(String text, FigureFont font) {
        probe.setFont(font(font));
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    @Override
    public double ascent(FigureFont font) {
        probe.setFont(font(font));
        probe.setText("Hg");
        return probe.getBaselineOffset();
    }

    @Override
    public double descent(FigureFont font) {
        probe.setFont(font(font));
        probe.setText("Hg");
        return probe.getLayoutBounds().getHeight() - probe.getBaselineOffset();
    }
}
