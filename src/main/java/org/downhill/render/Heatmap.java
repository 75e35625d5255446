package org.downhill.render;

/**
 * Colours a sampled grid: pixel (i, j) of an nx x ny image, row-major from the top, gets
 * {@code map.argb(scale.toUnit(value(i, j)))}. The pixels line up with the grid's cells, so the
 * image covers the grid's window exactly; a UI pushes the buffer with one
 * {@code PixelWriter.setPixels(0, 0, nx, ny, PixelFormat.getIntArgbInstance(), argb, 0, nx)}.
 * One pass, no allocation when the caller's buffer fits.
 */
public final class Heatmap {

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
        for (int k = 0; k < values.length; k++) {
            argb[k] = map.argb(scale.toUnit(values[k]));
        }
        return argb;
    }
}
