package org.downhill.ui.plane;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** Arrows on a canvas: a shaft and a filled head, over an outline that keeps them visible on any colour. */
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
    static void draw(GraphicsContext gc, double x0, double y0, double x1, double y1, Color fill, Color outline,
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
        gc.setLineCap(javafx.scene.shape.StrokeLineCap.ROUND);
        gc.setStroke(outline);
        gc.setLineWidth(width + 2);
        gc.strokeLine(x0, y0, baseX, baseY);
        gc.setStroke(fill);
        gc.setLineWidth(width);
        gc.strokeLine(x0, y0, baseX, baseY);
        gc.setFill(fill);
        gc.setStroke(outline);
        gc.setLineWidth(1);
        gc.beginPath();
        gc.moveTo(x1, y1);
        gc.lineTo(baseX - uy * wing, baseY + ux * wing);
        gc.lineTo(baseX + uy * wing, baseY - ux * wing);
        gc.closePath();
        gc.fill();
        gc.stroke();
    }
}
