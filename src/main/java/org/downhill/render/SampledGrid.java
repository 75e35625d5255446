package org.downhill.render;

import java.util.Arrays;
import org.downhill.landscape.Window;

/**
 * The values of a function at the centres of the cells of an nx x ny grid laid over a window, with
 * their statistics; filled by {@link GridSampler}.
 *
 * <p>Cell (i, j) has its centre at
 * <pre>
 *   x(i) = xMin + (i + 1/2) * width / nx,    i = 0 .. nx - 1
 *   y(j) = yMax - (j + 1/2) * height / ny,   j = 0 .. ny - 1
 * </pre>
 * and its value at {@code values()[j * nx + i]}: row-major, row 0 at the top (yMax). So the grid
 * is an image of nx x ny pixels covering the window exactly, each pixel showing the value at its
 * centre, and it is also the node grid that {@link MarchingSquares} contours (whose lines then
 * span the centres, half a cell short of the window's edges).
 *
 * <p>Values are kept as the function returned them, NaN and infinities included. A grid is
 * mutable, rewritten in place by each sampling into it, and not thread-safe: hand it between
 * threads through something that orders memory (a future, a queue).
 */
public final class SampledGrid {
    /** The most cells a grid may have (2^28: 2 GiB of doubles). */
    public static final int MAX_CELLS = 1 << 28;
    /** The largest number of values the quantile estimate looks at. */
    private static final int QUANTILE_SAMPLE = 4096;
    /** 1/phi: consecutive multiples modulo 1 spread evenly over [0, 1) without a period. */
    private static final double GOLDEN_FRACTION = (Math.sqrt(5) - 1) / 2;

    private final int nx;
    private final int ny;
    private final double[] values;
    private final double[] sample;
    private final double[] columns;
    private int sampleCount;
    private Window window;
    /** window.width() / nx and window.height() / ny, set with the window. */
    private double cellWidth;
    private double cellHeight;
    private double min;
    private double max;
    private double finiteMin;
    private double finiteMax;
    private int nonFiniteCount;
    private int undefinedCount;

    /** An unfilled grid; {@link GridSampler} fills it before anyone else sees it. */
    SampledGrid(int nx, int ny) {
        if (nx < 2 || ny < 2 || (long) nx * ny > MAX_CELLS) {
            throw new IllegalArgumentException("a grid needs at least 2 columns and 2 rows and at most "
                    + MAX_CELLS + " cells, not " + nx + " x " + ny);
        }
        this.nx = nx;
        this.ny = ny;
        this.values = new double[nx * ny];
        this.sample = new double[Math.min(values.length, QUANTILE_SAMPLE)];
        this.columns = new double[nx];
    }

    /** The number of columns, at least 2. */
    public int nx() {
        return nx;
    }

    /** The number of rows, at least 2. */
    public int ny() {
        return ny;
    }

    /** The window the grid covers. */
    public Window window() {
        return window;
    }

    /** x(i) = xMin + (i + 1/2) * width / nx, the centre of column i. */
    public double x(int i) {
        return window.xMin() + (i + 0.5) * cellWidth;
    }

    /** y(j) = yMax - (j + 1/2) * height / ny, the centre of row j (row 0 is the top). */
    public double y(int j) {
        return window.yMax() - (j + 0.5) * cellHeight;
    }

    /** The value at the centre of cell (i, j), column i, row j from the top. */
    public double value(int i, int j) {
        return values[j * nx + i];
    }

    /**
     * The live values, row-major from the top row: index {@code j * nx + i}. Read them; they are
     * rewritten by the next sampling into this grid.
     */
    public double[] values() {
        return values;
    }

    /** The smallest value, ignoring NaN; may be -infinity; NaN if every value is NaN. */
    public double min() {
        return min;
    }

    /** The largest value, ignoring NaN; may be +infinity; NaN if every value is NaN. */
    public double max() {
        return max;
    }

    /** The smallest finite value; NaN if there is none. */
    public double finiteMin() {
        return finiteMin;
    }

    /** The largest finite value; NaN if there is none. */
    public double finiteMax() {
        return finiteMax;
    }

    /** How many values are NaN or infinite. */
    public int nonFiniteCount() {
        return nonFiniteCount;
    }

    /** How many values are NaN: places where f is undefined. */
    public int undefinedCount() {
        return undefinedCount;
    }

    /**
     * The q-quantile of the finite values, interpolated linearly between order statistics; NaN if
     * there are none. Exact for grids of at most 4,096 cells; for larger grids it is the quantile of
     * 4,096 cells picked at the golden-ratio sequence {@code floor(n * frac(k / phi))}, which spreads
     * them evenly over the grid without lining up with its rows or columns.
     *
     * @param q in [0, 1]
     */
    public double finiteQuantile(double q) {
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("quantile " + q + " is not in [0, 1]");
        }
        if (sampleCount == 0) {
            return Double.NaN;
        }
        double position = q * (sampleCount - 1);
        int below = (int) position;
        if (below == sampleCount - 1) {
            return sample[below];
        }
        return sample[below] + (position - below) * (sample[below + 1] - sample[below]);
    }

    /** Starts a sampling over a window; {@link #updateStatistics} follows once the values are written. */
    void setWindow(Window window) {
        this.window = window;
        this.cellWidth = window.width() / nx;
        this.cellHeight = window.height() / ny;
        for (int i = 0; i < nx; i++) {
            columns[i] = x(i);
        }
    }

    /** x(0) .. x(nx - 1), the centres of the columns, for sampling a row at once; read only. */
    double[] columns() {
        return columns;
    }

    /** Recomputes the statistics from the values. */
    void updateStatistics() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double finiteLo = Double.POSITIVE_INFINITY;
        double finiteHi = Double.NEGATIVE_INFINITY;
        int numbers = 0;
        int finite = 0;
        for (double v : values) {
            if (Double.isNaN(v)) {
                continue;
            }
            numbers++;
            lo = v < lo ? v : lo;
            hi = v > hi ? v : hi;
            if (Double.isFinite(v)) {
                finite++;
                finiteLo = v < finiteLo ? v : finiteLo;
                finiteHi = v > finiteHi ? v : finiteHi;
            }
        }
        min = numbers > 0 ? lo : Double.NaN;
        max = numbers > 0 ? hi : Double.NaN;
        finiteMin = finite > 0 ? finiteLo : Double.NaN;
        finiteMax = finite > 0 ? finiteHi : Double.NaN;
        nonFiniteCount = values.length - finite;
        undefinedCount = values.length - numbers;
        updateSample();
    }

    /** Collects the finite values of the quantile sample and sorts them. */
    private void updateSample() {
        int n = values.length;
        sampleCount = 0;
        for (int k = 0; k < sample.length; k++) {
            double v = values[sample.length == n ? k : (int) (n * ((k * GOLDEN_FRACTION) % 1))];
            if (Double.isFinite(v)) {
                sample[sampleCount++] = v;
            }
        }
        Arrays.sort(sample, 0, sampleCount);
    }
}
