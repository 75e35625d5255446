package org.downhill.ui.lr;

import javafx.scene.paint.Color;
import org.downhill.diagnose.Regime;
import org.downhill.figure.RegimeStyle;
import org.downhill.ui.sketch.FxPaint;

/**
 * The colour ({@link RegimeStyle}'s) and the legend's words of each regime on the learning-rate tools.
 */
public final class RegimeColors {
    private RegimeColors() {
    }

    /** The colour of a regime. */
    public static Color of(Regime r) {
        return FxPaint.color(RegimeStyle.of(r));
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
