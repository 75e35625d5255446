package org.downhill.sim;

/**
 * Standard normal pairs as a pure function of (seed, step): a SplitMix64 hash of the two gives two
 * uniforms, and the Box-Muller transform turns them into two independent N(0, 1) values. Stateless
 * and allocation-free, so replaying or editing a run never shifts the noise of other steps;
 * {@link StrictMath} makes the values identical on every platform.
 */
final class GradientNoise {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final double TWO_PI = 2 * Math.PI;
    private static final double UNIT = 0x1.0p-53;

    private GradientNoise() {
    }

    /**
     * Adds {@code stdDev} times a standard normal pair for (seed, step) to {@code g}.
     *
     * @param g the gradient, modified in place
     */
    static void add(long seed, long step, double stdDev, double[] g) {
        long base = mix(seed + GOLDEN * (2 * step + 1));
        double u1 = ((mix(base) >>> 11) + 1) * UNIT;
        double u2 = (mix(base + GOLDEN) >>> 11) * UNIT;
        double radius = StrictMath.sqrt(-2 * StrictMath.log(u1));
        double angle = TWO_PI * u2;
        g[0] += stdDev * radius * StrictMath.cos(angle);
        g[1] += stdDev * radius * StrictMath.sin(angle);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
