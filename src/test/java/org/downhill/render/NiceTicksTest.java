package org.downhill.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.downhill.render.NiceTicks.Tick;
import org.junit.jupiter.api.Test;

class NiceTicksTest {

    @Test
    void linearTicksOnKnownRanges() {
        assertEquals(List.of("0", "0.2", "0.4", "0.6", "0.8", "1"), labels(NiceTicks.linear(0, 1, 5)));
        assertEquals(List.of("0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1"),
                labels(NiceTicks.linear(0, 1, 10)));
        assertEquals(List.of("-2", "-1", "0", "1", "2", "3"), labels(NiceTicks.linear(-2, 3, 5)));
        assertEquals(List.of("-1.5", "-1", "-0.5", "0", "0.5", "1", "1.5"), labels(NiceTicks.linear(-1.7, 1.9, 6)));
        assertEquals(List.of("0", "500", "1000", "1500", "2000", "2500"), labels(NiceTicks.linear(-3, 2600, 5)));
        assertEquals(List.of("0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7"), labels(NiceTicks.linear(0.1, 0.7, 6)));
    }

    @Test
    void aLinearRangeHoldingOneRoundStepOrNoneGetsFinerStepsUntilTwoLabelsFit() {
        // (95 - 0.02) / 3 ~ 32 rounds to a step of 50: 50 alone lies in the range
        assertEquals(List.of("20", "40", "60", "80"), labels(NiceTicks.linear(0.02, 95, 3)));
        // a step of 1 finds none in [0.1, 0.9]: 0.5 finds one, 0.2 four
        assertEquals(List.of("0.2", "0.4", "0.6", "0.8"), labels(NiceTicks.linear(0.1, 0.9, 1)));
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            double lo = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12) - 6);
            double hi = lo + Math.pow(10, random.nextInt(12) - 6) * (0.01 + random.nextDouble());
            int target = 1 + random.nextInt(8);
            List<Tick> ticks = NiceTicks.linear(lo, hi, target);
            assertTrue(ticks.size() >= 2, lo + ".." + hi + " with " + target + ": " + labels(ticks));
        }
    }

    @Test
    void linearTickValuesAreTheDoublesTheirLabelsName() {
        List<Tick> ticks = NiceTicks.linear(0, 1, 10);
        assertEquals(0.3, ticks.get(3).value());
        assertEquals(0.7, ticks.get(7).value());
        assertTrue(ticks.stream().allMatch(Tick::major));
    }

    @Test
    void veryLargeOrSmallNumbersAreScientific() {
        assertEquals(List.of("0", "2e6", "4e6", "6e6", "8e6", "1e7"), labels(NiceTicks.linear(0, 1e7, 5)));
        assertEquals(List.of("1e-6", "2e-6", "3e-6", "4e-6", "5e-6"), labels(NiceTicks.linear(1e-6, 5e-6, 4)));
        assertEquals(List.of("2e-5", "2.5e-5", "3e-5", "3.5e-5", "4e-5"), labels(NiceTicks.linear(2e-5, 4e-5, 4)));
    }

    @Test
    void labelsAreCleanOnAnyRange() {
        Random random = new Random(11);
        for (int trial = 0; trial < 2000; trial++) {
            double scale = Math.pow(10, random.nextInt(30) - 15);
            double lo = (random.nextDouble() - 0.5) * 100 * scale;
            double hi = lo + (random.nextDouble() + 1e-3) * 100 * scale;
            for (Tick tick : NiceTicks.linear(lo, hi, 2 + random.nextInt(10))) {
                assertEquals(tick.value(), Double.parseDouble(tick.label()), tick.label());
                assertTrue(tick.label().length() <= 10, tick.label() + " for " + lo + " .. " + hi);
                assertTrue(tick.value() >= lo - 1e-9 * (hi - lo) && tick.value() <= hi + 1e-9 * (hi - lo));
            }
        }
    }

    @Test
    void logTicksAreDecadesWith2And5() {
        List<Tick> ticks = NiceTicks.log(1, 1000, 10);
        assertEquals(List.of("1", "2", "5", "10", "20", "50", "100", "200", "500", "1000"), labels(ticks));
        assertEquals(List.of(true, false, false, true, false, false, true, false, false, true),
                ticks.stream().map(Tick::major).toList());
        assertEquals(List.of("0.005", "0.01", "0.02", "0.05", "0.1", "0.2"), labels(NiceTicks.log(0.004, 0.3, 6)));
        assertEquals(0.02, NiceTicks.log(0.004, 0.3, 6).get(2).value());
    }

    @Test
    void logTicksOverManyDecadesThinOut() {
        assertEquals(List.of("1e-10", "1e-8", "1e-6", "0.0001", "0.01", "1", "100", "10000"),
                labels(NiceTicks.log(1e-10, 1e5, 10)));
        assertEquals(List.of("1e-6", "1e-5", "0.0001", "0.001", "0.01", "0.1", "1"), labels(NiceTicks.log(1e-6, 1, 6)));
        assertEquals(List.of("1e-100", "1e-50", "1", "1e50", "1e100"), labels(NiceTicks.log(1e-100, 1e100, 5)));
    }

    @Test
    void aDecadeAndAHalfWithOnePowerOfTenGets2And5Too() {
        List<Tick> ticks = NiceTicks.log(0.002, 0.05, 4);
        assertEquals(List.of("0.002", "0.005", "0.01", "0.02", "0.05"), labels(ticks));
        assertEquals(List.of(false, false, true, false, false), ticks.stream().map(Tick::major).toList());
    }

    @Test
    void aLogRangeWithoutTwoRoundTicksFallsBackToLinear() {
        assertEquals(labels(NiceTicks.linear(2.1, 4.3, 5)), labels(NiceTicks.log(2.1, 4.3, 5)));
    }

    @Test
    void rejectsBadRanges() {
        assertThrows(IllegalArgumentException.class, () -> NiceTicks.linear(1, 1, 5));
        assertThrows(IllegalArgumentException.class, () -> NiceTicks.linear(0, Double.POSITIVE_INFINITY, 5));
        assertThrows(IllegalArgumentException.class, () -> NiceTicks.linear(0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> NiceTicks.log(0, 1, 5));
        assertThrows(IllegalArgumentException.class, () -> NiceTicks.log(-1, 1, 5));
    }

    @Test
    void aScaleAboveANonZeroLowestValueIsLabelledAtRoundValuesOfF() {
        // the colour bar of Styblinski-Tang in its default window: f - lo over four decades
        List<Tick> ticks = NiceTicks.logAbove(-78.3323, 0.025, 250, 5);
        assertEquals(List.of("-78.2", "-77", "-70", "0"), labels(ticks.stream().filter(Tick::major).toList()));
        assertEquals(List.of("0.1", "1", "10", "100"), labels(NiceTicks.log(0.025, 250, 5)),
                "the plain decades those stand for");
    }

    @Test
    void aScaleAboveZeroHasThePlainLogTicks() {
        for (double[] r : new double[][] {{1e-4, 1}, {0.01, 300}, {1e-6, 1e6}, {0.5, 7}}) {
            for (int target : new int[] {3, 6, 12}) {
                List<Tick> plain = NiceTicks.log(r[0], r[1], target);
                List<Tick> above = NiceTicks.logAbove(0, r[0], r[1], target);
                assertEquals(plain.stream().map(Tick::value).toList(), above.stream().map(Tick::value).toList());
                assertEquals(labels(plain), labels(above));
            }
        }
    }

    /**
     * The rule on random scales: in order, inside the scale, each labelled tick the double its
     * label names, within the span its decade gives it, and no rounder value in that span.
     */
    @Test
    void ticksAboveAnyLowestValueFollowTheRule() {
        Random random = new Random(23);
        for (int i = 0; i < 10_000; i++) {
            double base = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(9) - 3);
            double range = Math.pow(10, random.nextDouble() * 8 - 3);
            double from = range * Math.pow(10, -1 - random.nextDouble() * 5);
            int target = 2 + random.nextInt(10);
            List<Tick> plain = NiceTicks.log(from, range, target);
            List<Tick> ticks = NiceTicks.logAbove(base, from, range, target);
            String where = base + " + [" + from + ", " + range + "], target " + target + ": " + labels(ticks);
            assertEquals(plain.size(), ticks.size(), where);
            for (int k = 0; k < ticks.size(); k++) {
                Tick tick = ticks.get(k);
                double d = plain.get(k).value();
                if (k > 0) {
                    assertTrue(tick.value() >= ticks.get(k - 1).value(), where);
                }
                if (!tick.major()) {
                    assertEquals(base + d, tick.value(), where);
                    continue;
                }
                double low = base + Math.max(Math.max(d / Math.sqrt(2),
                        k > 0 ? Math.sqrt(plain.get(k - 1).value() * d) : 0), from);
                double above = Math.min(d * Math.sqrt(2),
                        k + 1 < plain.size() ? Math.sqrt(d * plain.get(k + 1).value()) : Double.POSITIVE_INFINITY);
                double high = above < range ? base + above : Math.nextUp(base + range);
                if (!(low < high)) {
                    continue;
                }
                assertEquals(Double.parseDouble(tick.label()), tick.value(), 0, where);
                assertTrue(tick.value() >= low && tick.value() < high, tick.label() + " in its span: " + where);
                if (tick.value() == 0) {
                    continue;
                }
                java.math.BigDecimal rounder = java.math.BigDecimal.ONE
                        .scaleByPowerOfTen(1 - new java.math.BigDecimal(tick.label()).stripTrailingZeros().scale());
                double step = rounder.doubleValue();
                double first = Math.ceil(low / step) * step;
                assertTrue(!(first < high && first > low + step * 1e-9 && first > base), "a rounder value "
                        + first + " than " + tick.label() + " in its span: " + where);
            }
        }
    }

    private static List<String> labels(List<Tick> ticks) {
        return ticks.stream().map(Tick::label).toList();
    }
}
