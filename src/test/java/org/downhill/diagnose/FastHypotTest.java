package org.downhill.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FastHypotTest {

    @Test
    void agreesWithMathHypotToOneUlpOverEveryScale() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            double x = Math.scalb(random.nextDouble(-1, 1), random.nextInt(-1070, 1020));
            double y = Math.scalb(random.nextDouble(-1, 1), random.nextInt(-1070, 1020));
            double exact = Math.hypot(x, y);
            double fast = FastHypot.of(x, y);
            assertTrue(Math.abs(fast - exact) <= Math.ulp(exact), x + ", " + y + ": " + fast + " vs " + exact);
        }
    }

    @Test
    void keepsTheSpecialValues() {
        assertEquals(0.0, FastHypot.of(0, -0.0));
        assertEquals(Double.POSITIVE_INFINITY, FastHypot.of(Double.NEGATIVE_INFINITY, Double.NaN));
        assertTrue(Double.isNaN(FastHypot.of(Double.NaN, 1)));
        assertEquals(Double.MAX_VALUE, FastHypot.of(Double.MAX_VALUE, 1));
        assertEquals(5e200, FastHypot.of(3e200, 4e200), 1e186);
        assertEquals(5e-200, FastHypot.of(3e-200, 4e-200), 1e-214);
    }
}
