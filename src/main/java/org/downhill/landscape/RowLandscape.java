package org.downhill.landscape;

/**
 * A landscape that is the mean of a loss over data rows, the loss of a model on a data set:
 * <pre>
 *   f(x, y) = (1/n) * sum over i = 0 .. n-1 of l_i(x, y)
 * </pre>
 * {@link #value}, {@link #gradient} and {@link #hessian} are the means over all n rows (the
 * full-data loss); the batch methods give the same mean over a subset of the rows, so that a
 * simulator can take the gradient of one mini-batch per step. Like every landscape, immutable and
 * safe to use from several threads; the batch methods allocate nothing.
 */
public interface RowLandscape extends Landscape {

    /** n, the number of data rows, at least 1. */
    int rows();

    /**
     * The mean loss over a batch of rows: {@code (1/m) * sum of l_i(x, y)} over the m = to - from
     * row indices {@code order[from] .. order[to - 1]}.
     *
     * @param order row indices (each in 0 .. n-1)
     * @param from  the first position of the batch in {@code order}
     * @param to    one past the last position, greater than {@code from}
     */
    double batchValue(double x, double y, int[] order, int from, int to);

    /**
     * The gradient of {@link #batchValue} at (x, y).
     *
     * @param out receives d/dx in {@code out[0]} and d/dy in {@code out[1]}
     */
    void batchGradient(double x, double y, int[] order, int from, int to, double[] out);
}
