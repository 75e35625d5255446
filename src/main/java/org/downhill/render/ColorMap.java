package org.downhill.render;

import java.util.Arrays;

/**
 * A colour map: 256 opaque ARGB colours for values scaled to [0, 1] (see {@link ValueScale}).
 *
 * <p>A value t picks entry {@code floor(256 t)}, clamped to [0, 255], as matplotlib's
 * {@code ListedColormap} does: the 256 entries cover equal parts of [0, 1] and t = 1 takes the
 * last. NaN, meaning "no data", gives {@link #NO_DATA}, which is fully transparent and so differs
 * from every entry: whatever lies below the heatmap (the view's background, the page of an export)
 * shows through.
 *
 * <p>The tables are built once, when the class is loaded. Every map is ordered from dark to light
 * except {@link #GREY}, which runs from light to dark.
 */
public enum ColorMap {
    /** matplotlib's viridis, dark blue-violet through green to yellow; the default. */
    VIRIDIS("Viridis", MatplotlibTables.VIRIDIS),
    /** matplotlib's magma, black through purple and red to pale yellow. */
    MAGMA("Magma", MatplotlibTables.MAGMA),
    /** matplotlib's cividis, dark blue to yellow, designed to read the same with colour vision deficiency. */
    CIVIDIS("Cividis", MatplotlibTables.CIVIDIS),
    /**
     * Grey from light (t = 0, low values) to dark (t = 1), linear in CIE L* from 95 to 25, so that
     * steps look even. Low loss is light
     * because that is where the paths of interest run, and neither end is pure white or black, so a
     * printed valley still differs from the paper and dark walls leave contour lines legible.
     */
    GREY("Grey", greyTable());

    /** The number of entries of every table. */
    public static final int SIZE = 256;

    /** The colour of "no data" (NaN): {@code 0x00000000}, fully transparent. */
    public static final int NO_DATA = 0x00000000;

    /** CIE L* of {@link #GREY} at t = 0. */
    private static final double GREY_LIGHTEST = 95;
    /** CIE L* of {@link #GREY} at t = 1. */
    private static final double GREY_DARKEST = 25;
    /**
     * The luminance above which black contrasts better than white: the WCAG contrast ratios
     * (Y + 0.05)/0.05 against black and 1.05/(Y + 0.05) against white are equal there.
     */
    private static final double DARK_OVERLAY_LUMINANCE = Math.sqrt(1.05 * 0.05) - 0.05;

    private final String displayName;
    /** The table, opaque ARGB; never written after construction. */
    private final int[] lut;

    ColorMap(String displayName, int[] rgb) {
        this.displayName = displayName;
        this.lut = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            lut[i] = 0xFF000000 | rgb[i];
        }
    }

    /** The map the app starts with: {@link #VIRIDIS}. */
    public static ColorMap defaultMap() {
        return VIRIDIS;
    }

    /** A name for people, e.g. {@code Viridis}. */
    public String displayName() {
        return displayName;
    }

    /**
     * The colour of a scaled value.
     *
     * @param t a value in [0, 1]; values outside are clamped, NaN means "no data"
     * @return entry {@code floor(256 t)} of the table, clamped to [0, 255], or {@link #NO_DATA} for NaN
     */
    public int argb(double t) {
        return Double.isNaN(t) ? NO_DATA : lut[index(t)];
    }

    /** A copy of the 256-entry table, opaque ARGB, entry 0 for t = 0. */
    public int[] lut() {
        return lut.clone();
    }

    /**
     * Whether a dark overlay (black paths, labels) contrasts better than a light one (white) on the
     * colour of t: true when that colour's relative luminance Y exceeds sqrt(1.05 * 0.05) - 0.05
     * (about 0.18), where the WCAG contrast ratios against black and white are equal. NaN ("no data",
     * transparent) is answered for the middle of the map, t = 0.5.
     */
    public boolean prefersDarkOverlay(double t) {
        int rgb = lut[index(Double.isNaN(t) ? 0.5 : t)];
        return Srgb.luminance(rgb) > DARK_OVERLAY_LUMINANCE;
    }

    /**
     * The table entry that colours t: floor(256 t) clamped to [0, 255], what {@link #argb} looks
     * up. NaN, which {@link #argb} shows as {@link #NO_DATA}, gives entry 0 here.
     */
    public static int index(double t) {
        int i = (int) (t * SIZE);
        return i < 0 ? 0 : Math.min(i, SIZE - 1);
    }

    private static int[] greyTable() {
        int[] rgb = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            rgb[i] = Srgb.greyOfLightness(GREY_LIGHTEST + (GREY_DARKEST - GREY_LIGHTEST) * i / (SIZE - 1));
        }
        return rgb;
    }
}
