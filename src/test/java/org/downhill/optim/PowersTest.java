package org.downhill.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PowersTest {

    private static double exact(double base, int t) {
        return new BigDecimal(base).pow(t, new MathContext(60)).doubleValue();
    }

    /** Down to 1e-250; below, the low half of the double-double turns subnormal and loses its extra bits. */
    @Test
    void successivePowersAreCorrectlyRounded() {
        for (double base : new double[] {0.9, 0.999, 0.99, 0.95, 0.5, 0.123456789}) {
            Powers powers = new Powers();
            for (int t = 1; t <= 3000 && exact(base, t) >= 1e-250; t++) {
                assertEquals(exact(base, t), powers.of(base, t), base + "^" + t);
            }
        }
    }

    @Test
    void aChangedBaseOrAJumpRecomputes() {
        Random random = new Random(5);
        Powers powers = new Powers();
        for (int i = 0; i < 2000; i++) {
            double base = 0.8 + 0.2 * random.nextDouble();
            int t = 1 + random.nextInt(5000);
            assertEquals(exact(base, t), powers.of(base, t), base + "^" + t);
        }
    }
}
