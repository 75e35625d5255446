package org.downhill.figure;

import org.downhill.figure.sketch.Rgba;
import org.downhill.figure.sketch.Sketch;
import org.downhill.landscape.CriticalPoint;

/**
 * The symbols of the plane: critical points (a star for a global minimum, a ring for a local one,
 * a cross for a saddle point, a triangle for a maximum), the start point, a change of settings, a
 * run's current position and the place where a diverging run left the view.
 */
final class Markers {
    /** A ball's radius at scale 1. */
    private static final double BALL_RADIUS = 7;

    private Markers() {
    }

    /** The symbol of a critical point, centred on (x, y). */
    static void criticalPoint(Sketch sketch, double x, double y, CriticalPoint.Kind kind, double scale) {
        switch (kind) {
            case GLOBAL_MIN -> star(sketch, x, y, 9 * scale, Rgba.WHITE, Rgba.BLACK);
            case LOCAL_MIN -> {
                sketch.setLineWidth(2.2);
                sketch.setStroke(Rgba.BLACK);
                sketch.strokeOval(x - 5 * scale, y - 5 * scale, 10 * scale, 10 * scale);
                sketch.setLineWidth(1.2);
                sketch.setStroke(Rgba.WHITE);
                sketch.strokeOval(x - 5 * scale, y - 5 * scale, 10 * scale, 10 * scale);
            }
            case SADDLE -> cross(sketch, x, y, 5 * scale);
            case MAX -> triangle(sketch, x, y, 6 * scale);
        }
    }

    static void star(Sketch sketch, double x, double y, double r, Rgba fill, Rgba outline) {
        sketch.beginPath();
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? r : r * 0.45;
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            double px = x + radius * Math.cos(angle);
            double py = y + radius * Math.sin(angle);
            if (i == 0) {
                sketch.moveTo(px, py);
            } else {
                sketch.lineTo(px, py);
            }
        }
        sketch.closePath();
        sketch.setFill(fill);
        sketch.fill();
        sketch.setStroke(outline);
        sketch.setLineWidth(1.3);
        sketch.stroke();
    }

    static void cross(Sketch sketch, double x, double y, double r) {
        sketch.setLineWidth(3.4);
        sketch.setStroke(Rgba.BLACK);
        sketch.strokeLine(x - r, y - r, x + r, y + r);
        sketch.strokeLine(x - r, y + r, x + r, y - r);
        sketch.setLineWidth(1.6);
        sketch.setStroke(Rgba.WHITE);
        sketch.strokeLine(x - r, y - r, x + r, y + r);
        sketch.strokeLine(x - r, y + r, x + r, y - r);
    }

    static void triangle(Sketch sketch, double x, double y, double r) {
        sketch.beginPath();
        sketch.moveTo(x, y + r);
        sketch.lineTo(x - r, y - r * 0.7);
        sketch.lineTo(x + r, y - r * 0.7);
        sketch.closePath();
        sketch.setFill(Rgba.WHITE);
        sketch.fill();
        sketch.setStroke(Rgba.BLACK);
        sketch.setLineWidth(1.2);
        sketch.stroke();
    }

    /** The start ring's radius in text-scaled units; its cross hair reaches {@value #START_TICK} further. */
    static final double START_RADIUS = 7;
    /** How far the start ring's cross hair reaches beyond it, in pixels. */
    static final double START_TICK = 3;

    /** The start point: a ring with a cross hair in the run's colour. */
    static void start(Sketch sketch, double x, double y, Rgba color, double scale) {
        double r = START_RADIUS * scale;
        sketch.setLineWidth(4);
        sketch.setStroke(FigureStyle.HALO);
        sketch.strokeOval(x - r, y - r, 2 * r, 2 * r);
        sketch.setLineWidth(2);
        sketch.setStroke(color);
        sketch.strokeOval(x - r, y - r, 2 * r, 2 * r);
        sketch.strokeLine(x - r - START_TICK, y, x - r + START_TICK, y);
        sketch.strokeLine(x + r - START_TICK, y, x + r + START_TICK, y);
        sketch.strokeLine(x, y - r - START_TICK, x, y - r + START_TICK);
        sketch.strokeLine(x, y + r - START_TICK, x, y + r + START_TICK);
    }

    /** How far a ball reaches from its centre at a scale: its radius, outer ring and a pixel of anti-aliasing. */
    static double ballReach(double scale) {
        return BALL_RADIUS * scale + 1.5 + 0.5 + 1;
    }

    /** The current position: a ball in the run's colour with a light rim. */
    static void ball(Sketch sketch, double x, double y, Rgba color, double scale) {
        double r = BALL_RADIUS * scale;
        sketch.setFill(color);
        sketch.fillOval(x - r, y - r, 2 * r, 2 * r);
        sketch.setLineWidth(2);
        sketch.setStroke(Rgba.WHITE);
        sketch.strokeOval(x - r, y - r, 2 * r, 2 * r);
        sketch.setLineWidth(1);
        sketch.setStroke(Rgba.rgb(0, 0, 0, 0.6));
        sketch.strokeOval(x - r - 1.5, y - r - 1.5, 2 * r + 3, 2 * r + 3);
    }

    /** A change of settings on the path: a diamond in the run's colour. */
    static void change(Sketch sketch, double x, double y, Rgba color, double scale) {
        sketch.diamondPath(x, y, 6 * scale);
        sketch.setFill(color);
        sketch.fill();
        sketch.setStroke(Rgba.WHITE);
        sketch.setLineWidth(1.8);
        sketch.stroke();
    }

    /** An overshooting step's landing point: a small light ring. */
    static void overshoot(Sketch sketch, double x, double y, Rgba color) {
        sketch.setLineWidth(1.5);
        sketch.setStroke(Rgba.WHITE);
        sketch.strokeOval(x - 3.5, y - 3.5, 7, 7);
        sketch.setStroke(color);
        sketch.setLineWidth(1);
        sketch.strokeOval(x - 2.5, y - 2.5, 5, 5);
    }

    /** Where a run left the view: an arrow head pointing out at the edge, and its tag where the layout put it. */
    static void exit(Sketch sketch, PlaneLayout.ExitMark exit, Rgba color, double scale) {
        double length = Math.hypot(exit.dirX(), exit.dirY());
        double ux = length > 0 ? exit.dirX() / length : 0;
        double uy = length > 0 ? exit.dirY() / length : -1;
        Arrows.draw(sketch, exit.x() - ux * 22 * scale, exit.y() - uy * 22 * scale, exit.x(), exit.y(), color,
                Rgba.WHITE, 3, 12 * scale);
        Labelling.tag(sketch, exit.tag(), exit.label(), color, scale);
    }
}
