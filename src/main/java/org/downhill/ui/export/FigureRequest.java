package org.downhill.ui.export;

import org.downhill.figure.FigureOptions;

/**
 * What the export dialog asks for: the format, the pixel scale of a PNG (1 to 4 times the view)
 * and what the figure shows.
 *
 * @param format  PNG or SVG
 * @param scale   image pixels per view pixel, 1 to 4 (PNG only)
 * @param options legend, colour bar and transparency
 */
public record FigureRequest(Format format, int scale, FigureOptions options) {
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
}
