package org.downhill.data;

/**
 * A model's per-row loss l_i(p1, p2) over a batch of rows, and its exact gradient and Hessian. Rows
 * are given as columns ({@code cols[c][i]}, in the model's {@link Model#roles()} order) and a batch
 * as the row indices {@code order[from] .. order[to - 1]}, m = to - from of them.
 *
 * <p>The loss and gradient come as per-row terms, which the caller adds up with {@link TorchSum}:
 * each gradient term is formed as PyTorch's autograd forms it for the batch's mean loss (the
 * factor 1/m, or 2/m, applied to each row before the sum), so that runs agree with PyTorch's to
 * the last bit even where the sum cancels. Stateless; allocates nothing.
 */
interface RowLoss {

    /** Writes l_i of the batch's rows into {@code terms[0 .. m)}. */
    void losses(double p1, double p2, double[][] cols, int[] order, int from, int to, double[] terms);

    /**
     * Writes the batch's mean-loss gradient as per-row terms: the gradient is
     * (sum of {@code g1[0 .. m)}, sum of {@code g2[0 .. m)}).
     */
    void gradientTerms(double p1, double p2, double[][] cols, int[] order, int from, int to, double[] g1,
                       double[] g2);

    /** The sum of the Hessians of l_i over the batch, into {@code out[0..2]} (d11, d12, d22). */
    void hessianSum(double p1, double p2, double[][] cols, int[] order, int from, int to, double[] out);

    /** The model's output for one row's features: the prediction, or the logit. */
    double output(double p1, double p2, double[] features);
}
