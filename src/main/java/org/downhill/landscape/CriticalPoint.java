package org.downhill.landscape;

/**
 * A stationary point of a landscape, where the gradient vanishes.
 *
 * @param x     its x
 * @param y     its y
 * @param value f(x, y)
 * @param kind  global minimum, local minimum, saddle point or maximum
 */
public record CriticalPoint(double x, double y, double value, Kind kind) {

    /** The kinds of stationary points, told apart by the Hessian's eigenvalues and by value. */
    public enum Kind {
        /** A minimum with the lowest value of the landscape. */
        GLOBAL_MIN,
        /** A minimum that is not the lowest. */
        LOCAL_MIN,
        /** Curving up one way and down the other. */
        SADDLE,
        /** Curving down every way. */
        MAX;

        /** Whether this is a minimum, global or local. */
        public boolean isMinimum() {
            return this == GLOBAL_MIN || this == LOCAL_MIN;
        }
    }
}
