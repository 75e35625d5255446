package org.downhill.ui;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The look shared by the canvases: fonts scaled with the user's text size, and the colours of
 * labels, halos and markers, chosen to read on any colour map from the back of a room.
 */
public final class Theme {
    /** The normal text size in points, before the user's scaling. */
    public static final double BASE_FONT_SIZE = 14;
    /** Text on the canvases. */
    public static final Color INK = Color.web("#1d2026");
    /** Secondary text and axis lines. */
    public static final Color MUTED = Color.web("#5b6270");
    /** The light halo drawn under paths and text so that they read on dark and light colours alike. */
    public static final Color HALO = Color.rgb(255, 255, 255, 0.85);
    /** The background of legends and labels on the canvas. */
    public static final Color PANEL = Color.rgb(255, 255, 255, 0.88);
    /** The border of legends. */
    public static final Color PANEL_BORDER = Color.rgb(0, 0, 0, 0.25);
    /** The canvas background outside the plot. */
    public static final Color BACKGROUND = Color.web("#f7f8fa");
    /** The gradient arrow of the step anatomy. */
    public static final Color GRADIENT_ARROW = Color.web("#0072B2");
    /** The momentum arrow of the step anatomy. */
    public static final Color MOMENTUM_ARROW = Color.web("#CC79A7");
    /** The update arrow of the step anatomy. */
    public static final Color UPDATE_ARROW = Color.web("#1d2026");

    private Theme() {
    }

    /** The regular font at {@code points} times the user's text scale. */
    public static Font font(double textScale, double points) {
        return Font.font("System", points * textScale);
    }

    /** The bold font at {@code points} times the user's text scale. */
    public static Font bold(double textScale, double points) {
        return Font.font("System", FontWeight.BOLD, points * textScale);
    }
}
