package org.downhill.ui.sketch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** A part of an image as a PNG in a data URI, for embedding in SVG. */
final class PngData {
    private PngData() {
    }

    /**
     * The pixels of {@code image} from column x and row y, w x h of them, as
     * {@code data:image/png;base64,...}.
     *
     * @throws IllegalArgumentException if the image cannot be read (not loaded) or the part is
     *                                  empty or outside it
     */
    static String uri(Image image, int x, int y, int w, int h) {
        PixelReader reader = image.getPixelReader();
        if (reader == null) {
            throw new IllegalArgumentException("the image's pixels cannot be read");
        }
        WritableImage part = new WritableImage(reader, x, y, w, h);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(part, null), "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }
}
