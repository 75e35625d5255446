package org.downhill.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;
import org.downhill.landscape.ColorScaling;
import org.junit.jupiter.api.Test;

class ContourLevelsTest {

    @Test
    void linearLevelsAreRoundMultiplesInside() {
        double[] levels = ContourLevels.of(ValueScale.of(ColorScaling.LINEAR, 0, 1));
        assertEquals(19, levels.length);
        assertEquals(0.05, levels[0]);
        assertEquals(0.15, levels[2]);
        assertEquals(0.3, levels[5]);
        assertEquals(0.95, levels[18]);
    }

    @Test
    void linearLevelsNumber15To30ClosestToTheTarget() {
        assertArrayEquals(new double[] {-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
                ContourLevels.of(ValueScale.of(ColorScaling.LINEAR, -5.5, 15.2)));
        assertEquals(19, ContourLevels.of(ValueScale.of(ColorScaling.LINEAR, 0, 5), 15).length, "step 0.25");
        assertEquals(24, ContourLevels.of(ValueScale.of(ColorScaling.LINEAR, 0, 5), 30).length, "step 0.2");
        assertEquals(29, ContourLevels.of(ValueScale.of(ColorScaling.LINEAR, 0, 3), 15).length,
                "step 0.1, the only round step giving 15 to 30 levels");
    }

    @Test
    void linearLevelsAreAlwaysRoundAndBetween15And30() {
        Random random = new Random(7);
        for (int trial = 0; trial < 2000; trial++) {
            double scale = Math.pow(10, random.nextInt(24) - 12);
            double lo = (random.nextDouble() - 0.5) * 100 * scale;
            double hi = lo + random.nextDouble() * 50 * scale + 1e-3 * scale;
            int target = 15 + random.nextInt(16);
            double[] levels = ContourLevels.of(ValueScale.of(ColorScaling.LINEAR, lo, hi), target);
            String range = lo + " .. " + hi + " aiming at " + target;
            assertTrue(levels.length >= 15 && levels.length <= 30, levels.length + " levels for " + range);
            assertTrue(levels[0] > lo && levels[levels.length - 1] < hi, range);
            BigDecimal step = new BigDecimal(Double.toString(levels[1])).subtract(new BigDecimal(Double.toString(levels[0])));
            BigDecimal mantissa = step.movePointLeft(step.precision() - step.scale() - 1).stripTrailingZeros();
            assertTrue(mantissa.compareTo(BigDecimal.ONE) == 0 || mantissa.compareTo(new BigDecimal(2)) == 0
                    || mantissa.compareTo(new BigDecimal("2.5")) == 0 || mantissa.compareTo(new BigDecimal(5)) == 0,
                    "step " + step + " for " + range);
            for (int k = 1; k < levels.length; k++) {
                BigDecimal gap = new BigDecimal(Double.toString(levels[k])).subtract(new BigDecimal(Double.toString(levels[k - 1])));
                assertEquals(0, gap.compareTo(step), "even steps for " + range);
            }
        }
    }

    @Test
    void logLevelsAreEvenInTheScaledDomain() {
        ValueScale scale = ValueScale.of(ColorScaling.LOG, -1, 999);
        double[] levels = ContourLevels.of(scale, 24);
        assertEquals(24, levels.length);
        double ratio = (levels[1] - scale.lo() + scale.offset()) / (levels[0] - scale.lo() + scale.offset());
        for (int k = 0; k < levels.length; k++) {
            assertEquals((k + 1) / 25.0, scale.toUnit(levels[k]), 1e-12);
            if (k > 0) {
                assertEquals(ratio, (levels[k] - scale.lo() + scale.offset()) / (levels[k - 1] - scale.lo() + scale.offset()),
                        1e-9 * ratio);
            }
        }
        assertTrue(levels[0] > -1 && levels[23] < 999);
        assertEquals(ContourLevels.DEFAULT_COUNT, ContourLevels.of(scale).length);
    }

    @Test
    void rejectsTargetsOutside15To30() {
        ValueScale scale = ValueScale.of(ColorScaling.LINEAR, 0, 1);
        assertThrows(IllegalArgumentException.class, () -> ContourLevels.of(scale, 14));
        assertThrows(IllegalArgumentException.class, () -> ContourLevels.of(scale, 31));
    }
}
