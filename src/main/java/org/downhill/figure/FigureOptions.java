package org.downhill.figure;

/**
 * What a figure of the 2D view shows besides the landscape, the runs and the axes.
 *
 * @param legend      the legend of the runs
 * @param colorBar    the colour bar (without it the plot takes its room)
 * @param transparent no background fill around the plot, so the margins are see-through
 */
public record FigureOptions(boolean legend, boolean colorBar, boolean transparent) {
    /** As on screen: legend and colour bar on an opaque background. */
    public static final FigureOptions SCREEN = new FigureOptions(true, true, false);
}
