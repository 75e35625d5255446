package org.downhill.schedule;

import org.downhill.param.ParamSet;

/**
 * PolynomialLR: {@code lr_k = base * (1 - min(k, T) / T)^power} with T = total_iters; evaluated
 * as PyTorch does: for {@code 1 <= k <= T},
 * {@code lr_k = lr_{k-1} * ((1 - k / T) / (1 - (k - 1) / T))^power}, unchanged after.
 */
record PolynomialLr(int totalIters, double power) implements Schedule {

    PolynomialLr(ParamSet args) {
        this(args.integer("total_iters"), args.real("power"));
    }

    @Override
    public ScheduleState start(double baseLr) {
        return new RecursiveState(baseLr, baseLr) {
            @Override
            double next(double previous, int k) {
                if (k > totalIters) {
                    return previous;
                }
                double decay = Math.pow((1.0 - (double) k / totalIters) / (1.0 - (double) (k - 1) / totalIters), power);
                return previous * decay;
            }
        };
    }
}
