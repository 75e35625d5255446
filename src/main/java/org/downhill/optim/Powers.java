package org.downhill.optim;

/**
 * The powers {@code base^t} of successive update counts t = 1, 2, ..., as the bias corrections of
 * Adam-like optimizers need them: kept in double-double arithmetic (about 106 significant bits)
 * and multiplied by the base once per update, so each value costs a few flops instead of a
 * {@code pow} call and comes out correctly rounded (as C's {@code pow}, which PyTorch calls, is)
 * while it is above 1e-250 or so (far below, it only needs to be tiny).
 * When the base changes (a momentum-cycling schedule sets beta1), the power is recomputed by
 * squaring, in the same arithmetic. Mutable, single-threaded.
 */
final class Powers {
    private double base = Double.NaN;
    private long exponent;
    private double hi;
    private double lo;

    /** {@code base^t}, correctly rounded; cheapest when called with t = previous t + 1 and the same base. */
    double of(double newBase, long t) {
        if (newBase == base && t == exponent + 1) {
            multiply(newBase);
        } else {
            power(newBase, t);
        }
        base = newBase;
        exponent = t;
        return hi + lo;
    }

    private void multiply(double b) {
        double p = hi * b;
        double e = Math.fma(hi, b, -p) + lo * b;
        hi = p + e;
        lo = e - (hi - p);
    }

    private void power(double b, long t) {
        double accHi = 1;
        double accLo = 0;
        double sqHi = b;
        double sqLo = 0;
        for (long n = t; n > 0; n >>= 1) {
            if ((n & 1) == 1) {
                double p = accHi * sqHi;
                double e = Math.fma(accHi, sqHi, -p) + (accHi * sqLo + accLo * sqHi);
                accHi = p + e;
                accLo = e - (accHi - p);
            }
            double p = sqHi * sqHi;
            double e = Math.fma(sqHi, sqHi, -p) + 2 * sqHi * sqLo;
            sqHi = p + e;
            sqLo = e - (sqHi - p);
        }
        hi = accHi;
        lo = accLo;
    }
}
