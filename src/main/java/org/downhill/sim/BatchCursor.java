package org.downhill.sim;

import org.apache.commons.math3.random.Well19937c;
import org.downhill.landscape.RowLandscape;

/**
 * The simulator's position in a {@link BatchPlan}: moved to a step, it holds that step's batch
 * and evaluates the batch's mean loss and gradient. The order of an epoch is computed once, when
 * the first step of the epoch is reached; no allocation per step. Mutable, single-threaded.
 */
final class BatchCursor {
    private final RowLandscape f;
    private final BatchPlan plan;
    private final int[] order;
    private final Well19937c random = new Well19937c(0);
    private int epochInOrder = -1;
    private int epoch;
    private int batch;
    private int from;
    private int to;

    BatchCursor(RowLandscape f, BatchPlan plan) {
        this.f = f;
        this.plan = plan;
        this.order = new int[plan.rows()];
    }

    /** Moves to the batch of step k. */
    void moveTo(int step) {
        epoch = plan.epoch(step);
        batch = plan.batch(step);
        from = plan.from(step);
        to = plan.to(step);
        if (epoch != epochInOrder) {
            plan.fillOrder(epoch, order, random);
            epochInOrder = epoch;
        }
    }

    /** The epoch of the current step. */
    int epoch() {
        return epoch;
    }

    /** The batch index of the current step within its epoch. */
    int batch() {
        return batch;
    }

    /** The current batch's mean loss at p. */
    double loss(double[] p) {
        return f.batchValue(p[0], p[1], order, from, to);
    }

    /** The current batch's gradient at p, into g. */
    void gradient(double[] p, double[] g) {
        f.batchGradient(p[0], p[1], order, from, to, g);
    }
}
