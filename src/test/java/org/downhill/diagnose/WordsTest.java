package org.downhill.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void numbersHaveThreeSignificantDigitsAndNoFloatNoise() {
        assertEquals("2.7e+22", Words.num(2.7000000000000002e22));
        assertEquals("1.27e+22", Words.num(1.2700000000000001e22));
        assertEquals("0.00594", Words.num(0.0059412));
        assertEquals("2.04e-05", Words.num(2.0412e-5));
        assertEquals("1000000", Words.num(999999.7));
        assertEquals("-0.1", Words.num(-0.1));
        assertEquals("0", Words.num(0));
    }

    @Test
    void countsAgreeWithTheirNoun() {
        assertEquals("1 step", Words.count(1, "step"));
        assertEquals("0 steps", Words.count(0, "step"));
        assertEquals("85 steps", Words.count(85, "step"));
    }
}
