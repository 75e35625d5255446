package org.downhill.render;

/**
 * The sRGB conversions the colour maps need (IEC 61966-2-1 transfer curve, CIE 1931 luminance
 * with the Rec. 709 primaries, CIE L*).
 */
final class Srgb {
    /** CIE's kappa: L* = kappa Y for luminances Y below (6/29)^3. */
    private static final double KAPPA = 24389.0 / 27;

    private Srgb() {
    }

    /** An 8-bit sRGB channel as linear light in [0, 1]: c/12.92 near black, ((c + 0.055)/1.055)^2.4 above. */
    static double toLinear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** Linear light in [0, 1] as an 8-bit sRGB channel, rounded: the inverse of {@link #toLinear}. */
    static int fromLinear(double v) {
        double c = v <= 0.0031308 ? 12.92 * v : 1.055 * Math.pow(v, 1 / 2.4) - 0.055;
        return (int) Math.round(255 * Math.max(0, Math.min(1, c)));
    }

    /** The relative luminance Y = 0.2126 R + 0.7152 G + 0.0722 B of linear channels, of {@code 0x..RRGGBB}. */
    static double luminance(int rgb) {
        return 0.2126 * toLinear(rgb >> 16 & 0xFF) + 0.7152 * toLinear(rgb >> 8 & 0xFF) + 0.0722 * toLinear(rgb & 0xFF);
    }

    /**
     * The opaque grey {@code 0xFFvvvvvv} whose CIE L* is closest to the given one, in [0, 100]:
     * Y = ((L* + 16)/116)^3, or L* / kappa near black, then the sRGB curve.
     */
    static int greyOfLightness(double lStar) {
        double y = lStar > 8 ? Math.pow((lStar + 16) / 116, 3) : lStar / KAPPA;
        int v = fromLinear(y);
        return 0xFF000000 | v << 16 | v << 8 | v;
    }
}
