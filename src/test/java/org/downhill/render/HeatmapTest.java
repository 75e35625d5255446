package org.downhill.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.downhill.landscape.ColorScaling;
import org.downhill.landscape.Window;
import org.junit.jupiter.api.Test;

class HeatmapTest {

    @Test
    void eachPixelIsItsCellsValueThroughScaleAndMap() {
        TestLandscape rosenbrock = TestLandscape.rosenbrock();
        SampledGrid grid = GridSampler.sequential().sample(rosenbrock, rosenbrock.defaultWindow(), 40, 30, null);
        ValueScale scale = ValueScale.fit(grid, ColorScaling.LOG);
        int[] argb = Heatmap.render(grid, scale, ColorMap.MAGMA, null);
        assertEquals(40 * 30, argb.length);
        for (int j = 0; j < 30; j++) {
            for (int i = 0; i < 40; i++) {
                assertEquals(ColorMap.MAGMA.argb(scale.toUnit(grid.value(i, j))), argb[j * 40 + i]);
            }
        }
    }

    @Test
    void theTopRowIsTheTopOfTheWindowAndNaNIsHatched() {
        TestLandscape height = new TestLandscape("height", (x, y) -> x < 0 ? Double.NaN : y, new Window(-1, 1, 0, 1),
                ColorScaling.LINEAR);
        SampledGrid grid = GridSampler.sequential().sample(height, height.defaultWindow(), 4, 4, null);
        int[] argb = Heatmap.render(grid, ValueScale.of(ColorScaling.LINEAR, 0, 1), ColorMap.VIRIDIS, null);
        int[] lut = ColorMap.VIRIDIS.lut();
        assertEquals(Heatmap.undefined(0, 0), argb[0]);
        assertEquals(Heatmap.undefined(1, 3), argb[13]);
        assertEquals(lut[(int) (0.875 * 256)], argb[3]);
        assertEquals(lut[(int) (0.125 * 256)], argb[15]);
        assertEquals(8, grid.undefinedCount());
    }

    @Test
    void undefinedCellsAreDiagonalStripesOfTwoGreys() {
        int s = Heatmap.STRIPE;
        assertEquals(Heatmap.UNDEFINED_LIGHT, Heatmap.undefined(0, 0));
        assertEquals(Heatmap.UNDEFINED_LIGHT, Heatmap.undefined(s - 1, 0));
        assertEquals(Heatmap.UNDEFINED_DARK, Heatmap.undefined(s, 0));
        assertEquals(Heatmap.UNDEFINED_DARK, Heatmap.undefined(0, s));
        assertEquals(Heatmap.UNDEFINED_LIGHT, Heatmap.undefined(s, s), "the stripes run diagonally");
        for (ColorMap map : ColorMap.values()) {
            for (int c : map.lut()) {
                assertTrue(c != Heatmap.UNDEFINED_LIGHT && c != Heatmap.UNDEFINED_DARK, map + " draws a hatching grey");
            }
        }
    }

    @Test
    void reusesABufferThatFits() {
        TestLandscape bowl = TestLandscape.bowl();
        SampledGrid grid = GridSampler.sequential().sample(bowl, bowl.defaultWindow(), 8, 8, null);
        ValueScale scale = ValueScale.fit(grid, ColorScaling.LINEAR);
        int[] buffer = new int[64];
        assertSame(buffer, Heatmap.render(grid, scale, ColorMap.GREY, buffer));
        int[] small = new int[63];
        int[] replaced = Heatmap.render(grid, scale, ColorMap.GREY, small);
        assertNotSame(small, replaced);
        assertEquals(64, replaced.length);
    }
}
