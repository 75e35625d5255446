package org.downhill.landscape;

import org.downhill.param.ParamSet;

/**
 * A quadratic form with a symmetric Hessian H:
 * <pre>
 *   f(x, y) = 0.5*(hxx*x^2 + 2*hxy*x*y + hyy*y^2)
 *   grad f  = (hxx*x + hxy*y, hxy*x + hyy*y)
 *   Hessian = [[hxx, hxy], [hxy, hyy]] everywhere
 * </pre>
 * It serves every {@link QuadraticFamily}. The value is evaluated as written, as in
 * {@code 0.5*(a11*x^2 + 2*a12*x*y + a22*y^2)}, and the gradient as autograd differentiates that,
 * so both agree with PyTorch to the last bit (for hxy = 0 the extra term adds an exact zero). When
 * H is non-singular the origin is the only critical point, classified by the signs of H's
 * eigenvalues; when H is singular the stationary points form a line, and none is listed.
 */
final class QuadraticForm extends AbstractLandscape {
    private final double hxx;
    private final double hxy;
    private final double hyy;

    QuadraticForm(QuadraticFamily kind, ParamSet params, double hxx, double hxy, double hyy) {
        super(kind.family(), params, kind.formula(), kind.window(), kind.scaling());
        this.hxx = hxx;
        this.hxy = hxy;
        this.hyy = hyy;
    }

    @Override
    public double value(double x, double y) {
        return 0.5 * (hxx * (x * x) + 2 * hxy * x * y + hyy * (y * y));
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        out[0] = hxx * x + hxy * y;
        out[1] = hxy * x + hyy * y;
    }

    @Override
    public void hessian(double x, double y, double[] out) {
        out[0] = hxx;
        out[1] = hxy;
        out[2] = hyy;
    }

    @Override
    public boolean isQuadratic() {
        return true;
    }

    @Override
    double[] seeds() {
        return hxx * hyy - hxy * hxy == 0 ? new double[0] : new double[] {0, 0};
    }
}
