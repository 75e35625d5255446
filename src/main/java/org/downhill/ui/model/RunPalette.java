package org.downhill.ui.model;

import java.util.Collection;
import java.util.List;
import javafx.scene.paint.Color;

/**
 * The colours of runs: the Okabe-Ito palette, which stays distinguishable for colour-blind
 * viewers, ordered so that the first runs stand out best on the perceptual colour maps. Paths are
 * drawn with a light halo, so even the yellow and the black read on any background.
 */
public final class RunPalette {
    /** Vermillion, sky blue, yellow, reddish purple, bluish green, orange, blue, black. */
    public static final List<Color> COLORS = List.of(
            Color.web("#D55E00"), Color.web("#56B4E9"), Color.web("#F0E442"), Color.web("#CC79A7"),
            Color.web("#009E73"), Color.web("#E69F00"), Color.web("#0072B2"), Color.web("#000000"));

    private RunPalette() {
    }

    /** The first palette colour not in use, or the first one when all are taken. */
    public static Color firstUnused(Collection<Color> used) {
        return COLORS.stream().filter(c -> !used.contains(c)).findFirst().orElse(COLORS.get(0));
    }

    /** A colour as {@code #RRGGBB}, the way scenario files keep it. */
    public static String hex(Color c) {
        return String.format(java.util.Locale.ROOT, "#%02X%02X%02X", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }
}
