package org.downhill.figure;

import org.downhill.diagnose.Regime;
import org.downhill.figure.sketch.Rgba;

/**
 * The colour of each regime on the learning-rate tools (Okabe-Ito colours, told apart with
 * colour-blindness and on a projector): slow sky blue, converges green, converges with overshoot
 * yellow, oscillates orange, diverges vermilion.
 */
public final class RegimeStyle {
    private RegimeStyle() {
    }

    /** The colour of a regime. */
    public static Rgba of(Regime r) {
        return switch (r) {
            case SLOW -> Rgba.web("#56B4E9");
            case CONVERGES -> Rgba.web("#009E73");
            case CONVERGES_OSCILLATING -> Rgba.web("#F0E442");
            case OSCILLATES -> Rgba.web("#E69F00");
            case DIVERGES -> Rgba.web("#D55E00");
        };
    }
}
