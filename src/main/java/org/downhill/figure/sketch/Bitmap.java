package org.downhill.figure.sketch;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.nio.IntBuffer;

/**
 * Pixels to draw into a figure, e.g. a heatmap: width x height packed ARGB ints (alpha in the top
 * byte, not premultiplied), row by row from the top-left. Immutable: it keeps its own copy.
 */
public final class Bitmap {
    private final int width;
    private final int height;
    private final int[] argb;
    /** The pixels as an AWT image sharing {@link #argb}, made on first use; never written. */
    private volatile BufferedImage shared;

    private Bitmap(int width, int height, int[] argb) {
        this.width = width;
        this.height = height;
        this.argb = argb;
    }

    /**
     * The first width x height pixels of {@code argb}, copied.
     *
     * @throws IllegalArgumentException if a size is below 1 or the array holds fewer pixels
     */
    public static Bitmap copyOf(int width, int height, int[] argb) {
        if (width < 1 || height < 1 || (long) width * height > argb.length) {
            throw new IllegalArgumentException("not a " + width + " x " + height + " image: " + argb.length
                    + " pixels");
        }
        int[] own = new int[width * height];
        System.arraycopy(argb, 0, own, 0, own.length);
        return new Bitmap(width, height, own);
    }

    /** Pixels across. */
    public int width() {
        return width;
    }

    /** Pixels down. */
    public int height() {
        return height;
    }

    /** The pixel in column x, row y, as packed ARGB. */
    public int argb(int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            throw new IndexOutOfBoundsException("pixel (" + x + ", " + y + ") of " + width + " x " + height);
        }
        return argb[y * width + x];
    }

    /** The pixels, row by row, as a read-only buffer (for a pixel writer). */
    public IntBuffer pixels() {
        return IntBuffer.wrap(argb).asReadOnlyBuffer();
    }

    /**
     * The part from column x and row y, w x h pixels, as an AWT image with alpha that shares this
     * bitmap's pixels (no copy: drawing a heatmap into every frame of an animation allocates
     * nothing). Only for drawing from: the image must not be written to. Package-private, for
     * {@link Java2DSketch}.
     *
     * @throws java.awt.image.RasterFormatException if the part is not inside the bitmap
     */
    BufferedImage sharedPart(int x, int y, int w, int h) {
        BufferedImage image = shared;
        if (image == null) {
            DataBufferInt buffer = new DataBufferInt(argb, argb.length);
            WritableRaster raster = Raster.createPackedRaster(buffer, width, height, width,
                    new int[] {0x00ff0000, 0x0000ff00, 0x000000ff, 0xff000000}, null);
            image = new BufferedImage(ColorModel.getRGBdefault(), raster, false, null);
            shared = image;
        }
        return image.getSubimage(x, y, w, h);
    }

    /**
     * The part from column x and row y, w x h pixels, as a new AWT image with alpha.
     *
     * @throws IllegalArgumentException if the part is empty or not inside the bitmap
     */
    public BufferedImage toImage(int x, int y, int w, int h) {
        if (w < 1 || h < 1 || x < 0 || y < 0 || x + w > width || y + h > height) {
            throw new IllegalArgumentException("the part (" + x + ", " + y + ") " + w + " x " + h
                    + " is not inside " + width + " x " + height);
        }
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, w, h, argb, y * width + x, width);
        return image;
    }
}
