package org.downhill.render.surface;

import org.downhill.sim.Trajectory;

/**
 * The points of a run to draw in 3D, copied out of a trajectory: after k updates the run is at
 * (x[k], y[k]) with loss loss[k], for k below {@code rows}. The arrays belong to the path once
 * it is made and are not changed, so it can be handed to a worker thread.
 *
 * @param x    x of each row
 * @param y    y of each row
 * @param loss f(x, y) of each row
 * @param rows how many rows are valid, at most the arrays' length
 */
public record RunPath(double[] x, double[] y, double[] loss, int rows) {

    /** Checks that the arrays hold {@code rows} rows. */
    public RunPath {
        if (rows < 0 || x.length < rows || y.length < rows || loss.length < rows) {
            throw new IllegalArgumentException("a path of " + rows + " rows needs arrays at least that long");
        }
    }

    /** A trajectory's points and losses, copied. */
    public static RunPath of(Trajectory t) {
        int n = t.rows();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] loss = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = t.x(k);
            y[k] = t.y(k);
            loss[k] = t.loss(k);
        }
        return new RunPath(x, y, loss, n);
    }
}
