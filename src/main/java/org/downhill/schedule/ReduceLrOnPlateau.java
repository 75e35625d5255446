package org.downhill.schedule;

import org.downhill.param.ParamSet;

/**
 * ReduceLROnPlateau: cuts the rate by {@code factor} when the loss has not improved for more than
 * {@code patience} steps. Fed the loss at the new point after each update. State: best = worst
 * possible, bad = 0, cool = 0; on each value v:
 * <pre>
 * better = v < best (1 - threshold)   (mode min, rel)     v > best (1 + threshold)   (max, rel)
 *          v < best - threshold       (min, abs)          v > best + threshold       (max, abs)
 * if better: best = v; bad = 0   else: bad += 1
 * if cool > 0: cool -= 1; bad = 0
 * if bad > patience: new = max(lr factor, min_lr); if lr - new > eps: lr = new; cool = cooldown; bad = 0
 * </pre>
 * With a negative best in mode min, rel, slightly worse values count as better (as in PyTorch).
 */
final class ReduceLrOnPlateau implements LossDrivenSchedule {
    private final boolean minimize;
    private final boolean relative;
    private final double factor;
    private final int patience;
    private final double threshold;
    private final int cooldown;
    private final double minLr;
    private final double eps;

    ReduceLrOnPlateau(ParamSet args) {
        minimize = args.choice("mode").equals("min");
        relative = args.choice("threshold_mode").equals("rel");
        factor = args.real("factor");
        patience = args.integer("patience");
        threshold = args.real("threshold");
        cooldown = args.integer("cooldown");
        minLr = args.real("min_lr");
        eps = args.real("eps");
    }

    @Override
    public ScheduleState start(double baseLr) {
        return new ScheduleState() {
            private double lr = baseLr;
            private double best = minimize ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            private int bad;
            private int cool;

            @Override
            public double lr() {
                return lr;
            }

            @Override
            public void step(double loss) {
                if (isBetter(loss)) {
                    best = loss;
                    bad = 0;
                } else {
                    bad++;
                }
                if (cool > 0) {
                    cool--;
                    bad = 0;
                }
                if (bad > patience) {
                    double reduced = Math.max(lr * factor, minLr);
                    if (lr - reduced > eps) {
                        lr = reduced;
                    }
                    cool = cooldown;
                    bad = 0;
                }
            }

            private boolean isBetter(double v) {
                if (minimize) {
                    return relative ? v < best * (1. - threshold) : v < best - threshold;
                }
                return relative ? v > best * (threshold + 1.) : v > best + threshold;
            }
        };
    }
}
