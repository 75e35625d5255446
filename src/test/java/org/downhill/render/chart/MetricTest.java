package org.downhill.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.downhill.landscape.Landscape;
import org.downhill.landscape.Landscapes;
import org.junit.jupiter.api.Test;

/** The loss chart's offset and title on landscapes with negative values. */
class MetricTest {
    @Test
    void theLossTitleNamesTheOffsetWhenTheFloorIsNegative() {
        Landscape camel = Landscapes.byId("six_hump_camel").create();
        double floor = Metric.floor(camel);
        assertTrue(floor < -1, "six-hump camel's minima are near -1.03: " + floor);
        assertEquals("f \u2212 f*,  f* = \u2212" + org.downhill.param.NumberText.significant(-floor, 3),
                Metric.LOSS.title(camel));
        assertEquals("loss", Metric.LOSS.title(Landscapes.byId("rosenbrock").create()));
    }

    @Test
    void aValueWithinRoundingBelowTheFloorCountsAsZeroButARealFallDoesNot() {
        double floor = -78.33;
        double tiny = floor - 1e-12;
        assertEquals(0, Metric.aboveFloor(tiny, floor));
        assertEquals(-1, Metric.aboveFloor(floor - 1, floor), 1e-12);
        assertEquals(2, Metric.aboveFloor(floor + 2, floor), 1e-12);
    }
}
