package org.downhill.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.downhill.landscape.ColorScaling;
import org.downhill.landscape.Window;
import org.junit.jupiter.api.Test;

class ValueScaleTest {

    @Test
    void linearMapsLoToZeroAndHiToOne() {
        ValueScale scale = ValueScale.of(ColorScaling.LINEAR, -2, 6);
        assertEquals(0, scale.toUnit(-2));
        assertEquals(0.5, scale.toUnit(2));
        assertEquals(1, scale.toUnit(6));
        assertEquals(1.25, scale.toUnit(8), "not clamped");
        assertEquals(0, scale.offset());
        for (double f : new double[] {-2, -1.3, 0, 0.1, 5.999, 6, 100}) {
            assertEquals(f, scale.fromUnit(scale.toUnit(f)), 1e-12);
        }
    }

    @Test
    void logMapsLogAboveTheMinimumWithASmallOffset() {
        ValueScale scale = ValueScale.of(ColorScaling.LOG, 0, 1000);
        assertEquals(0.1, scale.offset(), 1e-15);
        assertEquals(0, scale.toUnit(0));
        assertEquals(1, scale.toUnit(1000), 1e-15);
        // equal ratios of f - lo + offset give equal steps
        double a = scale.toUnit(1 - 0.1);
        double b = scale.toUnit(10 - 0.1);
        double c = scale.toUnit(100 - 0.1);
        assertEquals(b - a, c - b, 1e-12);
        assertEquals(Math.log(100) / Math.log(1e4 + 1), b, 1e-12);
        for (double f : new double[] {0, 1e-9, 1e-4, 0.5, 3, 999, 1000, 5000}) {
            assertEquals(f, scale.fromUnit(scale.toUnit(f)), 1e-9 * Math.max(1, f));
        }
    }

    @Test
    void logHandlesANegativeMinimumByShifting() {
        ValueScale scale = ValueScale.of(ColorScaling.LOG, -78.33, 250);
        assertEquals(0, scale.toUnit(-78.33));
        assertEquals(1, scale.toUnit(250), 1e-15);
        assertEquals(0, scale.toUnit(-100), "below lo counts as lo");
        assertTrue(scale.toUnit(-70) > 0.5, "8 above the minimum is past the middle colour, though the top is 250");
        for (double f : new double[] {-78.33, -78.3, -70, 0, 100, 250}) {
            assertEquals(f, scale.fromUnit(scale.toUnit(f)), 1e-9);
        }
    }

    @Test
    void nonFiniteValues() {
        ValueScale linear = ValueScale.of(ColorScaling.LINEAR, 0, 1);
        ValueScale log = ValueScale.of(ColorScaling.LOG, 0, 1);
        assertTrue(Double.isNaN(linear.toUnit(Double.NaN)));
        assertTrue(Double.isNaN(log.toUnit(Double.NaN)));
        assertEquals(Double.POSITIVE_INFINITY, linear.toUnit(Double.POSITIVE_INFINITY));
        assertEquals(Double.POSITIVE_INFINITY, log.toUnit(Double.POSITIVE_INFINITY));
        assertEquals(Double.NEGATIVE_INFINITY, linear.toUnit(Double.NEGATIVE_INFINITY));
        assertEquals(0, log.toUnit(Double.NEGATIVE_INFINITY));
    }

    @Test
    void fitIgnoresASmallHighWall() {
        // a bowl whose top-right corner (well under 1% of the window) is a wall of 1e12
        TestLandscape walled = new TestLandscape("walled", (x, y) -> x > 1.9 && y > 1.9 ? 1e12 : x * x + y * y,
                Window.centered(0, 0, 2), ColorScaling.LINEAR);
        SampledGrid grid = GridSampler.sequential().sample(walled, walled.defaultWindow(), 200, 200, null);
        ValueScale scale = ValueScale.fit(grid, ColorScaling.LINEAR);
        assertEquals(grid.finiteMin(), scale.lo());
        assertEquals(1e12, grid.finiteMax());
        assertTrue(scale.hi() > 5 && scale.hi() < 8, "hi " + scale.hi());
        assertEquals(ColorScaling.LINEAR, scale.scaling());
        assertEquals(ColorScaling.LOG, ValueScale.fit(grid, ColorScaling.LOG).scaling());
        assertTrue(scale.clipsAbove(), "the wall takes the top colour, and the scale says so");
        assertTrue(scale.withLogOffset(0.01).clipsAbove());
    }

    @Test
    void aScaleKnowsWhetherTheValuesItShowsGoAboveItsTop() {
        TestLandscape flat = new TestLandscape("flat", (x, y) -> -3, Window.centered(0, 0, 1), ColorScaling.LOG);
        SampledGrid level = GridSampler.sequential().sample(flat, flat.defaultWindow(), 5, 5, null);
        assertFalse(ValueScale.fit(level, ColorScaling.LINEAR).clipsAbove(), "hi is widened above every value");
        TestLandscape ramp = new TestLandscape("ramp", (x, y) -> x, Window.centered(0, 0, 1), ColorScaling.LINEAR);
        SampledGrid grid = GridSampler.sequential().sample(ramp, ramp.defaultWindow(), 50, 50, null);
        ValueScale narrow = ValueScale.of(ColorScaling.LINEAR, -1, 0);
        assertFalse(narrow.clipsAbove(), "a scale fit to nothing shows nothing above it");
        assertTrue(narrow.seeing(grid).clipsAbove(), "a fixed scale over a window with higher values");
        assertFalse(ValueScale.of(ColorScaling.LINEAR, -1, 2).seeing(grid).clipsAbove());
    }

    @Test
    void fitWidensFlatAndEmptyGrids() {
        TestLandscape flat = new TestLandscape("flat", (x, y) -> -3, Window.centered(0, 0, 1), ColorScaling.LOG);
        ValueScale scale = ValueScale.fit(GridSampler.sequential().sample(flat, flat.defaultWindow(), 5, 5, null),
                ColorScaling.LOG);
        assertEquals(-3, scale.lo());
        assertEquals(0, scale.hi());
        assertEquals(0, scale.toUnit(-3));

        TestLandscape nothing = new TestLandscape("nothing", (x, y) -> Double.NaN, Window.centered(0, 0, 1),
                ColorScaling.LOG);
        ValueScale none = ValueScale.fit(GridSampler.sequential().sample(nothing, nothing.defaultWindow(), 5, 5, null),
                ColorScaling.LOG);
        assertEquals(ColorScaling.LINEAR, none.scaling());
        assertEquals(0, none.lo());
        assertEquals(1, none.hi());
    }

    @Test
    void rejectsBadRanges() {
        assertThrows(IllegalArgumentException.class, () -> ValueScale.of(ColorScaling.LINEAR, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> ValueScale.of(ColorScaling.LINEAR, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> ValueScale.of(ColorScaling.LOG, 0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> ValueScale.of(ColorScaling.LOG, -1e308, 1e308));
    }
}
