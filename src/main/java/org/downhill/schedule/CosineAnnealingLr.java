package org.downhill.schedule;

import org.downhill.param.ParamSet;

/**
 * CosineAnnealingLR: {@code lr_k = eta_min + (base - eta_min) * (1 + cos(pi k / T_max)) / 2},
 * which rises again past T_max (period 2 T_max). Evaluated as PyTorch does, recursively:
 * <pre>
 * if (k - 1 - T_max) mod 2 T_max == 0:  lr_k = lr_{k-1} + (base - eta_min)(1 - cos(pi / T_max)) / 2
 * else:  lr_k = (1 + cos(pi k / T_max)) / (1 + cos(pi (k - 1) / T_max)) (lr_{k-1} - eta_min) + eta_min
 * </pre>
 */
record CosineAnnealingLr(int tMax, double etaMin) implements Schedule {

    CosineAnnealingLr(ParamSet args) {
        this(args.integer("T_max"), args.real("eta_min"));
    }

    @Override
    public ScheduleState start(double baseLr) {
        return new RecursiveState(baseLr, baseLr) {
            @Override
            double next(double previous, int k) {
                if (Math.floorMod(k - 1 - tMax, 2 * tMax) == 0) {
                    return previous + (base - etaMin) * (1 - Math.cos(Math.PI / tMax)) / 2;
                }
                return (1 + Math.cos(Math.PI * k / tMax)) / (1 + Math.cos(Math.PI * (k - 1) / tMax))
                        * (previous - etaMin) + etaMin;
            }
        };
    }
}
