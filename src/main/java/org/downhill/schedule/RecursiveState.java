package org.downhill.schedule;

/**
 * The state of a schedule PyTorch evaluates recursively: {@code lr_k = next(lr_{k-1}, k)} from
 * {@code lr_0 = first(base)}. Subclasses give the two rules.
 */
abstract class RecursiveState implements ScheduleState {
    /** The base learning rate. */
    final double base;
    private double lr;
    private int k;

    RecursiveState(double base, double lr0) {
        this.base = base;
        this.lr = lr0;
    }

    /** The rate at step count k, from the rate at k - 1. */
    abstract double next(double previous, int k);

    @Override
    public final double lr() {
        return lr;
    }

    @Override
    public final void step(double loss) {
        k++;
        lr = next(lr, k);
    }
}
