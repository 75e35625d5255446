package org.downhill.figure.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Numbers, colours and text as SvgSketch spells them. */
class SvgFormatTest {

    private static String number(double value, int decimals) {
        return SvgFormat.number(new StringBuilder(), value, decimals).toString();
    }

    @Test
    void numbersAreShortAndLocaleFree() {
        assertEquals("3", number(3, 2));
        assertEquals("12.5", number(12.5, 2));
        assertEquals("-0.25", number(-0.25, 2));
        assertEquals("0.05", number(0.049, 2));
        assertEquals("0", number(-0.001, 2));
        assertEquals("1", number(0.9999, 3));
        assertEquals("0.001", number(0.0012, 3));
        assertEquals("1234567.89", number(1234567.891, 2));
        assertEquals("10000000000000", number(1e13, 2));
    }

    @Test
    void markupCharactersAreEscapedAndForbiddenOnesDropped() {
        assertEquals("&lt;a href=&quot;x&quot;&gt; &amp; \u00e9\t",
                SvgFormat.escaped(new StringBuilder(), "<a href=\"x\"> & \u00e9\t\u0000\u001b").toString());
    }
}
