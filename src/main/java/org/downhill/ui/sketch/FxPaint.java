package org.downhill.ui.sketch;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.downhill.figure.sketch.FigureFont;
import org.downhill.figure.sketch.Rgba;

/** Figure colours and fonts as JavaFX has them, and back. */
public final class FxPaint {
    /** The font family of figure text on a canvas. */
    private static final String FAMILY = "System";

    private FxPaint() {
    }

    /** The JavaFX colour of a figure colour. */
    public static Color color(Rgba c) {
        return Color.rgb(c.red(), c.green(), c.blue(), c.opacity());
    }

    /** The figure colour of a JavaFX colour (channels rounded to 0..255). */
    public static Rgba rgba(Color c) {
        return Rgba.rgb((int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255), c.getOpacity());
    }

    /** The JavaFX font of a figure font: the "System" family at its size, bold or regular. */
    public static Font font(FigureFont f) {
        return Font.font(FAMILY, f.bold() ? FontWeight.BOLD : FontWeight.NORMAL, f.size());
    }
}
