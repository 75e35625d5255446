package org.downhill.figure;

import java.util.Objects;

/**
 * What a figure of the 2D view shows besides the landscape, the runs and the axes.
 *
 * @param legend      the legend of the runs
 * @param colorBar    the colour bar (without it the plot takes its room)
 * @param transparent no background fill around the plot, so the margins are see-through
 * @param title       a title above the plot, "" for none
 * @param caption     a paragraph under the title, wrapped to the figure's width, "" for none
 * @param fixedColors colours from a scale fit over the landscape's default window
 *                    ({@link LandscapeLayer#fixedScale}) instead of the window in view, so that
 *                    figures of the same landscape share their colours whatever they show
 * @param panels      small multiples: one panel per visible run, side by side in a grid, each
 *                    the same window, axes and colours with only that run drawn
 */
public record FigureOptions(boolean legend, boolean colorBar, boolean transparent, String title, String caption,
                            boolean fixedColors, boolean panels) {
    /** As on screen: legend and colour bar on an opaque background. */
    public static final FigureOptions SCREEN = new FigureOptions(true, true, false);

    /** Checks that the texts are given. */
    public FigureOptions {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(caption, "caption");
    }

    /** Options without title, caption or fixed colours. */
    public FigureOptions(boolean legend, boolean colorBar, boolean transparent) {
        this(legend, colorBar, transparent, "", "", false, false);
    }

    /** The same options with this title and caption (blank for none). */
    public FigureOptions withHeading(String newTitle, String newCaption) {
        return new FigureOptions(legend, colorBar, transparent, newTitle.strip(), newCaption.strip(), fixedColors,
                panels);
    }

    /** The same options with colours fixed to the landscape or fitted to the view. */
    public FigureOptions withFixedColors(boolean fixed) {
        return new FigureOptions(legend, colorBar, transparent, title, caption, fixed, panels);
    }

    /** The same options as one figure or as small multiples, a panel per run. */
    public FigureOptions withPanels(boolean perRun) {
        return new FigureOptions(legend, colorBar, transparent, title, caption, fixedColors, perRun);
    }
}
