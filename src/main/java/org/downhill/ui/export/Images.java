package org.downhill.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javax.imageio.ImageIO;

/** Images out of the app: PNG files and ARGB pixel arrays (for GIF frames). */
public final class Images {
    private Images() {
    }

    /** Writes an image as a PNG file (with its transparency). FX thread (it reads the image). */
    public static void writePng(Image image, Path file) throws IOException {
        writePng(SwingFXUtils.fromFXImage(image, null), file);
    }

    /** Writes pixels as a PNG file (with their transparency). Any thread. */
    public static void writePng(BufferedImage pixels, Path file) throws IOException {
        if (!ImageIO.write(pixels, "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }

    /** The image's pixels as packed ARGB ints, row by row. */
    public static int[] argb(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return pixels;
    }
}
