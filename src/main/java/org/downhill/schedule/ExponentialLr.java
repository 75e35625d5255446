package org.downhill.schedule;

import org.downhill.param.ParamSet;

/** ExponentialLR: {@code lr_k = base * gamma^k}, evaluated as PyTorch does: multiply by gamma at every step. */
record ExponentialLr(double gamma) implements Schedule {

    ExponentialLr(ParamSet args) {
        this(args.real("gamma"));
    }

    @Override
    public ScheduleState start(double baseLr) {
        return new RecursiveState(baseLr, baseLr) {
            @Override
            double next(double previous, int k) {
                return previous * gamma;
            }
        };
    }
}
