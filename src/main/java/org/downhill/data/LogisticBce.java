package org.downhill.data;

/**
 * Logistic regression without bias, rows (x1, x2, label), parameters (w1, w2), with the stable
 * form of binary cross-entropy on logits that PyTorch's BCEWithLogitsLoss uses:
 * <pre>
 *   z = w1*x1 + w2*x2,  s = sigmoid(z) = 1 / (1 + exp(-z))
 *   l = max(z, 0) - z*label + log(1 + exp(-|z|))
 *   grad l = (s - label) * (x1, x2)
 *   Hessian l = s*(1 - s) * [[x1^2, x1*x2], [x1*x2, x2^2]]
 * </pre>
 * The sigmoid is evaluated without overflow: {@code 1/(1 + e^-z)} for z >= 0, {@code e^z/(1 + e^z)}
 * below. Gradient terms as PyTorch forms them: g = (s - label)/m per row, then g*x1 and g*x2.
 */
final class LogisticBce implements RowLoss {

    @Override
    public void losses(double w1, double w2, double[][] cols, int[] order, int from, int to, double[] terms) {
        double[] x1 = cols[0];
        double[] x2 = cols[1];
        double[] label = cols[2];
        for (int k = from; k < to; k++) {
            int i = order[k];
            double z = w1 * x1[i] + w2 * x2[i];
            terms[k - from] = Math.max(z, 0) - z * label[i] + Math.log1p(Math.exp(-Math.abs(z)));
        }
    }

    @Override
    public void gradientTerms(double w1, double w2, double[][] cols, int[] order, int from, int to, double[] g1,
                              double[] g2) {
        double[] x1 = cols[0];
        double[] x2 = cols[1];
        double[] label = cols[2];
        int m = to - from;
        for (int k = from; k < to; k++) {
            int i = order[k];
            double g = (sigmoid(w1 * x1[i] + w2 * x2[i]) - label[i]) / m;
            g1[k - from] = g * x1[i];
            g2[k - from] = g * x2[i];
        }
    }

    @Override
    public void hessianSum(double w1, double w2, double[][] cols, int[] order, int from, int to, double[] out) {
        double[] x1 = cols[0];
        double[] x2 = cols[1];
        double h11 = 0;
        double h12 = 0;
        double h22 = 0;
        for (int k = from; k < to; k++) {
            int i = order[k];
            double s = sigmoid(w1 * x1[i] + w2 * x2[i]);
            double c = s * (1 - s);
            h11 += c * x1[i] * x1[i];
            h12 += c * x1[i] * x2[i];
            h22 += c * x2[i] * x2[i];
        }
        out[0] = h11;
        out[1] = h12;
        out[2] = h22;
    }

    @Override
    public double output(double w1, double w2, double[] features) {
        return w1 * features[0] + w2 * features[1];
    }

    /** 1 / (1 + exp(-z)) without overflow. */
    static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }
}
