package org.downhill.schedule;

import org.downhill.param.ParamSet;

/**
 * CyclicLR, as PyTorch evaluates it. With up = step_size_up, down = step_size_down (or up),
 * total = up + down and ratio = up / total:
 * <pre>
 * cycle = floor(1 + k / total);   x = 1 + k / total - cycle
 * s     = x / ratio if x <= ratio, else (x - 1) / (ratio - 1)
 * lr    = base_lr + (max_lr - base_lr) * s * scale
 * scale = 1 (triangular), 1 / 2^(cycle - 1) (triangular2), gamma^k (exp_range)
 * </pre>
 * With cycle_momentum the momentum (or beta1) moves the other way:
 * {@code max_momentum - (max_momentum - base_momentum) * s * scale}. The optimizer's own lr is
 * replaced by base_lr.
 */
final class CyclicLr implements Schedule {
    private final double baseLr;
    private final double maxLr;
    private final double totalSize;
    private final double stepRatio;
    private final String mode;
    private final double gamma;
    private final boolean cycleMomentum;
    private final double baseMomentum;
    private final double maxMomentum;

    CyclicLr(ParamSet args) {
        baseLr = args.real("base_lr");
        maxLr = args.real("max_lr");
        int up = args.integer("step_size_up");
        Integer down = args.optionalInteger("step_size_down");
        totalSize = (double) (up + (down == null ? up : down));
        stepRatio = up / totalSize;
        mode = args.choice("mode");
        gamma = args.real("gamma");
        cycleMomentum = args.flag("cycle_momentum");
        baseMomentum = args.real("base_momentum");
        maxMomentum = args.real("max_momentum");
    }

    @Override
    public boolean cyclesMomentum() {
        return cycleMomentum;
    }

    @Override
    public ScheduleState start(double ignoredBaseLr) {
        return new ScheduleState() {
            private int k;
            private double lr;
            private double momentum;

            {
                evaluate();
            }

            private void evaluate() {
                double cycle = Math.floor(1 + k / totalSize);
                double x = 1. + k / totalSize - cycle;
                double scaleFactor = x <= stepRatio ? x / stepRatio : (x - 1) / (stepRatio - 1);
                double scale = switch (mode) {
                    case "triangular2" -> 1 / Math.pow(2., cycle - 1);
                    case "exp_range" -> Math.pow(gamma, k);
                    default -> 1.0;
                };
                lr = baseLr + (maxLr - baseLr) * scaleFactor * scale;
                momentum = cycleMomentum ? maxMomentum - (maxMomentum - baseMomentum) * scaleFactor * scale : Double.NaN;
            }

            @Override
            public double lr() {
                return lr;
            }

            @Override
            public double momentum() {
                return momentum;
            }

            @Override
            public void step(double loss) {
                k++;
                evaluate();
            }
        };
    }
}
