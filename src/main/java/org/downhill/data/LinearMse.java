package org.downhill.data;

/**
 * Linear regression, rows (x, y), parameters (w, b):
 * <pre>
 *   l = r^2,  r = w*x + b - y
 *   grad l = (2*r*x, 2*r)
 *   Hessian l = [[2*x^2, 2*x], [2*x, 2]]
 * </pre>
 * Gradient terms as PyTorch forms them for {@code mse_loss(w*x + b, y)}: g = (2/m)*r per row,
 * then g*x for w and g for b.
 */
final class LinearMse implements RowLoss {

    @Override
    public void losses(double w, double b, double[][] cols, int[] order, int from, int to, double[] terms) {
        double[] x = cols[0];
        double[] y = cols[1];
        for (int k = from; k < to; k++) {
            int i = order[k];
            double r = w * x[i] + b - y[i];
            terms[k - from] = r * r;
        }
    }

    @Override
    public void gradientTerms(double w, double b, double[][] cols, int[] order, int from, int to, double[] gw,
                              double[] gb) {
        double[] x = cols[0];
        double[] y = cols[1];
        double norm = 2.0 / (to - from);
        for (int k = from; k < to; k++) {
            int i = order[k];
            double g = norm * (w * x[i] + b - y[i]);
            gw[k - from] = g * x[i];
            gb[k - from] = g;
        }
    }

    @Override
    public void hessianSum(double w, double b, double[][] cols, int[] order, int from, int to, double[] out) {
        double[] x = cols[0];
        double sxx = 0;
        double sx = 0;
        for (int k = from; k < to; k++) {
            double xi = x[order[k]];
            sxx += xi * xi;
            sx += xi;
        }
        out[0] = 2 * sxx;
        out[1] = 2 * sx;
        out[2] = 2.0 * (to - from);
    }

    @Override
    public double output(double w, double b, double[] features) {
        return w * features[0] + b;
    }
}
