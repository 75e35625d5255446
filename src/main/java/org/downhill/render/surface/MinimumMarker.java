package org.downhill.render.surface;

/**
 * Where a known minimum of the landscape is drawn in a 3D scene: on the drawn surface (or the
 * loss there, whichever is higher).
 *
 * @param x      scene X
 * @param y      scene Y
 * @param z      scene Z
 * @param global whether it is a global minimum rather than a local one
 */
public record MinimumMarker(double x, double y, double z, boolean global) {
}
