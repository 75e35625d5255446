package org.downhill.figure.sketch;

import java.util.Locale;

/**
 * A colour of a figure: red, green and blue from 0 to 255 (sRGB) and an opacity from 0
 * (transparent) to 1 (opaque). Immutable.
 *
 * @param red     0 to 255
 * @param green   0 to 255
 * @param blue    0 to 255
 * @param opacity 0 to 1
 */
public record Rgba(int red, int green, int blue, double opacity) {
    /** Opaque white. */
    public static final Rgba WHITE = rgb(255, 255, 255);
    /** Opaque black. */
    public static final Rgba BLACK = rgb(0, 0, 0);

    /**
     * Checks the ranges.
     *
     * @throws IllegalArgumentException if a channel is outside 0..255 or the opacity outside 0..1
     */
    public Rgba {
        if ((red | green | blue) >>> 8 != 0 || !(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("not a colour: rgba(" + red + ", " + green + ", " + blue + ", "
                    + opacity + ")");
        }
    }

    /** An opaque colour. */
    public static Rgba rgb(int red, int green, int blue) {
        return new Rgba(red, green, blue, 1);
    }

    /** A colour with an opacity. */
    public static Rgba rgb(int red, int green, int blue, double opacity) {
        return new Rgba(red, green, blue, opacity);
    }

    /**
     * The opaque colour of a web hex code {@code #RRGGBB} (either case).
     *
     * @throws IllegalArgumentException if it is not of that form
     */
    public static Rgba web(String hex) {
        if (hex == null || !hex.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("not a colour #RRGGBB: " + hex);
        }
        int v = Integer.parseInt(hex.substring(1), 16);
        return rgb(v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff);
    }

    /** The colour of a packed ARGB int (alpha in the top byte), e.g. a colour map's entry. */
    public static Rgba argb(int argb) {
        return new Rgba(argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff, (argb >>> 24) / 255.0);
    }

    /** The colour as a packed ARGB int, the opacity rounded to 0..255. */
    public int toArgb() {
        return (int) Math.round(opacity * 255) << 24 | red << 16 | green << 8 | blue;
    }

    /** Red, green and blue as {@code #rrggbb} (the opacity left out). */
    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    /** The same colour with another opacity. */
    public Rgba withOpacity(double next) {
        return new Rgba(red, green, blue, next);
    }
}
