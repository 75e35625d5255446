package org.downhill.render.surface;

import java.util.List;

/**
 * Everything a 3D view draws of a landscape itself, made by {@link SurfaceBuilder} off the UI
 * thread: the box, the surface mesh, the contour lines on the floor and the minima (the axis
 * labels, which depend on where the viewer is, come from {@link BoxAxes}). Immutable.
 *
 * @param spec   what was asked for
 * @param box    the map from the plane and loss to the scene
 * @param mesh   the surface
 * @param floor  the contour lines on the floor
 * @param minima the known minima inside the window
 */
public record Surface(SurfaceSpec spec, SurfaceBox box, SurfaceMesh mesh, MeshData floor,
                      List<MinimumMarker> minima) {

    /** Makes an unmodifiable copy of the list. */
    public Surface {
        minima = List.copyOf(minima);
    }
}
