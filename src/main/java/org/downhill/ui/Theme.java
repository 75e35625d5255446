package org.downhill.ui;

import javafx.scene.paint.Color;
import org.downhill.figure.FigureStyle;
import org.downhill.ui.sketch.FxPaint;

/**
 * The look of the window beyond its stylesheet: the normal text size, and the figure colours
 * ({@link FigureStyle}) that JavaFX nodes use directly (the 3D view's background and arrows).
 */
public final class Theme {
    /** The normal text size in points, before the user's scaling. */
    public static final double BASE_FONT_SIZE = 14;
    /** The background outside the plot (as {@link FigureStyle#BACKGROUND}). */
    public static final Color BACKGROUND = FxPaint.color(FigureStyle.BACKGROUND);
    /** The gradient arrow of the step anatomy (as {@link FigureStyle#GRADIENT_ARROW}). */
    public static final Color GRADIENT_ARROW = FxPaint.color(FigureStyle.GRADIENT_ARROW);
    /** The momentum arrow of the step anatomy (as {@link FigureStyle#MOMENTUM_ARROW}). */
    public static final Color MOMENTUM_ARROW = FxPaint.color(FigureStyle.MOMENTUM_ARROW);
    /** The update arrow of the step anatomy (as {@link FigureStyle#UPDATE_ARROW}). */
    public static final Color UPDATE_ARROW = FxPaint.color(FigureStyle.UPDATE_ARROW);

    private Theme() {
    }

    /** The style that sets a node's text size (and its children's) for a text scale: {@code -fx-font-size: 14 * scale px}. */
    public static String fontSize(double scale) {
        return "-fx-font-size: " + String.format(java.util.Locale.ROOT, "%.1f", BASE_FONT_SIZE * scale) + "px;";
    }

    /** Keeps a node's text at the size {@code scale} asks for, now and whenever it changes. */
    public static void followTextScale(javafx.scene.Node node, javafx.beans.value.ObservableDoubleValue scale) {
        node.setStyle(fontSize(scale.get()));
        scale.addListener((obs, old, now) -> node.setStyle(fontSize(now.doubleValue())));
    }
}
