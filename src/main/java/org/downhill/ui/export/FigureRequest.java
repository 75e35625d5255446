package org.downhill.ui.export;

import org.downhill.figure.FigureOptions;

/**
 * What the export dialog asks for: the format, the pixel scale of a PNG (1 to 4 times the view),
 * what the figure shows, its size and how far the runs go.
 *
 * @param format    PNG or SVG
 * @param scale     image pixels per view pixel, 1 to 4 (PNG only)
 * @param options   legend, colour bar, transparency, title, caption and fixed colours
 * @param slides    the presentation size: {@value #SLIDE_WIDTH} x {@value #SLIDE_HEIGHT} units (16:9),
 *                  a PNG at scale 2 being 1920 x 1080 pixels; else the view's size on screen
 * @param wholeRuns the runs to their last step; else up to the playhead, as on screen
 */
public record FigureRequest(Format format, int scale, FigureOptions options, boolean slides, boolean wholeRuns) {
    /** The width of a slide-sized figure, in units. */
    public static final double SLIDE_WIDTH = 960;
    /** The height of a slide-sized figure, in units. */
    public static final double SLIDE_HEIGHT = 540;

    /** The file formats of a figure. */
    public enum Format {
        /** A bitmap at a chosen scale. */
        PNG,
        /** Vector graphics with the heatmap embedded as a bitmap. */
        SVG;

        /** The file name extension, with the dot. */
        public String extension() {
            return "." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Checks the scale. */
    public FigureRequest {
        if (scale < 1 || scale > 4) {
            throw new IllegalArgumentException("scale must be 1 to 4, not " + scale);
        }
    }

    /** A figure of the view's size up to the playhead, as on screen. */
    public FigureRequest(Format format, int scale, FigureOptions options) {
        this(format, scale, options, false, false);
    }
}
