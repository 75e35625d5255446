package org.downhill.param;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void spellsTheShortestDecimalThatReadsBack() {
        assertEquals("2.7e+22", NumberText.of(2.7e22));
        assertEquals("1e+23", NumberText.of(1e23));
        assertEquals("0.1", NumberText.of(0.1));
        assertEquals("0.30000000000000004", NumberText.of(0.1 + 0.2));
        assertEquals("1e-05", NumberText.of(1e-5));
        assertEquals("-1234.5", NumberText.of(-1234.5));
        assertEquals("nan", NumberText.of(Double.NaN));
        assertEquals("-inf", NumberText.of(Double.NEGATIVE_INFINITY));
    }

    @Test
    void everySpellingReadsBackAsTheSameDouble() {
        Random random = new Random(5);
        for (int i = 0; i < 2_000; i++) {
            double v = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(v)) {
                assertEquals(v, NumberText.parse(NumberText.of(v)), NumberText.of(v));
            }
        }
    }
}
