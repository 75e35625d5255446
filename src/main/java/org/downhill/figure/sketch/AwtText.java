package org.downhill.figure.sketch;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text as Java2D draws it, headless: the logical font {@code SansSerif} (on Linux, fontconfig's
 * sans-serif font, the one the UI's "System" font also uses), measured antialiased with
 * fractional metrics, as {@link Java2DSketch} draws it. Usable on any thread.
 */
public final class AwtText implements TextMeasure {
    /** The one instance. */
    public static final AwtText INSTANCE = new AwtText();

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private final Map<FigureFont, Font> fonts = new ConcurrentHashMap<>();

    private AwtText() {
    }

    /** The AWT font of a figure font. */
    Font font(FigureFont font) {
        return fonts.computeIfAbsent(font, f -> new Font(Font.SANS_SERIF, f.bold() ? Font.BOLD : Font.PLAIN, 1)
                .deriveFont((float) f.size()));
    }

    /** How text is rendered for measuring and drawing: antialiased, fractional metrics. */
    static FontRenderContext context() {
        return CONTEXT;
    }

    @Override
    public double width(String text, FigureFont font) {
        return text.isEmpty() ? 0 : font(font).getStringBounds(text, CONTEXT).getWidth();
    }

    @Override
    public double ascent(FigureFont font) {
        return metrics(font).getAscent();
    }

    @Override
    public double descent(FigureFont font) {
        return metrics(font).getDescent();
    }

    private LineMetrics metrics(FigureFont font) {
        return font(font).getLineMetrics("Hg", CONTEXT);
    }
}
