package org.downhill.render;

import org.downhill.landscape.Window;

/**
 * A window of the (x, y) plane shown on width x height pixels: the transform between world
 * coordinates (y up) and pixel coordinates (origin at the top-left corner, py down):
 * <pre>
 *   px = (x - xMin) / (xMax - xMin) * width
 *   py = (yMax - y) / (yMax - yMin) * height
 * </pre>
 * Pixel i spans [i, i + 1) with its centre at i + 1/2, where a {@link SampledGrid} of width x height
 * cells over the same window samples. Sizes are doubles, so that a canvas of fractional size and a
 * print export at any scale fit as well. Immutable; zooming and panning make new viewports.
 *
 * @param window the world rectangle shown
 * @param width  the width in pixels, finite and positive
 * @param height the height in pixels, finite and positive
 */
public record Viewport(Window window, double width, double height) {

    /** Validates the sizes. */
    public Viewport {
        if (window == null) {
            throw new IllegalArgumentException("window is null");
        }
        if (!(width > 0 && height > 0 && Double.isFinite(width) && Double.isFinite(height))) {
            throw new IllegalArgumentException("a viewport needs a positive finite size, not " + width + " x " + height);
        }
    }

    /**
     * A viewport of the given size that shows {@code window}. With {@code keepAspect} one world unit
     * spans the same number of pixels both ways (circles stay round) and the window is widened
     * about its centre along one axis until its shape matches the pixels', so it is all still in
     * view; without, the window is stretched to fill the pixels.
     */
    public static Viewport fit(Window window, double width, double height, boolean keepAspect) {
        if (!keepAspect) {
            return new Viewport(window, width, height);
        }
        double unitsPerPixel = Math.max(window.width() / width, window.height() / height);
        double halfWidth = unitsPerPixel * width / 2;
        double halfHeight = unitsPerPixel * height / 2;
        double cx = (window.xMin() + window.xMax()) / 2;
        double cy = (window.yMin() + window.yMax()) / 2;
        return new Viewport(new Window(cx - halfWidth, cx + halfWidth, cy - halfHeight, cy + halfHeight), width, height);
    }

    /** The pixel column of world x. */
    public double toPixelX(double x) {
        return (x - window.xMin()) / window.width() * width;
    }

    /** The pixel row of world y (0 at the top, y up in the world). */
    public double toPixelY(double y) {
        return (window.yMax() - y) / window.height() * height;
    }

    /** The world x of pixel column px: the inverse of {@link #toPixelX}. */
    public double toWorldX(double px) {
        return window.xMin() + px / width * window.width();
    }

    /** The world y of pixel row py: the inverse of {@link #toPixelY}. */
    public double toWorldY(double py) {
        return window.yMax() - py / height * window.height();
    }

    /**
     * Zooms about a pixel: the world point under (px, py) stays under it and the window shrinks
     * by {@code factor} each way (a factor above 1 zooms in, below 1 out).
     *
     * @throws IllegalArgumentException if factor is not positive and finite, or the window would
     *                                  become too small or large for doubles
     */
    public Viewport zoom(double px, double py, double factor) {
        if (!(factor > 0 && Double.isFinite(factor))) {
            throw new IllegalArgumentException("zoom factor must be positive and finite, not " + factor);
        }
        double newWidth = window.width() / factor;
        double newHeight = window.height() / factor;
        double xMin = toWorldX(px) - px / width * newWidth;
        double yMax = toWorldY(py) + py / height * newHeight;
        return new Viewport(new Window(xMin, xMin + newWidth, yMax - newHeight, yMax), width, height);
    }

    /**
     * Moves the content by (dx, dy) pixels, as dragging it does: dx &gt; 0 to the right, dy &gt; 0
     * down, so the window moves the other way in world units.
     */
    public Viewport pan(double dx, double dy) {
        double shiftX = -dx / width * window.width();
        double shiftY = dy / height * window.height();
        return new Viewport(new Window(window.xMin() + shiftX, window.xMax() + shiftX,
                window.yMin() + shiftY, window.yMax() + shiftY), width, height);
    }
}
