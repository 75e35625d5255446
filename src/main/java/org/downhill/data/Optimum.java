package org.downhill.data;

import java.util.List;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.apache.commons.math3.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.apache.commons.math3.util.Pair;
import org.downhill.landscape.CriticalPoint;
import org.downhill.landscape.CriticalPoints;

/**
 * The exact optimum of a model on data. Commons Math finds it, then {@link CriticalPoints} polishes
 * it with Newton's method on the exact gradient and Hessian (to rounding level) and classifies it:
 * <ul>
 *   <li>linear: ordinary least squares with an intercept ({@link OLSMultipleLinearRegression},
 *       a QR decomposition), which minimizes the mean squared error exactly;</li>
 *   <li>logistic: Polak-Ribiere conjugate gradients ({@link NonLinearConjugateGradientOptimizer})
 *       from (0, 0); the loss is convex, so a minimum is the minimum, and where none is finite
 *       (separable classes) Newton's method does not settle and the list is empty;</li>
 *   <li>neuron: for each w of a grid the best v is v(w) = sum(t*y) / sum(t^2), t = tanh(w*x); the
 *       best grid point starts Levenberg-Marquardt ({@link LevenbergMarquardtOptimizer}) on the
 *       residuals v*tanh(w*x_i) - y_i. Its mirror (-w, -v) is the other global minimum, and the
 *       origin, where every gradient vanishes, a saddle point.</li>
 * </ul>
 * A constant feature (no unique linear fit) or any failure of the optimizers leaves the list
 * empty: the landscape then shows no optimum instead of a wrong one.
 */
final class Optimum {
    private static final int MAX_EVALUATIONS = 100_000;
    private static final int GRID = 400;
    private static final double GRID_REACH = 8;

    private Optimum() {
    }

    /** The classified critical points, global minima first (see {@link CriticalPoints#find}). */
    static List<CriticalPoint> find(ModelLandscape f) {
        try {
            double[] seeds = switch (f.model()) {
                case LINEAR -> leastSquares(f.cols());
                case LOGISTIC -> conjugateGradients(f);
                case NEURON -> neuron(f.cols());
            };
            return CriticalPoints.find(f, seeds);
        } catch (MathIllegalStateException | SingularMatrixException e) {
            return List.of();
        }
    }

    /** (w, b) of the least-squares line. */
    private static double[] leastSquares(double[][] cols) {
        double[] x = cols[0];
        double[][] design = new double[x.length][1];
        for (int i = 0; i < x.length; i++) {
            design[i][0] = x[i];
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(cols[1].clone(), design);
        double[] beta = ols.estimateRegressionParameters();
        return new double[] {beta[1], beta[0]};
    }

    /** (w1, w2) where conjugate gradients from (0, 0) stop. */
    private static double[] conjugateGradients(ModelLandscape f) {
        NonLinearConjugateGradientOptimizer cg = new NonLinearConjugateGradientOptimizer(
                NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE, new SimpleValueChecker(1e-14, 1e-14));
        double[] g = new double[2];
        return cg.optimize(new MaxEval(MAX_EVALUATIONS), GoalType.MINIMIZE, new InitialGuess(new double[2]),
                new ObjectiveFunction(q -> f.value(q[0], q[1])),
                new ObjectiveFunctionGradient(q -> {
                    f.gradient(q[0], q[1], g);
                    return g.clone();
                })).getPoint();
    }

    /** Seeds for the neuron: the fitted minimum, its mirror and the origin. */
    private static double[] neuron(double[][] cols) {
        double[] x = cols[0];
        double[] y = cols[1];
        double meanAbs = 0;
        for (double v : x) {
            meanAbs += Math.abs(v);
        }
        meanAbs /= x.length;
        double reach = GRID_REACH / Math.max(meanAbs, Double.MIN_NORMAL);
        double bestW = 0;
        double bestV = 0;
        double best = Double.POSITIVE_INFINITY;
        for (int j = -GRID; j <= GRID; j++) {
            double w = reach * j / GRID;
            double ty = 0;
            double tt = 0;
            for (int i = 0; i < x.length; i++) {
                double t = Math.tanh(w * x[i]);
                ty += t * y[i];
                tt += t * t;
            }
            double v = tt > 0 ? ty / tt : 0;
            double sse = 0;
            for (int i = 0; i < x.length; i++) {
                double r = v * Math.tanh(w * x[i]) - y[i];
                sse += r * r;
            }
            if (sse < best) {
                best = sse;
                bestW = w;
                bestV = v;
            }
        }
        double[] fit = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                .start(new double[] {bestW, bestV})
                .target(y.clone())
                .model(p -> residualsAndJacobian(p.getEntry(0), p.getEntry(1), x))
                .maxEvaluations(MAX_EVALUATIONS)
                .maxIterations(MAX_EVALUATIONS)
                .build()).getPoint().toArray();
        return new double[] {fit[0], fit[1], -fit[0], -fit[1], 0, 0};
    }

    /** The model's values v*tanh(w*x_i) and their Jacobian with respect to (w, v). */
    private static Pair<RealVector, RealMatrix> residualsAndJacobian(double w, double v, double[] x) {
        double[] values = new double[x.length];
        double[][] jacobian = new double[x.length][2];
        for (int i = 0; i < x.length; i++) {
            double t = Math.tanh(w * x[i]);
            values[i] = v * t;
            jacobian[i][0] = v * x[i] * (1 - t * t);
            jacobian[i][1] = t;
        }
        return new Pair<>(new ArrayRealVector(values, false), new Array2DRowRealMatrix(jacobian, false));
    }
}
