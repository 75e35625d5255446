package org.downhill.render;

import java.util.Arrays;

/**
 * The colours of an animated GIF, shared by all its frames: at most {@value #COLORS} opaque
 * colours chosen by median cut from the colours of a few sample frames, plus index
 * {@value #TRANSPARENT}, kept free for the pixels a frame leaves unchanged.
 *
 * <p>Median cut: the distinct colours of the samples (every k-th pixel if they have more than
 * {@value #MAX_SAMPLES}) with their pixel counts start in one box;
 * the box with the largest error estimate (pixels times the square of its longest side, in
 * RGB units) is split at the weighted median of that side, until there are {@value #COLORS}
 * boxes or none can be split; each box's colour is the pixel-weighted mean of its colours. A
 * smooth colour map (a heatmap's 256 steps) gets many boxes, as it covers many pixels, so its
 * steps stay fine: no banding. A sample with at most {@value #COLORS} distinct colours keeps them
 * exactly. {@link #index} maps any colour to its nearest palette colour (squared RGB distance),
 * remembering every colour it has mapped, so the frames of one animation, which share most of
 * their colours, cost one search per distinct colour. Not thread-safe.
 */
public final class GifPalette {
    /** The most opaque colours. */
    public static final int COLORS = 255;
    /** The most pixels counted: larger samples are read every k-th pixel. */
    public static final int MAX_SAMPLES = 1 << 22;
    /** The index of the transparent colour. */
    public static final int TRANSPARENT = 255;

    private final int[] rgb;
    private int[] cacheKeys = new int[1 << 16];
    private byte[] cacheValues = new byte[1 << 16];
    private int cached;

    private GifPalette(int[] rgb) {
        this.rgb = rgb;
        Arrays.fill(cacheKeys, -1);
    }

    /**
     * The palette of the sample frames (ARGB pixels; alpha is ignored).
     *
     * @throws IllegalArgumentException if there are no pixels
     */
    public static GifPalette of(int[]... samples) {
        long pixels = 0;
        for (int[] s : samples) {
            pixels += s.length;
        }
        if (pixels == 0) {
            throw new IllegalArgumentException("a palette needs at least one pixel");
        }
        int stride = (int) Math.max(1, (pixels + MAX_SAMPLES - 1) / MAX_SAMPLES);
        int total = 0;
        for (int[] s : samples) {
            total += (s.length + stride - 1) / stride;
        }
        int[] all = new int[total];
        int at = 0;
        for (int[] s : samples) {
            for (int i = 0; i < s.length; i += stride) {
                all[at++] = s[i] & 0xFFFFFF;
            }
        }
        Arrays.sort(all);
        int distinct = 0;
        int[] colors = new int[total];
        int[] counts = new int[total];
        for (int i = 0; i < total; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                colors[distinct++] = all[i];
            }
            counts[distinct - 1]++;
        }
        return new GifPalette(medianCut(Arrays.copyOf(colors, distinct), Arrays.copyOf(counts, distinct)));
    }

    /** The number of opaque colours, at most {@value #COLORS}. */
    public int size() {
        return rgb.length;
    }

    /** Colour i as 0xRRGGBB. */
    public int color(int i) {
        return rgb[i];
    }

    /** The index of the palette colour nearest to an (A)RGB colour; alpha is ignored. */
    public int index(int argb) {
        int key = argb & 0xFFFFFF;
        int mask = cacheKeys.length - 1;
        int slot = mix(key) & mask;
        while (cacheKeys[slot] != -1) {
            if (cacheKeys[slot] == key) {
                return cacheValues[slot] & 0xFF;
            }
            slot = (slot + 1) & mask;
        }
        int best = nearest(key);
        cacheKeys[slot] = key;
        cacheValues[slot] = (byte) best;
        if (++cached * 2 > cacheKeys.length) {
            grow();
        }
        return best;
    }

    private int nearest(int key) {
        int r = key >> 16 & 0xFF;
        int g = key >> 8 & 0xFF;
        int b = key & 0xFF;
        int best = 0;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < rgb.length; i++) {
            int dr = (rgb[i] >> 16 & 0xFF) - r;
            int dg = (rgb[i] >> 8 & 0xFF) - g;
            int db = (rgb[i] & 0xFF) - b;
            int d = dr * dr + dg * dg + db * db;
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    private void grow() {
        int[] keys = cacheKeys;
        byte[] values = cacheValues;
        cacheKeys = new int[keys.length * 2];
        cacheValues = new byte[keys.length * 2];
        Arrays.fill(cacheKeys, -1);
        int mask = cacheKeys.length - 1;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != -1) {
                int slot = mix(keys[i]) & mask;
                while (cacheKeys[slot] != -1) {
                    slot = (slot + 1) & mask;
                }
                cacheKeys[slot] = keys[i];
                cacheValues[slot] = values[i];
            }
        }
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** The median cut of distinct colours with their counts (see the class comment). */
    private static int[] medianCut(int[] colors, int[] counts) {
        if (colors.length <= COLORS) {
            return colors.clone();
        }
        int[] from = new int[COLORS];
        int[] to = new int[COLORS];
        int boxes = 1;
        from[0] = 0;
        to[0] = colors.length;
        while (boxes < COLORS) {
            int pick = -1;
            double worst = 0;
            for (int i = 0; i < boxes; i++) {
                double e = error(colors, counts, from[i], to[i]);
                if (e > worst) {
                    worst = e;
                    pick = i;
                }
            }
            if (pick < 0) {
                break;
            }
            int split = split(colors, counts, from[pick], to[pick]);
            from[boxes] = split;
            to[boxes] = to[pick];
            to[pick] = split;
            boxes++;
        }
        int[] palette = new int[boxes];
        for (int i = 0; i < boxes; i++) {
            palette[i] = mean(colors, counts, from[i], to[i]);
        }
        return palette;
    }

    /** Pixels times the square of the box's longest side; 0 for a box of one colour. */
    private static double error(int[] colors, int[] counts, int from, int to) {
        if (to - from < 2) {
            return 0;
        }
        int[] side = sides(colors, from, to);
        long pixels = 0;
        for (int i = from; i < to; i++) {
            pixels += counts[i];
        }
        int longest = Math.max(side[0], Math.max(side[1], side[2]));
        return (double) pixels * longest * longest;
    }

    /** The extent of the box along red, green and blue. */
    private static int[] sides(int[] colors, int from, int to) {
        int[] lo = {255, 255, 255};
        int[] hi = {0, 0, 0};
        for (int i = from; i < to; i++) {
            for (int c = 0; c < 3; c++) {
                int v = colors[i] >> (16 - 8 * c) & 0xFF;
                lo[c] = Math.min(lo[c], v);
                hi[c] = Math.max(hi[c], v);
            }
        }
        return new int[] {hi[0] - lo[0], hi[1] - lo[1], hi[2] - lo[2]};
    }

    /**
     * Sorts the box's colours (with their counts) along its longest side and returns the index
     * that splits its pixels in half, strictly inside the box.
     */
    private static int split(int[] colors, int[] counts, int from, int to) {
        int[] side = sides(colors, from, to);
        int axis = side[0] >= side[1] && side[0] >= side[2] ? 0 : side[1] >= side[2] ? 1 : 2;
        int shift = 16 - 8 * axis;
        int n = to - from;
        long[] keyed = new long[n];
        for (int i = 0; i < n; i++) {
            keyed[i] = (long) (colors[from + i] >> shift & 0xFF) << 55 | (long) colors[from + i] << 24
                    | counts[from + i];
        }
        Arrays.sort(keyed);
        long pixels = 0;
        for (int i = 0; i < n; i++) {
            colors[from + i] = (int) (keyed[i] >>> 24) & 0xFFFFFF;
            counts[from + i] = (int) (keyed[i] & 0xFFFFFF);
            pixels += counts[from + i];
        }
        long half = 0;
        for (int i = from; i < to - 1; i++) {
            half += counts[i];
            if (2 * half >= pixels) {
                return i + 1;
            }
        }
        return to - 1;
    }

    /** The pixel-weighted mean colour of a box. */
    private static int mean(int[] colors, int[] counts, int from, int to) {
        double r = 0;
        double g = 0;
        double b = 0;
        double n = 0;
        for (int i = from; i < to; i++) {
            r += (colors[i] >> 16 & 0xFF) * (double) counts[i];
            g += (colors[i] >> 8 & 0xFF) * (double) counts[i];
            b += (colors[i] & 0xFF) * (double) counts[i];
            n += counts[i];
        }
        return (int) Math.round(r / n) << 16 | (int) Math.round(g / n) << 8 | (int) Math.round(b / n);
    }
}
