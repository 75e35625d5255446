package org.downhill.figure;

import org.downhill.figure.sketch.Rgba;
import org.downhill.figure.sketch.Sketch;
import org.downhill.figure.sketch.TextAlign;
import org.downhill.figure.sketch.TextBaseline;

/** Text labels in a figure: on a light panel, so they read on any colour map. */
final class Labelling {

    private Labelling() {
    }

    /** A small tag: the text on a light panel filling the box, framed in {@code color}. */
    static void tag(Sketch sketch, Box box, String text, Rgba color, double scale) {
        sketch.setFill(FigureStyle.PANEL);
        sketch.fillRoundRect(box.x(), box.y(), box.width(), box.height(), 8, 8);
        sketch.setStroke(color);
        sketch.setLineWidth(1.5);
        sketch.strokeRoundRect(box.x(), box.y(), box.width(), box.height(), 8, 8);
        sketch.setFill(FigureStyle.INK);
        sketch.setFont(PlaneLayout.tagFont(scale));
        sketch.setTextAlign(TextAlign.LEFT);
        sketch.setTextBaseline(TextBaseline.CENTER);
        sketch.fillText(text, box.x() + 6 * scale, box.y() + box.height() / 2);
    }
}
