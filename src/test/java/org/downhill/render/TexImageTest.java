package org.downhill.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** Formulas typeset without a display: ink where the glyphs are, the background elsewhere. */
class TexImageTest {

    private static int inked(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += image.getRGB(x, y) >>> 24 > 128 ? 1 : 0;
            }
        }
        return n;
    }

    private static int count(BufferedImage image, int argb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += image.getRGB(x, y) == argb ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void aFormulaHasInkOnItsBackgroundAndGrowsWithTheFontSize() {
        BufferedImage small = TexImage.render("w_{t+1} = w_t - \\alpha\\,\\nabla L(w_t)", 12, 0xff000000, 0);
        BufferedImage large = TexImage.render("w_{t+1} = w_t - \\alpha\\,\\nabla L(w_t)", 24, 0xff000000, 0xffffffff);
        assertTrue(large.getWidth() > 1.8 * small.getWidth(), small.getWidth() + " -> " + large.getWidth());
        assertTrue(inked(small) > 50, "glyphs in ink");
        assertTrue(count(small, 0) > small.getWidth() * small.getHeight() / 2, "transparent elsewhere");
        assertEquals(0xffffffff, large.getRGB(0, 0), "the margin is the background");
        assertTrue(count(large, 0) == 0, "no transparent pixel on a background");
    }

    @Test
    void badTeXOrSizeIsRefusedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TexImage.render("\\left(x", 12, 0xff000000, 0));
        assertTrue(e.getMessage().startsWith("Not a formula"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TexImage.render("x", 0, 0xff000000, 0));
        assertThrows(IllegalArgumentException.class, () -> TexImage.render("x", Float.NaN, 0xff000000, 0));
    }
}
