package org.downhill.render;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ColorMapTest {

    @ParameterizedTest
    @CsvSource({
        "VIRIDIS, 440154, 21918c, fde725",
        "MAGMA,   000004, b73779, fcfdbf",
        "CIVIDIS, 00224e, 7d7c78, fee838",
    })
    void tablesAreMatplotlibs(ColorMap map, String first, String middle, String last) {
        int[] lut = map.lut();
        assertAll(
                () -> assertEquals(256, lut.length),
                () -> assertEquals(0xFF000000 | Integer.parseInt(first, 16), lut[0]),
                () -> assertEquals(0xFF000000 | Integer.parseInt(middle, 16), lut[128]),
                () -> assertEquals(0xFF000000 | Integer.parseInt(last, 16), lut[255]));
    }

    @ParameterizedTest
    @EnumSource(ColorMap.class)
    void valuesPickEqualBinsAndClamp(ColorMap map) {
        int[] lut = map.lut();
        assertAll(
                () -> assertEquals(lut[0], map.argb(0)),
                () -> assertEquals(lut[0], map.argb(0.5 / 256)),
                () -> assertEquals(lut[1], map.argb(1.0 / 256)),
                () -> assertEquals(lut[128], map.argb(0.5)),
                () -> assertEquals(lut[255], map.argb(1)),
                () -> assertEquals(lut[0], map.argb(-3)),
                () -> assertEquals(lut[255], map.argb(7)),
                () -> assertEquals(lut[0], map.argb(Double.NEGATIVE_INFINITY)),
                () -> assertEquals(lut[255], map.argb(Double.POSITIVE_INFINITY)));
    }

    @ParameterizedTest
    @EnumSource(ColorMap.class)
    void noDataIsTransparentAndUnlikeEveryEntry(ColorMap map) {
        assertEquals(ColorMap.NO_DATA, map.argb(Double.NaN));
        assertEquals(0, ColorMap.NO_DATA >>> 24);
        assertTrue(Arrays.stream(map.lut()).allMatch(c -> c >>> 24 == 0xFF), "every entry is opaque");
    }

    @Test
    void lutIsACopy() {
        int[] lut = ColorMap.VIRIDIS.lut();
        lut[0] = 0;
        assertEquals(0xFF440154, ColorMap.VIRIDIS.lut()[0]);
        assertEquals(0xFF440154, ColorMap.VIRIDIS.argb(0));
    }

    /** Monotone to the precision of 8-bit colour: rounding may tie neighbours or dip them by a hair. */
    @ParameterizedTest
    @CsvSource({"VIRIDIS, 1", "MAGMA, 1", "CIVIDIS, 1", "GREY, -1"})
    void lightnessIsMonotone(ColorMap map, int direction) {
        int[] lut = map.lut();
        for (int i = 1; i < lut.length; i++) {
            double step = direction * (lightness(lut[i]) - lightness(lut[i - 1]));
            assertTrue(step > -0.05, map + " L* steps " + step + " at entry " + i);
        }
        for (int i = 8; i < lut.length; i++) {
            double rise = direction * (lightness(lut[i]) - lightness(lut[i - 8]));
            assertTrue(rise > 1, map + " L* rises " + rise + " over entries " + (i - 8) + " to " + i);
        }
    }

    @Test
    void greyRunsFromLightToDarkWithoutPureWhiteOrBlack() {
        int[] lut = ColorMap.GREY.lut();
        assertEquals(95, lightness(lut[0]), 0.3);
        assertEquals(25, lightness(lut[255]), 0.3);
        for (int c : lut) {
            assertEquals(c & 0xFF, c >> 8 & 0xFF);
            assertEquals(c & 0xFF, c >> 16 & 0xFF);
        }
    }

    @Test
    void overlayContrastsWithTheColourBelow() {
        assertAll(
                () -> assertFalse(ColorMap.VIRIDIS.prefersDarkOverlay(0), "white on dark purple"),
                () -> assertTrue(ColorMap.VIRIDIS.prefersDarkOverlay(1), "black on yellow"),
                () -> assertFalse(ColorMap.MAGMA.prefersDarkOverlay(0), "white on black"),
                () -> assertTrue(ColorMap.GREY.prefersDarkOverlay(0), "black on light grey"),
                () -> assertFalse(ColorMap.GREY.prefersDarkOverlay(1), "white on dark grey"),
                () -> assertEquals(ColorMap.CIVIDIS.prefersDarkOverlay(0.5), ColorMap.CIVIDIS.prefersDarkOverlay(Double.NaN)));
    }

    @Test
    void namesAndDefault() {
        assertEquals(ColorMap.VIRIDIS, ColorMap.defaultMap());
        assertEquals("Viridis", ColorMap.VIRIDIS.displayName());
        assertEquals(4, Arrays.stream(ColorMap.values()).map(ColorMap::displayName).distinct().count());
        assertNotEquals(ColorMap.MAGMA.argb(0.3), ColorMap.VIRIDIS.argb(0.3));
    }

    /** CIE L* of an sRGB colour. */
    private static double lightness(int rgb) {
        double y = Srgb.luminance(rgb);
        return y > 216.0 / 24389 ? 116 * Math.cbrt(y) - 16 : 24389.0 / 27 * y;
    }
}
