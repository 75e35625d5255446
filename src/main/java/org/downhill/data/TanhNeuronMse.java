package org.downhill.data;

/**
 * One tanh neuron, rows (x, y), parameters (w, v), with t = tanh(w*x), s = 1 - t^2 (= sech^2) and
 * r = v*t - y:
 * <pre>
 *   l = r^2
 *   grad l = (2*r*v*x*s, 2*r*t)
 *   d2l/dw2  = 2*(v^2*x^2*s^2 - 2*r*v*x^2*t*s)
 *   d2l/dwdv = 2*x*s*(v*t + r)
 *   d2l/dv2  = 2*t^2
 * </pre>
 * Since tanh is odd, (w, v) and (-w, -v) give the same predictions: the landscape is symmetric
 * through the origin, where (with v = 0 and w = 0) every gradient vanishes. Gradient terms as
 * PyTorch forms them for {@code mse_loss(v*tanh(w*x), y)}: g = (2/m)*r per row, g*t for v, and
 * ((g*v)*(1 - t^2))*x for w.
 */
final class TanhNeuronMse implements RowLoss {

    @Override
    public void losses(double w, double v, double[][] cols, int[] order, int from, int to, double[] terms) {
        double[] x = cols[0];
        double[] y = cols[1];
        for (int k = from; k < to; k++) {
            int i = order[k];
            double r = v * Math.tanh(w * x[i]) - y[i];
            terms[k - from] = r * r;
        }
    }

    @Override
    public void gradientTerms(double w, double v, double[][] cols, int[] order, int from, int to, double[] gw,
                              double[] gv) {
        double[] x = cols[0];
        double[] y = cols[1];
        double norm = 2.0 / (to - from);
        for (int k = from; k < to; k++) {
            int i = order[k];
            double t = Math.tanh(w * x[i]);
            double g = norm * (v * t - y[i]);
            gv[k - from] = g * t;
            gw[k - from] = g * v * (1 - t * t) * x[i];
        }
    }

    @Override
    public void hessianSum(double w, double v, double[][] cols, int[] order, int from, int to, double[] out) {
        double[] x = cols[0];
        double[] y = cols[1];
        double hww = 0;
        double hwv = 0;
        double hvv = 0;
        for (int k = from; k < to; k++) {
            int i = order[k];
            double xi = x[i];
            double t = Math.tanh(w * xi);
            double s = 1 - t * t;
            double r = v * t - y[i];
            hww += 2 * (v * v * xi * xi * s * s - 2 * r * v * xi * xi * t * s);
            hwv += 2 * xi * s * (v * t + r);
            hvv += 2 * t * t;
        }
        out[0] = hww;
        out[1] = hwv;
        out[2] = hvv;
    }

    @Override
    public double output(double w, double v, double[] features) {
        return v * Math.tanh(w * features[0]);
    }
}
