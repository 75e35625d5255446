package org.downhill.figure;

import org.downhill.figure.sketch.Rgba;

/**
 * A run's ball: where its step is, in the plot area's coordinates, and the run's colour.
 *
 * @param run   the run's index in the scene's runs
 * @param x     the centre, x
 * @param y     the centre, y
 * @param color the run's colour
 */
public record Ball(int run, double x, double y, Rgba color) {
}
