package org.downhill.ui.lr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The log axis of the strip. */
class LrAxisTest {

    @Test
    void fractionAndRateAreInverse() {
        LrAxis a = new LrAxis(-4, 1);
        assertEquals(0, a.fraction(1e-4), 1e-12);
        assertEquals(1, a.fraction(10), 1e-12);
        assertEquals(0.4, a.fraction(0.01), 1e-12);
        assertEquals(0.01, a.lrAt(0.4), 1e-15);
    }

    @Test
    void zoomKeepsTheCentreInPlaceWithinTheLimits() {
        LrAxis a = new LrAxis(-4, 0);
        LrAxis z = a.zoom(0.5, -1, 10, new LrAxis(-7, 2));
        assertEquals(2, z.span(), 1e-12);
        assertEquals(a.fraction(0.1), z.fraction(0.1), 1e-12);
        assertEquals(3, a.zoom(4, -1, 3, new LrAxis(-7, 2)).span(), 1e-12, "at most maxSpan");
        LrAxis atEdge = new LrAxis(0, 2).zoom(2, 1, 10, new LrAxis(-7, 2));
        assertEquals(2, atEdge.hi(), 1e-12, "kept inside the outer range");
        assertEquals(LrAxis.MIN_SPAN, a.zoom(1e-6, -1, 10, new LrAxis(-7, 2)).span(), 1e-12);
    }

    @Test
    void aTrackShowsADecadePerHundredPixelsAtMost() {
        assertEquals(4.5, LrAxis.maxSpan(450), 1e-12);
        assertTrue(LrAxis.maxSpan(0) > 0);
        assertThrows(IllegalArgumentException.class, () -> new LrAxis(1, 1));
    }
}
