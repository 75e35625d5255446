package org.downhill.ui.lr;

import javafx.scene.paint.Color;
import org.downhill.diagnose.Regime;

/**
 * The colour and the legend's words of each regime on the learning-rate tools (Okabe-Ito colours,
 * told apart with colour-blindness and on a projector): slow sky blue, converges green, converges
 * with overshoot yellow, oscillates orange, diverges vermilion.
 */
public final class RegimeColors {
    private RegimeColors() {
    }

    /** The colour of a regime. */
    public static Color of(Regime r) {
        return switch (r) {
            case SLOW -> Color.web("#56B4E9");
            case CONVERGES -> Color.web("#009E73");
            case CONVERGES_OSCILLATING -> Color.web("#F0E442");
            case OSCILLATES -> Color.web("#E69F00");
            case DIVERGES -> Color.web("#D55E00");
        };
    }

    /** The legend's words for a regime ("overshoots": converges while overshooting). */
    public static String words(Regime r) {
        return switch (r) {
            case SLOW -> "slow";
            case CONVERGES -> "converges";
            case CONVERGES_OSCILLATING -> "overshoots";
            case OSCILLATES -> "oscillates";
            case DIVERGES -> "diverges";
        };
    }
}
