package org.downhill.ui.plane;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.downhill.landscape.CriticalPoint;
import org.downhill.ui.Theme;

/**
 * The symbols of the plane: critical points (a star for a global minimum, a ring for a local one,
 * a cross for a saddle point, a triangle for a maximum), the start point, a change of settings, a
 * run's current position and the place where a diverging run left the view.
 */
final class Markers {
    private Markers() {
    }

    /** The symbol of a critical point, centred on (x, y). */
    static void criticalPoint(GraphicsContext gc, double x, double y, CriticalPoint.Kind kind, double scale) {
        switch (kind) {
            case GLOBAL_MIN -> star(gc, x, y, 9 * scale, Color.WHITE, Color.BLACK);
            case LOCAL_MIN -> {
                gc.setLineWidth(2.2);
                gc.setStroke(Color.BLACK);
                gc.strokeOval(x - 5 * scale, y - 5 * scale, 10 * scale, 10 * scale);
                gc.setLineWidth(1.2);
                gc.setStroke(Color.WHITE);
                gc.strokeOval(x - 5 * scale, y - 5 * scale, 10 * scale, 10 * scale);
            }
            case SADDLE -> cross(gc, x, y, 5 * scale);
            case MAX -> triangle(gc, x, y, 6 * scale);
        }
    }

    static void star(GraphicsContext gc, double x, double y, double r, Color fill, Color outline) {
        gc.beginPath();
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? r : r * 0.45;
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            double px = x + radius * Math.cos(angle);
            double py = y + radius * Math.sin(angle);
            if (i == 0) {
                gc.moveTo(px, py);
            } else {
                gc.lineTo(px, py);
            }
        }
        gc.closePath();
        gc.setFill(fill);
        gc.fill();
        gc.setStroke(outline);
        gc.setLineWidth(1.3);
        gc.stroke();
    }

    static void cross(GraphicsContext gc, double x, double y, double r) {
        gc.setLineWidth(3.4);
        gc.setStroke(Color.BLACK);
        gc.strokeLine(x - r, y - r, x + r, y + r);
        gc.strokeLine(x - r, y + r, x + r, y - r);
        gc.setLineWidth(1.6);
        gc.setStroke(Color.WHITE);
        gc.strokeLine(x - r, y - r, x + r, y + r);
        gc.strokeLine(x - r, y + r, x + r, y - r);
    }

    static void triangle(GraphicsContext gc, double x, double y, double r) {
        gc.beginPath();
        gc.moveTo(x, y + r);
        gc.lineTo(x - r, y - r * 0.7);
        gc.lineTo(x + r, y - r * 0.7);
        gc.closePath();
        gc.setFill(Color.WHITE);
        gc.fill();
        gc.setStroke(Color.BLACK);
        gc.setLineWidth(1.2);
        gc.stroke();
    }

    /** The start point: a ring with a cross hair in the run's colour. */
    static void start(GraphicsContext gc, double x, double y, Color color, double scale) {
        double r = 7 * scale;
        gc.setLineWidth(4);
        gc.setStroke(Theme.HALO);
        gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        gc.setLineWidth(2);
        gc.setStroke(color);
        gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        gc.strokeLine(x - r - 3, y, x - r + 3, y);
        gc.strokeLine(x + r - 3, y, x + r + 3, y);
        gc.strokeLine(x, y - r - 3, x, y - r + 3);
        gc.strokeLine(x, y + r - 3, x, y + r + 3);
    }

    /** The current position: a ball in the run's colour with a light rim. */
    static void ball(GraphicsContext gc, double x, double y, Color color, double scale) {
        double r = 7 * scale;
        gc.setFill(color);
        gc.fillOval(x - r, y - r, 2 * r, 2 * r);
        gc.setLineWidth(2);
        gc.setStroke(Color.WHITE);
        gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        gc.setLineWidth(1);
        gc.setStroke(Color.rgb(0, 0, 0, 0.6));
        gc.strokeOval(x - r - 1.5, y - r - 1.5, 2 * r + 3, 2 * r + 3);
    }

    /** A change of settings on the path: a diamond in the run's colour. */
    static void change(GraphicsContext gc, double x, double y, Color color, double scale) {
        double r = 6 * scale;
        gc.beginPath();
        gc.moveTo(x, y - r);
        gc.lineTo(x + r, y);
        gc.lineTo(x, y + r);
        gc.lineTo(x - r, y);
        gc.closePath();
        gc.setFill(color);
        gc.fill();
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(1.8);
        gc.stroke();
    }

    /** An overshooting step's landing point: a small light ring. */
    static void overshoot(GraphicsContext gc, double x, double y, Color color) {
        gc.setLineWidth(1.5);
        gc.setStroke(Color.WHITE);
        gc.strokeOval(x - 3.5, y - 3.5, 7, 7);
        gc.setStroke(color);
        gc.setLineWidth(1);
        gc.strokeOval(x - 2.5, y - 2.5, 5, 5);
    }

    /** Where a diverging run left the view: an arrow head pointing out, with a label. */
    static void exit(GraphicsContext gc, double x, double y, double dirX, double dirY, Color color, String label,
                     double scale) {
        double length = Math.hypot(dirX, dirY);
        double ux = length > 0 ? dirX / length : 0;
        double uy = length > 0 ? dirY / length : -1;
        Arrows.draw(gc, x - ux * 22 * scale, y - uy * 22 * scale, x, y, color, Color.WHITE, 3, 12 * scale);
        Labelling.tag(gc, x - ux * 30 * scale, y - uy * 30 * scale, label, color, scale);
    }
}
