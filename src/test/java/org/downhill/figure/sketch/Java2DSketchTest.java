package org.downhill.figure.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** What Java2DSketch draws, read back from its image's pixels (no display, no JavaFX). */
class Java2DSketchTest {
    private final Java2DSketch sketch = new Java2DSketch(100, 50, 1);

    private int pixel(int x, int y) {
        return sketch.image().getRGB(x, y);
    }

    private static int alpha(int argb) {
        return argb >>> 24;
    }

    @Test
    void aSketchIsItsSizeTimesTheScaleInPixelsAndStartsTransparent() {
        Java2DSketch doubled = new Java2DSketch(100, 50, 2);
        assertEquals(200, doubled.image().getWidth());
        assertEquals(100, doubled.image().getHeight());
        assertEquals(100, doubled.width());
        assertEquals(50, doubled.height());
        assertEquals(0, alpha(doubled.image().getRGB(10, 10)));
        assertThrows(IllegalArgumentException.class, () -> new Java2DSketch(100, 50, 0));
        assertThrows(IllegalArgumentException.class, () -> new Java2DSketch(1e6, 1e6, 4));
    }

    @Test
    void aFilledRectangleHasItsColourInsideAndNothingOutside() {
        sketch.setFill(Rgba.web("#0072B2"));
        sketch.fillRect(10, 10, 20, 10);
        assertEquals(0xff0072b2, pixel(20, 15));
        assertEquals(0, alpha(pixel(35, 15)));
    }

    @Test
    void theScaleEnlargesShapesAndLineWidths() {
        Java2DSketch doubled = new Java2DSketch(50, 50, 2);
        doubled.setStroke(Rgba.BLACK);
        doubled.setLineWidth(4);
        doubled.strokeLine(0, 25, 50, 25);
        BufferedImage image = doubled.image();
        assertEquals(255, alpha(image.getRGB(50, 47)), "4 units wide is 8 pixels: 46 to 54");
        assertEquals(255, alpha(image.getRGB(50, 53)));
        assertEquals(0, alpha(image.getRGB(50, 44)));
    }

    @Test
    void globalAlphaAndTheColoursOpacityMultiply() {
        sketch.setGlobalAlpha(0.5);
        sketch.setFill(Rgba.rgb(0, 0, 0, 0.5));
        sketch.fillRect(0, 0, 10, 10);
        assertEquals(64, alpha(pixel(5, 5)), 1);
    }

    @Test
    void aClipKeepsDrawingInsideItsPathUntilTheRestore() {
        sketch.save();
        sketch.beginPath();
        sketch.rect(10, 10, 20, 20);
        sketch.clip();
        sketch.setFill(Rgba.BLACK);
        sketch.fillRect(0, 0, 100, 50);
        sketch.restore();
        assertEquals(255, alpha(pixel(20, 20)));
        assertEquals(0, alpha(pixel(5, 5)));
        sketch.fillRect(40, 40, 5, 5);
        assertEquals(255, alpha(pixel(42, 42)), "the clip ends with the restore");
    }

    @Test
    void pathPointsAreTransformedWhenAddedAndRestoreBringsBackTheTransform() {
        sketch.setStroke(Rgba.BLACK);
        sketch.setLineWidth(2);
        sketch.setLineCap(LineCap.BUTT);
        sketch.beginPath();
        sketch.save();
        sketch.translate(50, 0);
        sketch.moveTo(0, 10);
        sketch.restore();
        sketch.lineTo(90, 10);
        sketch.stroke();
        assertEquals(0, alpha(pixel(30, 10)), "the path starts at x = 50");
        assertEquals(255, alpha(pixel(70, 10)));
    }

    @Test
    void textIsPlacedByItsAlignmentAndBaseline() {
        FigureFont font = new FigureFont(20, true);
        sketch.setFont(font);
        sketch.setFill(Rgba.BLACK);
        sketch.setTextAlign(TextAlign.CENTER);
        sketch.setTextBaseline(TextBaseline.TOP);
        sketch.fillText("MMM", 50, 5);
        double width = sketch.measure().width("MMM", font);
        int[] ink = inkBounds(sketch.image());
        assertEquals(50 - width / 2, ink[0], 2.5, "left");
        assertEquals(50 + width / 2, ink[2], 2.5, "right");
        double capTop = 5 + sketch.measure().ascent(font) - 0.73 * 20;
        assertEquals(capTop, ink[1], 2.5, "the top of the capitals hangs an ascent below y, less the cap height");
    }

    /** The left, top, right and bottom of the non-transparent pixels. */
    private static int[] inkBounds(BufferedImage image) {
        int[] b = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (alpha(image.getRGB(x, y)) > 128) {
                    b[0] = Math.min(b[0], x);
                    b[1] = Math.min(b[1], y);
                    b[2] = Math.max(b[2], x + 1);
                    b[3] = Math.max(b[3], y + 1);
                }
            }
        }
        return b;
    }

    @Test
    void aBitmapIsDrawnIntoItsRectangle() {
        int[] pixels = {0xffff0000, 0xff00ff00, 0xff0000ff, 0xffffffff};
        sketch.setImageSmoothing(false);
        sketch.drawImage(Bitmap.copyOf(2, 2, pixels), 0, 0, 2, 2, 10, 10, 20, 20);
        assertEquals(0xffff0000, pixel(12, 12));
        assertEquals(0xff00ff00, pixel(27, 12));
        assertEquals(0xff0000ff, pixel(12, 27));
        assertEquals(0, alpha(pixel(35, 12)));
    }

    @Test
    void nonFiniteCoordinatesDrawNothing() {
        sketch.setFill(Rgba.BLACK);
        sketch.beginPath();
        sketch.moveTo(Double.NaN, 0);
        sketch.lineTo(10, Double.POSITIVE_INFINITY);
        sketch.fill();
        sketch.fillRect(Double.NaN, 0, 10, 10);
        sketch.fillText("x", Double.NaN, 5);
        for (int y = 0; y < 50; y++) {
            for (int x = 0; x < 100; x++) {
                assertEquals(0, alpha(pixel(x, y)));
            }
        }
    }

    @Test
    void restoreWithoutSaveDoesNothing() {
        sketch.restore();
        sketch.setFill(Rgba.BLACK);
        sketch.fillRect(0, 0, 1, 1);
        assertTrue(alpha(pixel(0, 0)) > 0);
    }
}
