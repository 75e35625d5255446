package org.downhill.render.surface;

import org.downhill.render.ColorMap;

/**
 * Texture coordinates into a palette texture: an image {@value #WIDTH} texels wide (and any
 * height) whose texel k has the colour of entry k of a {@link ColorMap}. A scaled value t
 * (see {@link org.downhill.render.ValueScale#toUnit}) gets
 * <pre>
 *   u(t) = (ColorMap.index(t) + 1/2) / 256,   v = 1/2
 * </pre>
 * the centre of the texel with the colour the 2D heatmap gives t, so a vertex shows exactly the 2D
 * colour of its value and the colour between vertices is interpolated by the texture sampler.
 * Changing the colour map changes only the texture, never the coordinates.
 */
public final class Palette {
    /** The texels across the palette texture, one per colour map entry. */
    public static final int WIDTH = ColorMap.SIZE;
    /** The texture v of every coordinate: the middle row. */
    public static final float V = 0.5f;

    private Palette() {
    }

    /** u(t) = (ColorMap.index(t) + 1/2) / 256; t is clamped to [0, 1], NaN gives entry 0. */
    public static float u(double t) {
        return (ColorMap.index(t) + 0.5f) / WIDTH;
    }
}
