package org.downhill.render;

import java.util.List;

/**
 * All the lines of one contour level as polylines, e.g. what one SVG {@code <path>} draws.
 *
 * @param level     the level's value
 * @param polylines its polylines, unmodifiable
 */
public record ContourPath(double level, List<Polyline> polylines) {

    /** Makes an unmodifiable copy of the list. */
    public ContourPath {
        polylines = List.copyOf(polylines);
    }
}
