package org.downhill.diagnose;

/**
 * Per-step contraction factors of gradient descent with (Nesterov) momentum along one
 * eigen-direction of a quadratic with curvature lambda. The error follows a linear recurrence
 * whose characteristic roots z give the factor |z| per step:
 * <pre>
 * no momentum:   z = 1 - lr * lambda
 * heavy ball:    z^2 - (1 + mu - lr (1 - tau) lambda) z + mu = 0
 * Nesterov:      z^2 - (1 + mu)(1 - lr lambda) z + mu (1 - lr lambda) = 0
 * </pre>
 * (tau = dampening; PyTorch's first step without the (1 - tau) factor only affects the start).
 * Complex roots mean the error rotates: it changes sign every pi / arg(z) steps; a negative
 * dominant root means it changes sign every step. Either way the error keeps overshooting.
 */
final class QuadraticRates {
    private QuadraticRates() {
    }

    /**
     * The root of largest modulus.
     *
     * @param factor      |z|, the error's factor per step in the long run
     * @param alternating whether that root is negative or complex, so the error keeps changing sign
     */
    record Root(double factor, boolean alternating) {
    }

    /** The largest |z| of the recurrence: the error's factor per step in the long run. */
    static double factor(double lambda, double lr, double momentum, double dampening, boolean nesterov) {
        return dominant(lambda, lr, momentum, dampening, nesterov).factor();
    }

    /** The dominant root of the recurrence. */
    static Root dominant(double lambda, double lr, double momentum, double dampening, boolean nesterov) {
        if (momentum == 0) {
            double z = 1 - lr * lambda;
            return new Root(Math.abs(z), z < 0);
        }
        double b;
        double c;
        if (nesterov) {
            b = (1 + momentum) * (1 - lr * lambda);
            c = momentum * (1 - lr * lambda);
        } else {
            b = 1 + momentum - lr * (1 - dampening) * lambda;
            c = momentum;
        }
        double disc = b * b - 4 * c;
        if (disc < 0) {
            return new Root(Math.sqrt(c), true);
        }
        double root = Math.sqrt(disc);
        double plus = (b + root) / 2;
        double minus = (b - root) / 2;
        double z = Math.abs(plus) >= Math.abs(minus) ? plus : minus;
        return new Root(Math.abs(z), z < 0);
    }
}
