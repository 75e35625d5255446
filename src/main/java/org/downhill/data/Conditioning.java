package org.downhill.data;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * The curvature of a landscape at its minimum: the eigenvalues L >= mu of the Hessian there
 * (Commons Math's {@link EigenDecomposition}), the condition number L / mu, and the learning-rate
 * marks 1/L (the fastest monotone step of gradient descent along the steep direction) and 2/L
 * (beyond which gradient descent diverges near the minimum).
 *
 * @param largest  L, the largest eigenvalue
 * @param smallest mu, the smallest eigenvalue
 */
public record Conditioning(double largest, double smallest) {

    /** The conditioning of the symmetric Hessian [[h11, h12], [h12, h22]]. */
    public static Conditioning ofHessian(double h11, double h12, double h22) {
        double[] eigen = new EigenDecomposition(new Array2DRowRealMatrix(new double[][] {{h11, h12}, {h12, h22}}))
                .getRealEigenvalues();
        return new Conditioning(Math.max(eigen[0], eigen[1]), Math.min(eigen[0], eigen[1]));
    }

    /** L / mu: 1 for a round bowl, large for a long ravine. */
    public double condition() {
        return largest / smallest;
    }

    /** 1/L. */
    public double oneOverL() {
        return 1 / largest;
    }

    /** 2/L, the stability edge of plain gradient descent. */
    public double twoOverL() {
        return 2 / largest;
    }
}
