package org.downhill.render.surface;

/**
 * A text to show next to a point of a 3D scene: a tick value or an axis title.
 *
 * @param x     scene X of the point
 * @param y     scene Y of the point
 * @param z     scene Z of the point
 * @param text  what it says
 * @param title whether it names an axis (drawn larger) rather than a tick value
 */
public record AxisLabel(double x, double y, double z, String text, boolean title) {
}
