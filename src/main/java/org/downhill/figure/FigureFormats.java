package org.downhill.figure;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.IntConsumer;
import javax.imageio.ImageIO;
import org.downhill.figure.sketch.Java2DSketch;
import org.downhill.figure.sketch.SvgSketch;
import org.downhill.render.GifWriter;

/**
 * A {@link Figure} as bytes: a PNG drawn with Java2D at a pixel scale, an SVG document, or an
 * animated GIF of its runs from step 0. Needs no display and no JavaFX; every method may run on
 * any thread (the app encodes on its export thread).
 */
public final class FigureFormats {
    private FigureFormats() {
    }

    /**
     * The figure drawn into an image of {@code round(width * scale) x round(height * scale)}
     * pixels, e.g. scale 2 for a crisp print of the same figure; transparent where nothing is drawn.
     *
     * @throws IllegalArgumentException if scale is not positive and finite, or the image too large
     */
    public static BufferedImage image(Figure figure, double scale) {
        Java2DSketch sketch = new Java2DSketch(figure.width(), figure.height(), scale);
        try {
            figure.paint(sketch);
        } finally {
            sketch.dispose();
        }
        return sketch.image();
    }

    /** Writes an image as PNG (with its transparency). */
    public static void writePng(BufferedImage image, OutputStream out) throws IOException {
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("this Java runtime has no PNG writer");
        }
    }

    /**
     * The figure as an SVG 1.1 document of width x height units. Parts are groups with a class:
     * background, heatmap, contour, gradient-field, critical-point, axis, colorbar, run-preview,
     * run-path (one per visible run), marker, anatomy and legend.
     */
    public static String svg(Figure figure) {
        SvgSketch sketch = new SvgSketch(figure.width(), figure.height());
        figure.paint(sketch);
        return sketch.toSvg();
    }

    /**
     * Writes the runs as an animated GIF of the figure's size (rounded to whole pixels): one frame
     * per step of the animation, each the figure at that step.
     *
     * @param fps      frames per second (see {@link GifWriter} for the limits)
     * @param loop     whether it plays forever
     * @param progress told the number of frames written so far, after each frame
     */
    public static void writeGif(Figure figure, Animation animation, double fps, boolean loop, OutputStream out,
                                IntConsumer progress) throws IOException {
        int width = (int) Math.round(figure.width());
        int height = (int) Math.round(figure.height());
        try (GifWriter gif = GifWriter.open(out, width, height, fps, loop)) {
            for (int i = 0; i < animation.frames(); i++) {
                gif.add(image(figure.atStep(animation.step(i)), 1));
                progress.accept(i + 1);
            }
        }
    }
}
