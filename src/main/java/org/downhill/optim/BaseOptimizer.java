package org.downhill.optim;

/**
 * What every optimizer shares: the {@link UpdateTrace} its updates fill while one is attached.
 * Subclasses write their terms only when {@link #trace} is not null, so an untraced update does
 * the same arithmetic, in the same order, as before and allocates nothing.
 */
abstract class BaseOptimizer implements Optimizer {
    /** The trace the next updates fill, or null. */
    UpdateTrace trace;

    @Override
    public final void trace(UpdateTrace into) {
        trace = into;
    }
}
