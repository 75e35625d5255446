package org.downhill.figure;

import org.downhill.figure.sketch.LineCap;
import org.downhill.figure.sketch.Rgba;
import org.downhill.figure.sketch.Sketch;

/** Arrows in a figure: a shaft and a filled head, over an outline that keeps them visible on any colour. */
final class Arrows {
    private Arrows() {
    }

    /**
     * Draws an arrow from (x0, y0) to (x1, y1).
     *
     * @param fill    the arrow's colour
     * @param outline the colour of the thin outline drawn first
     * @param width   the shaft width
     * @param head    the head length
     */
    static void draw(Sketch sketch, double x0, double y0, double x1, double y1, Rgba fill, Rgba outline,
                     double width, double head) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double length = Math.hypot(dx, dy);
        if (!(length > 0.5) || !Double.isFinite(length)) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        double h = Math.min(head, length * 0.6);
        double baseX = x1 - ux * h;
        double baseY = y1 - uy * h;
        double wing = h * 0.5;
        sketch.setLineCap(LineCap.ROUND);
        sketch.setStroke(outline);
        sketch.setLineWidth(width + 2);
        sketch.strokeLine(x0, y0, baseX, baseY);
        sketch.setStroke(fill);
        sketch.setLineWidth(width);
        sketch.strokeLine(x0, y0, baseX, baseY);
        sketch.setFill(fill);
        sketch.setStroke(outline);
        sketch.setLineWidth(1);
        sketch.beginPath();
        sketch.moveTo(x1, y1);
        sketch.lineTo(baseX - uy * wing, baseY + ux * wing);
        sketch.lineTo(baseX + uy * wing, baseY - ux * wing);
        sketch.closePath();
        sketch.fill();
        sketch.stroke();
    }
}
