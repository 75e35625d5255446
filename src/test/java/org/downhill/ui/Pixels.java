package org.downhill.ui;

import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.downhill.figure.PlotArea;
import org.downhill.render.Viewport;
import org.downhill.sim.Trajectory;
import org.downhill.ui.plane.PlaneView;

/** Colour checks on rendered images, for the UI tests. */
public final class Pixels {
    /** The steps whose midpoints {@link #pathPointsInColour} checks. */
    public static final int PATH_POINTS = 20;
    private Pixels() {
    }

    /** Whether two colours match to within {@code tolerance} in each of red, green and blue. */
    public static boolean matches(Color p, Color c, double tolerance) {
        return Math.abs(p.getRed() - c.getRed()) < tolerance && Math.abs(p.getGreen() - c.getGreen()) < tolerance
                && Math.abs(p.getBlue() - c.getBlue()) < tolerance;
    }

    /** Whether a pixel within one pixel of (x, y) has nearly the colour c. */
    public static boolean near(PixelReader pixels, int x, int y, Color c) {
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                if (matches(pixels.getColor(x + dx, y + dy), c, 0.08)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many pixels of the image have nearly the colour c. */
    public static int count(Image image, Color c) {
        PixelReader pixels = image.getPixelReader();
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (matches(pixels.getColor(x, y), c, 0.06)) {
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * How many of the midpoints of a run's first 20 steps are drawn in its colour, in an image of
     * the view at {@code scale} pixels per view pixel.
     */
    public static int pathPointsInColour(Image image, PlaneView plane, Trajectory t, Color c, double scale) {
        PixelReader pixels = image.getPixelReader();
        Viewport v = plane.viewport();
        PlotArea area = plane.plotArea();
        int matching = 0;
        for (int k = 0; k < PATH_POINTS; k++) {
            double x = (t.x(k) + t.x(k + 1)) / 2;
            double y = (t.y(k) + t.y(k + 1)) / 2;
            int px = (int) Math.round(scale * (area.x() + v.toPixelX(x)));
            int py = (int) Math.round(scale * (area.y() + v.toPixelY(y)));
            if (near(pixels, px, py, c)) {
                matching++;
            }
        }
        return matching;
    }
}
