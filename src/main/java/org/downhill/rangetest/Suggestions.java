package org.downhill.rangetest;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The learning rates a range test suggests, each empty where the rows do not give one. All but
 * {@code seedPick} are read off the window w: the rows with a finite smoothed loss, without the
 * first {@value #SKIP_START} and the last {@value #SKIP_END} of them (torch-lr-finder's plot
 * defaults); s are their smoothed losses.
 *
 * @param steepest     torch-lr-finder: the lr where {@code numpy.gradient(s)} (unit spacing:
 *                     {@code s_1 - s_0} at the start, {@code s_{n-1} - s_{n-2}} at the end,
 *                     {@code (s_{k+1} - s_{k-1}) / 2} between) is smallest, first such row; needs 2 rows
 * @param minimumDiv10 fastai's "minimum": the lr of the smallest s (first such row) divided by 10;
 *                     needs 1 row
 * @param valley       fastai's "valley": with L the length of the longest strictly decreasing
 *                     subsequence of s, ending first at row e, and b = e - L (b = e = 0 when L = 1),
 *                     the lr of row {@code b + int(L/3) + int(L/3/2)} (a negative index counts
 *                     from the end, as in Python); needs 3 rows
 * @param seedPick     the seed text's procedure ({@code stepwise} tests only): level j spans rows
 *                     {@code j k .. (j+1) k - 1} at one lr and ends with the raw loss of row
 *                     {@code (j+1) k}, where that row exists; the loss rises at the first level
 *                     j >= 1 whose end loss is not {@code <=} that of level j - 1, at level j's
 *                     lr, or else, if the test stopped early, at the lr of the row before the
 *                     last; the pick is that lr divided by the factor (the level below); empty if
 *                     the loss never rises or there are fewer than 2 rows
 */
public record Suggestions(OptionalDouble steepest, OptionalDouble minimumDiv10, OptionalDouble valley,
                          OptionalDouble seedPick) {

    /** Rows skipped at the start of the window. */
    public static final int SKIP_START = 10;
    /** Rows skipped at the end of the window. */
    public static final int SKIP_END = 5;

    /** The suggestions of a test's rows. */
    public static Suggestions of(RangeTestResult r) {
        int[] finite = new int[r.rows()];
        int n = 0;
        for (int i = 0; i < r.rows(); i++) {
            if (Double.isFinite(r.smoothed(i))) {
                finite[n++] = i;
            }
        }
        int[] w = n > SKIP_START + SKIP_END ? Arrays.copyOfRange(finite, SKIP_START, n - SKIP_END) : new int[0];
        double[] s = new double[w.length];
        for (int k = 0; k < w.length; k++) {
            s[k] = r.smoothed(w[k]);
        }
        return new Suggestions(lrAt(r, w, steepest(s)), divided(lrAt(r, w, firstMinimum(s)), 10),
                lrAt(r, w, valley(s)), seedPick(r));
    }

    private static OptionalDouble lrAt(RangeTestResult r, int[] w, int k) {
        return k < 0 ? OptionalDouble.empty() : OptionalDouble.of(r.lr(w[k]));
    }

    private static OptionalDouble divided(OptionalDouble v, double by) {
        return v.isPresent() ? OptionalDouble.of(v.getAsDouble() / by) : v;
    }

    /** The index of the smallest numpy.gradient(s), or -1 with fewer than 2 values. */
    static int steepest(double[] s) {
        int n = s.length;
        if (n < 2) {
            return -1;
        }
        int best = 0;
        double bestSlope = s[1] - s[0];
        for (int k = 1; k < n; k++) {
            double slope = k == n - 1 ? s[n - 1] - s[n - 2] : (s[k + 1] - s[k - 1]) / 2.0;
            if (slope < bestSlope) {
                best = k;
                bestSlope = slope;
            }
        }
        return best;
    }

    /** The index of the first smallest value, or -1 when empty. */
    static int firstMinimum(double[] s) {
        int best = s.length == 0 ? -1 : 0;
        for (int k = 1; k < s.length; k++) {
            if (s[k] < s[best]) {
                best = k;
            }
        }
        return best;
    }

    /**
     * fastai's valley index, or -1 with fewer than 3 values. fastai computes the lengths lds[k] of
     * the longest strictly decreasing subsequence ending at k with a double loop and keeps the
     * first k of the largest length; the same lengths come here from patience sorting in
     * O(n log n): tails[m] is the largest last value of a decreasing subsequence of length m + 1
     * seen so far, and s[k] extends the longest one whose last value is above it.
     */
    static int valley(double[] s) {
        int n = s.length;
        if (n < 3) {
            return -1;
        }
        double[] tails = new double[n];
        int longest = 0;
        int end = 0;
        for (int k = 0; k < n; k++) {
            int lo = 0;
            int hi = longest;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tails[mid] > s[k]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            tails[lo] = s[k];
            if (lo == longest) {
                longest++;
                end = k;
            }
        }
        int start = longest == 1 ? 0 : end - longest;
        double sections = (end - start) / 3.0;
        int index = start + (int) sections + (int) (sections / 2);
        return index < 0 ? index + n : index;
    }

    /** The seed text's pick, or empty (see the record's description). */
    static OptionalDouble seedPick(RangeTestResult r) {
        RangeTestConfig c = r.config();
        if (c.mode() != StepMode.STEPWISE || r.rows() < 2) {
            return OptionalDouble.empty();
        }
        int k = c.stepsPerLr();
        double rise = Double.NaN;
        for (int j = 1; (long) (j + 1) * k < r.rows(); j++) {
            if (!(r.loss((j + 1) * k) <= r.loss(j * k))) {
                rise = r.lr(j * k);
                break;
            }
        }
        if (Double.isNaN(rise) && r.termination() != RangeTermination.COMPLETED) {
            rise = r.lr(r.rows() - 2);
        }
        return Double.isNaN(rise) ? OptionalDouble.empty() : OptionalDouble.of(rise / c.factor());
    }
}
