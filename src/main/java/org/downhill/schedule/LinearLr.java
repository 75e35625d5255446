package org.downhill.schedule;

import org.downhill.param.ParamSet;

/**
 * LinearLR: {@code lr_k = base * (s + (e - s) * min(k, T) / T)} with s = start_factor,
 * e = end_factor, T = total_iters; evaluated as PyTorch does: {@code lr_0 = base * s}, then for
 * {@code 1 <= k <= T}: {@code lr_k = lr_{k-1} * (1 + (e - s) / (T s + (k - 1)(e - s)))}, unchanged after.
 */
record LinearLr(double startFactor, double endFactor, int totalIters) implements Schedule {

    LinearLr(ParamSet args) {
        this(args.real("start_factor"), args.real("end_factor"), args.integer("total_iters"));
    }

    @Override
    public ScheduleState start(double baseLr) {
        return new RecursiveState(baseLr, baseLr * startFactor) {
            @Override
            double next(double previous, int k) {
                if (k > totalIters) {
                    return previous;
                }
                return previous * (1. + (endFactor - startFactor)
                        / (totalIters * startFactor + (k - 1) * (endFactor - startFactor)));
            }
        };
    }
}
