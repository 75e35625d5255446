package org.downhill.schedule;

import org.downhill.param.ParamSet;

/**
 * StepLR: {@code lr_k = base * gamma^floor(k / step_size)}, evaluated as PyTorch does: multiply
 * by gamma at every k > 0 that is a multiple of step_size.
 */
record StepLr(int stepSize, double gamma) implements Schedule {

    StepLr(ParamSet args) {
        this(args.integer("step_size"), args.real("gamma"));
    }

    @Override
    public ScheduleState start(double baseLr) {
        return new RecursiveState(baseLr, baseLr) {
            @Override
            double next(double previous, int k) {
                return k % stepSize == 0 ? previous * gamma : previous;
            }
        };
    }
}
