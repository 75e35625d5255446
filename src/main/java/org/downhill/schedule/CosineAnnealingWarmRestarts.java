package org.downhill.schedule;

import org.downhill.param.ParamSet;

/**
 * CosineAnnealingWarmRestarts (SGDR): {@code lr = eta_min + (base - eta_min)(1 + cos(pi T_cur / T_i)) / 2},
 * where T_cur counts the steps since the last restart and T_i is the current period: T_cur = 0,
 * T_i = T_0 at k = 0, and each step does {@code T_cur += 1; if T_cur >= T_i: T_cur -= T_i; T_i *= T_mult}.
 */
record CosineAnnealingWarmRestarts(int t0, int tMult, double etaMin) implements Schedule {

    CosineAnnealingWarmRestarts(ParamSet args) {
        this(args.integer("T_0"), args.integer("T_mult"), args.real("eta_min"));
    }

    @Override
    public ScheduleState start(double baseLr) {
        return new ScheduleState() {
            private long tCur;
            private long tI = t0;

            @Override
            public double lr() {
                return etaMin + (baseLr - etaMin) * (1 + Math.cos(Math.PI * tCur / tI)) / 2;
            }

            @Override
            public void step(double loss) {
                tCur++;
                if (tCur >= tI) {
                    tCur -= tI;
                    tI *= tMult;
                }
            }
        };
    }
}
