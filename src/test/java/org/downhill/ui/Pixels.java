package org.downhill.ui;

import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;

/** Colour checks on rendered images, for the UI tests. */
public final class Pixels {
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
}
