package org.downhill.diagnose;

/**
 * Eigenvalues and unit eigenvectors of a symmetric 2 x 2 matrix [[a, b], [b, c]], computed stably:
 * {@code lambda = (a + c)/2 +- hypot((a - c)/2, b)}; the eigenvector of the larger one is
 * {@code (cos t, sin t)} with {@code t = atan2(2b, a - c)/2}. A diagonal matrix gets exact axis
 * vectors, so that its components do not mix even at the level of rounding.
 *
 * @param large  the larger eigenvalue (the steep direction's curvature)
 * @param small  the smaller eigenvalue
 * @param largeX x of the unit eigenvector of {@code large}
 * @param largeY y of the unit eigenvector of {@code large}
 */
public record SymmetricEigen(double large, double small, double largeX, double largeY) {

    /** The eigen-decomposition of [[a, b], [b, c]]. */
    public static SymmetricEigen of(double a, double b, double c) {
        if (b == 0) {
            return a >= c ? new SymmetricEigen(a, c, 1, 0) : new SymmetricEigen(c, a, 0, 1);
        }
        double mean = (a + c) / 2;
        double radius = Math.hypot((a - c) / 2, b);
        double angle = Math.atan2(2 * b, a - c) / 2;
        return new SymmetricEigen(mean + radius, mean - radius, Math.cos(angle), Math.sin(angle));
    }

    /** The component of (dx, dy) along the large eigenvalue's direction. */
    double alongLarge(double dx, double dy) {
        return largeX * dx + largeY * dy;
    }

    /** The component of (dx, dy) along the small eigenvalue's direction. */
    double alongSmall(double dx, double dy) {
        return -largeY * dx + largeX * dy;
    }
}
