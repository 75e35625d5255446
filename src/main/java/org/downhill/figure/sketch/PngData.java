package org.downhill.figure.sketch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/** A part of a bitmap as a PNG in a data URI, for embedding in SVG. */
final class PngData {
    private PngData() {
    }

    /**
     * The pixels of {@code bitmap} from column x and row y, w x h of them, as
     * {@code data:image/png;base64,...}.
     *
     * @throws IllegalArgumentException if the part is empty or not inside the bitmap
     */
    static String uri(Bitmap bitmap, int x, int y, int w, int h) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(bitmap.toImage(x, y, w, h), "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }
}
