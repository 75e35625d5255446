package org.downhill.schedule;

/**
 * A {@link Warmup} in front of a schedule: for k < steps,
 * {@code lr_k = base * (startFactor + (1 - startFactor) * k / steps)} (and the wrapped schedule's
 * momentum at its step 0); from k = steps on, the wrapped schedule from its own step 0. Wrapping a
 * {@link LossDrivenSchedule} gives one (see {@link #wrap}).
 */
class WarmupSchedule implements Schedule {
    private final Warmup warmup;
    private final Schedule inner;

    private WarmupSchedule(Warmup warmup, Schedule inner) {
        this.warmup = warmup;
        this.inner = inner;
    }

    /** The schedule with the warm-up in front, or the schedule itself for {@link Warmup#NONE}. */
    static Schedule wrap(Warmup warmup, Schedule inner) {
        if (warmup.isNone()) {
            return inner;
        }
        return inner instanceof LossDrivenSchedule ? new LossDriven(warmup, inner) : new WarmupSchedule(warmup, inner);
    }

    /** A warm-up in front of a loss-driven schedule, which is itself loss-driven. */
    private static final class LossDriven extends WarmupSchedule implements LossDrivenSchedule {
        LossDriven(Warmup warmup, Schedule inner) {
            super(warmup, inner);
        }
    }

    @Override
    public boolean cyclesMomentum() {
        return inner.cyclesMomentum();
    }

    @Override
    public ScheduleState start(double baseLr) {
        ScheduleState after = inner.start(baseLr);
        int steps = warmup.steps();
        double startFactor = warmup.startFactor();
        return new ScheduleState() {
            private int k;

            @Override
            public double lr() {
                return k < steps ? baseLr * (startFactor + (1 - startFactor) * k / steps) : after.lr();
            }

            @Override
            public double momentum() {
                return after.momentum();
            }

            @Override
            public void step(double loss) {
                if (k >= steps) {
                    after.step(loss);
                }
                k++;
            }
        };
    }
}
