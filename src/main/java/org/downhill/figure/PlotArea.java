package org.downhill.figure;

/**
 * The rectangle of a figure (or canvas) where the plane is drawn, inside margins for the axis labels and the
 * colour bar; the margins grow with the text size.
 *
 * @param x      left edge in units of the figure
 * @param y      top edge
 * @param width  width
 * @param height height
 */
public record PlotArea(double x, double y, double width, double height) {

    /** The plot area of a figure of the given size at the given text scale, with or without a colour bar. */
    public static PlotArea of(double canvasWidth, double canvasHeight, double textScale, boolean colorBar) {
        double left = 58 * textScale;
        double bottom = 34 * textScale;
        double top = 10;
        double right = rightMargin(textScale, colorBar);
        return new PlotArea(left, top, Math.max(2, canvasWidth - left - right), Math.max(2, canvasHeight - top - bottom));
    }

    /** The margin right of the plot: room for the colour bar and its ticks (86 text units), else 12 units. */
    public static double rightMargin(double textScale, boolean colorBar) {
        return colorBar ? 86 * textScale : 12;
    }

    /** Whether a point of the figure lies inside. */
    public boolean contains(double px, double py) {
        return px >= x && px <= x + width && py >= y && py <= y + height;
    }
}
