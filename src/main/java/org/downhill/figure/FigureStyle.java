package org.downhill.figure;

import org.downhill.figure.sketch.Rgba;

/**
 * The colours of figures, shared by the app's views (its {@code Theme} takes them from here) and
 * the figures made without a window: labels, halos and markers chosen to read on any colour map
 * from the back of a room.
 */
public final class FigureStyle {
    /** Text. */
    public static final Rgba INK = Rgba.web("#1d2026");
    /** Secondary text and axis lines. */
    public static final Rgba MUTED = Rgba.web("#5b6270");
    /** The light halo drawn under paths and text so that they read on dark and light colours alike. */
    public static final Rgba HALO = Rgba.rgb(255, 255, 255, 0.85);
    /** The background of legends and labels. */
    public static final Rgba PANEL = Rgba.rgb(255, 255, 255, 0.88);
    /** The border of legends. */
    public static final Rgba PANEL_BORDER = Rgba.rgb(0, 0, 0, 0.25);
    /** The background outside the plot. */
    public static final Rgba BACKGROUND = Rgba.web("#f7f8fa");
    /** The gradient arrow of the step anatomy. */
    public static final Rgba GRADIENT_ARROW = Rgba.web("#0072B2");
    /** The momentum arrow of the step anatomy. */
    public static final Rgba MOMENTUM_ARROW = Rgba.web("#CC79A7");
    /** The update arrow of the step anatomy. */
    public static final Rgba UPDATE_ARROW = Rgba.web("#1d2026");

    /**
     * The range test's path on the landscape: a magenta that no run's palette colour is, read on
     * every colour map from dark purple to yellow.
     */
    public static final Rgba RANGE_TEST = Rgba.web("#e7298a");

    private FigureStyle() {
    }
}
