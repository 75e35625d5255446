package org.downhill.render.surface;

/**
 * A text to show next to a point of a 3D scene: a tick value or an axis title.
 *
 * @param x     scene X of the point
 * @param y     scene Y of the point
 * @param z     scene Z of the point
 * @param text  what it says
 * @param title  whether it names an axis (drawn larger) rather than a tick value
 * @param beside whether it goes beside the point, on the side away from the box (a tick of the
 *               vertical axis, whose point is on the axis), rather than centred on it
 */
public record AxisLabel(double x, double y, double z, String text, boolean title, boolean beside) {
}
