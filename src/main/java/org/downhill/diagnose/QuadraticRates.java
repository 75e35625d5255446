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
 * Complex roots mean the error rotates: it changes sign every pi / arg(z) steps.
 */
final class QuadraticRates {
    private QuadraticRates() {
    }

    /** The largest |z| of the recurrence. */
    static double factor(double lambda, double lr, double momentum, double dampening, boolean nesterov) {
        if (momentum == 0) {
            return Math.abs(1 - lr * lambda);
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
            return Math.sqrt(c);
        }
        double root = Math.sqrt(disc);
        return Math.max(Math.abs((b + root) / 2), Math.abs((b - root) / 2));
    }
}
