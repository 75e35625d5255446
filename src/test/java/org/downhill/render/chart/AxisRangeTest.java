package org.downhill.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AxisRangeTest {

    @Test
    void logAxisSpansThePositiveValues() {
        AxisRange range = new AxisRange(true);
        range.add(100, true);
        range.add(0.5, false);
        range.add(0, false);
        range.add(-3, false);
        assertEquals(0.5, range.lo());
        assertEquals(100, range.hi());
    }

    @Test
    void aDivergingRunDoesNotFlattenTheOthers() {
        AxisRange range = new AxisRange(true);
        range.add(10, true);
        range.add(1e140, false);
        range.add(1e-2, false);
        assertEquals(10 * AxisRange.MAX_RISE, range.hi(), 1e-6);
        assertEquals(1e-2, range.lo());
    }

    @Test
    void logAxisSpansAtMostSixteenDecades() {
        AxisRange range = new AxisRange(true);
        range.add(1, true);
        range.add(1e-300, false);
        assertEquals(1e-16, range.lo(), 1e-30);
    }

    @Test
    void linearAxisIncludesZeroWithHeadRoom() {
        AxisRange range = new AxisRange(false);
        range.add(0.1, true);
        range.add(0.05, false);
        assertEquals(0, range.lo());
        assertEquals(0.105, range.hi(), 1e-15);
    }

    @Test
    void emptyAndConstantAxesStillHaveARange() {
        AxisRange log = new AxisRange(true);
        assertTrue(log.lo() < log.hi());
        log.add(3, true);
        assertTrue(log.lo() < 3 && 3 <= log.hi());
        AxisRange linear = new AxisRange(false);
        linear.add(0, true);
        assertTrue(linear.lo() < linear.hi());
    }

    @Test
    void unitPositionIsClamped() {
        AxisRange range = new AxisRange(true);
        assertEquals(0.5, range.toUnit(10, 1, 100), 1e-15);
        assertEquals(1, range.toUnit(1e9, 1, 100));
        assertEquals(0, range.toUnit(0, 1, 100));
    }
}
