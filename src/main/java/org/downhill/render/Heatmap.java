package org.downhill.render;

/**
 * Colours a sampled grid: pixel (i, j) of an nx x ny image, row-major from the top, gets
 * {@code map.argb(scale.toUnit(value(i, j)))}, except where the value is NaN (f is undefined
 * there, e.g. the logarithm of a negative number): such a pixel gets {@link #undefined(int, int)},
 * a hatching of two warm greys in diagonal stripes {@value #STRIPE} pixels wide, which no colour
 * map draws, so undefined places stand out on every map. The pixels line up with the grid's cells,
 * so the image covers the grid's window exactly; a UI pushes the buffer with one
 * {@code PixelWriter.setPixels(0, 0, nx, ny, PixelFormat.getIntArgbInstance(), argb, 0, nx)}.
 * One pass, no allocation when the caller's buffer fits.
 */
public final class Heatmap {
    /** The lighter grey of the hatching of undefined cells, opaque ARGB. */
    public static final int UNDEFINED_LIGHT = 0xFFE4E2DE;
    /** The darker grey of the hatching of undefined cells, opaque ARGB. */
    public static final int UNDEFINED_DARK = 0xFFB3B0AA;
    /** The width of a stripe of the hatching, in pixels along a row. */
    public static final int STRIPE = 4;

    private Heatmap() {
    }

    /**
     * Colours every cell of {@code grid} into an ARGB buffer.
     *
     * @param reuse a buffer to overwrite, used when its length is exactly nx * ny; may be null
     * @return {@code reuse} if it fitted, else a new buffer of nx * ny pixels
     */
    public static int[] render(SampledGrid grid, ValueScale scale, ColorMap map, int[] reuse) {
        double[] values = grid.values();
        int[] argb = reuse != null && reuse.length == values.length ? reuse : new int[values.length];
        int nx = grid.nx();
        for (int k = 0; k < values.length; k++) {
            double v = values[k];
            argb[k] = Double.isNaN(v) ? undefined(k % nx, k / nx) : map.argb(scale.toUnit(v));
        }
        return argb;
    }

    /**
     * The colour of an undefined pixel (i, j): {@link #UNDEFINED_LIGHT} where
     * {@code floor((i + j) / STRIPE)} is even, else {@link #UNDEFINED_DARK}.
     */
    public static int undefined(int i, int j) {
        return ((i + j) / STRIPE) % 2 == 0 ? UNDEFINED_LIGHT : UNDEFINED_DARK;
    }
}
