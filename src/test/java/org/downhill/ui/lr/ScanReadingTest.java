package org.downhill.ui.lr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.downhill.diagnose.Regime;
import org.downhill.sweep.Outcome;
import org.junit.jupiter.api.Test;

/** What the strip says of a scanned rate, in words. */
class ScanReadingTest {
    @Test
    void oneStepIsSingularAndTheOtherPhrasesNameTheirStep() {
        assertEquals("converges in 1 step", ScanReading.describe(new Outcome(0, 0, 10, Regime.CONVERGES, 1)));
        assertEquals("converges in 85 steps", ScanReading.describe(new Outcome(0, 0, 100, Regime.CONVERGES, 85)));
        assertEquals("converges, overshooting, in 2 steps",
                ScanReading.describe(new Outcome(0, 0, 100, Regime.CONVERGES_OSCILLATING, 2)));
        assertEquals("diverges at step 12", ScanReading.describe(new Outcome(1e300, 1, 12, Regime.DIVERGES, 12)));
        assertEquals("is slow", ScanReading.describe(new Outcome(1, 1, 100, Regime.SLOW, -1)));
    }
}
