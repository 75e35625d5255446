package org.downhill.figure;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.IntConsumer;
import javax.imageio.ImageIO;
import org.downhill.figure.sketch.Java2DSketch;
import org.downhill.figure.sketch.SvgSketch;
import org.downhill.figure.sketch.FigureFont;
import org.downhill.figure.sketch.Rgba;
import org.downhill.figure.sketch.TextAlign;
import org.downhill.figure.sketch.TextBaseline;
import org.downhill.render.GifPalette;
import org.downhill.render.GifWriter;

/**
 * A {@link Drawing} (the 2D view's {@link Figure}, the data view's {@link DataFigure}, the stability
 * map's {@link MapFigure}) as bytes: a PNG drawn with Java2D at a pixel scale or an SVG document; a
 * {@link Figure} also as an animated GIF of its runs from step 0. Needs no display and no JavaFX; every method may run on
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
    public static BufferedImage image(Drawing figure, double scale) {
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
     * The figure as an SVG 1.1 document of width x height units. Parts are groups with a class;
     * a {@link Figure}'s: background, heatmap, contour, gradient-field, critical-point, axis,
     * colorbar, run-preview, run-path (one per visible run), test-path, marker, anatomy and legend.
     */
    public static String svg(Drawing figure) {
        SvgSketch sketch = new SvgSketch(figure.width(), figure.height());
        figure.paint(sketch);
        return sketch.toSvg();
    }

    /** How long the last frame of an animation stays, in hundredths of a second. */
    public static final int END_PAUSE = 200;

    /**
     * Writes the runs as an animated GIF of the figure's size (rounded to whole pixels): one frame
     * per step of the animation, each the figure at that step with a step counter ("step k") in
     * its bottom right corner, under the colour bar; the last frame stays {@value #END_PAUSE}
     * hundredths of a second (or a frame's time if that is longer). The colours are one
     * {@link GifPalette} made from the first and the last frame, and each frame after the first
     * holds only what changed ({@link GifWriter}); one frame image is drawn over and over.
     *
     * @param fps      frames per second (see {@link GifWriter} for the limits)
     * @param loop     whether it plays forever
     * @param progress told the number of frames written so far, after each frame
     */
    public static void writeGif(Figure figure, Animation animation, double fps, boolean loop, OutputStream out,
                                IntConsumer progress) throws IOException {
        int width = (int) Math.round(figure.width());
        int height = (int) Math.round(figure.height());
        BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int last = animation.frames() - 1;
        GifPalette palette = GifPalette.of(pixels(drawFrame(figure, animation.step(0), frame)),
                pixels(drawFrame(figure, animation.step(last), frame)));
        int pause = Math.max(END_PAUSE, GifWriter.delayCentiseconds(fps));
        try (GifWriter gif = GifWriter.open(out, width, height, fps, loop, palette)) {
            for (int i = 0; i <= last; i++) {
                drawFrame(figure, animation.step(i), frame);
                if (i == last) {
                    gif.add(frame, pause);
                } else {
                    gif.add(frame);
                }
                progress.accept(i + 1);
            }
        }
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    /** Draws the figure at a step with its step counter over the image (cleared first), one unit a pixel. */
    private static BufferedImage drawFrame(Figure figure, int step, BufferedImage image) {
        Java2DSketch sketch = new Java2DSketch(image, 1);
        try {
            sketch.setFill(Rgba.WHITE);
            sketch.fillRect(0, 0, figure.width(), figure.height());
            figure.atStep(step).paint(sketch);
            sketch.setFont(FigureFont.bold(figure.scene().display().textScale(), 13));
            sketch.setTextAlign(TextAlign.RIGHT);
            sketch.setTextBaseline(TextBaseline.BOTTOM);
            sketch.setFill(FigureStyle.INK);
            sketch.fillText("step " + step, figure.width() - 8, figure.height() - 6);
        } finally {
            sketch.dispose();
        }
        return image;
    }
}
