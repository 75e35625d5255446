package org.downhill.ui.plane;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.downhill.ui.TextMetrics;
import org.downhill.ui.Theme;
import org.downhill.ui.sketch.Sketch;

/** Text labels on the canvas: on a light panel, so they read on any colour map. */
final class Labelling {

    private Labelling() {
    }

    /**
     * A small tag centred near (x, y), framed in {@code color}, nudged to stay between x = 0 and
     * the sketch's width; clipped by the caller.
     */
    static void tag(Sketch sketch, double x, double y, String text, Color color, double scale) {
        Font font = Theme.bold(scale, 12);
        double w = TextMetrics.width(text, font) + 12 * scale;
        double h = 20 * scale;
        double bound = sketch.width();
        double left = Math.max(2, Math.min(x - w / 2, bound - w - 2));
        double top = Math.max(2, y - h / 2);
        sketch.setFill(Theme.PANEL);
        sketch.fillRoundRect(left, top, w, h, 8, 8);
        sketch.setStroke(color);
        sketch.setLineWidth(1.5);
        sketch.strokeRoundRect(left, top, w, h, 8, 8);
        sketch.setFill(Theme.INK);
        sketch.setFont(font);
        sketch.setTextAlign(TextAlignment.LEFT);
        sketch.setTextBaseline(VPos.CENTER);
        sketch.fillText(text, left + 6 * scale, top + h / 2);
    }
}
