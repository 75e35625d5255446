package org.downhill.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.downhill.render.NiceTicks;
import org.junit.jupiter.api.Test;

class AxisRangeTest {

    private static AxisRange of(boolean log, double... values) {
        AxisRange range = new AxisRange(log);
        for (double v : values) {
            range.add(v);
        }
        return range;
    }

    @Test
    void logAxisSpansThePositiveValuesIgnoringZero() {
        AxisRange range = of(true, 100, 0.5, 0, Double.NaN);
        assertEquals(AxisRange.Scale.LOG, range.scale());
        assertEquals(0.5, range.lo());
        assertEquals(100, range.hi());
    }

    @Test
    void aDivergingRunGrowsTheLogAxisToItsValueSoItNeverReadsAsAPlateau() {
        AxisRange range = of(true, 10, 2.7e22, 1e-2);
        assertEquals(2.7e22, range.hi());
        assertEquals(1e-2, range.lo());
        assertEquals(1, range.toUnit(2.7e22, range.lo(), range.hi()));
        assertTrue(range.toUnit(10, range.lo(), range.hi()) < 0.2, "the start sits low under the blow-up");
    }

    @Test
    void logAxisSpansAtMostMaxDecadesAndWhatIsBelowIsOffTheScale() {
        AxisRange range = of(true, 1, 1e-300);
        assertEquals(Math.pow(10, -AxisRange.MAX_DECADES), range.lo(), 1e-30);
        assertEquals(-1, range.offScale(1e-300, range.lo(), range.hi()));
        assertEquals(0, range.offScale(0.5, range.lo(), range.hi()));
        assertEquals(0, range.offScale(0, range.lo(), range.hi()), "zero is no value on a log axis");
    }

    @Test
    void aNegativeValueTurnsALogAxisSymmetricShowingSignAndSize() {
        AxisRange range = of(true, 3.24, 1e-30, -3600);
        assertEquals(AxisRange.Scale.SYMLOG, range.scale());
        assertEquals(-3600, range.lo());
        assertEquals(3.24, range.hi());
        assertEquals(1, range.threshold(), 1e-15, "three decades below the largest magnitude, 3600");
        double zero = range.toUnit(0, range.lo(), range.hi());
        assertTrue(zero > 0.5 && zero < 1, "0 sits inside the axis, the negative side longer: " + zero);
        assertTrue(range.toUnit(-3600, range.lo(), range.hi()) < range.toUnit(-36, range.lo(), range.hi()));
        assertTrue(range.toUnit(-36, range.lo(), range.hi()) < zero, "a negative value is below 0");
        assertEquals(0, range.toUnit(-3600, range.lo(), range.hi()), 1e-12);
        List<NiceTicks.Tick> ticks = range.ticks(range.lo(), range.hi(), 6);
        assertTrue(ticks.stream().anyMatch(t -> t.value() == 0 && t.label().equals("0")));
        assertTrue(ticks.stream().anyMatch(t -> t.value() < 0 && t.label().startsWith("\u2212")), ticks.toString());
        assertTrue(ticks.stream().anyMatch(t -> t.value() > 0), ticks.toString());
        for (NiceTicks.Tick t : ticks) {
            assertTrue(t.value() >= range.lo() && t.value() <= range.hi(), t + " on the axis");
        }
        assertTrue(ticks.size() <= 8, ticks.toString());
    }

    @Test
    void aLinearAxisStaysLinearWithNegativeValues() {
        AxisRange range = of(false, 0.1, -0.05);
        assertEquals(AxisRange.Scale.LINEAR, range.scale());
        assertEquals(-0.05, range.lo());
    }

    @Test
    void linearAxisIncludesZeroWithHeadRoom() {
        AxisRange range = of(false, 0.1, 0.05);
        assertEquals(0, range.lo());
        assertEquals(0.105, range.hi(), 1e-15);
    }

    @Test
    void emptyAndConstantAxesStillHaveARange() {
        AxisRange log = new AxisRange(true);
        assertTrue(log.lo() < log.hi());
        log.add(3);
        assertTrue(log.lo() < 3 && 3 <= log.hi());
        AxisRange linear = of(false, 0);
        assertTrue(linear.lo() < linear.hi());
    }

    @Test
    void resetForgetsTheNegativeValues() {
        AxisRange range = of(true, -1, 2);
        range.reset();
        range.add(2);
        assertEquals(AxisRange.Scale.LOG, range.scale());
    }

    @Test
    void unitPositionIsClamped() {
        AxisRange range = new AxisRange(true);
        assertEquals(0.5, range.toUnit(10, 1, 100), 1e-15);
        assertEquals(1, range.toUnit(1e9, 1, 100));
        assertEquals(0, range.toUnit(0, 1, 100));
    }

    @Test
    void offScaleFindsTheFirstStepOffTheAxisAndTheMostExtremeValueBeyond() {
        double[] series = {1, 1e-3, 1e-35, 1e-300, 1e-40};
        AxisRange range = of(true, series);
        OffScale off = OffScale.find(k -> series[k], series.length - 1, range, range.lo(), range.hi());
        assertEquals(new OffScale(2, -1, 1e-300), off);
        assertNull(OffScale.find(k -> series[k], 1, range, range.lo(), range.hi()), "the first two are on the axis");
    }
}
