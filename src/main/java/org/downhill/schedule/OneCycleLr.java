package org.downhill.schedule;

import org.downhill.param.NumberText;
import org.downhill.param.ParamSet;

/**
 * OneCycleLR (super-convergence), as PyTorch evaluates it. With
 * {@code initial = max_lr / div_factor} and {@code min = initial / final_div_factor}, the rate
 * goes through phases ending at (fractional) steps:
 * <pre>
 * two-phase:   initial -> max_lr until pct_start * total_steps - 1; max_lr -> min until total_steps - 1
 * three-phase: initial -> max_lr until pct_start * total_steps - 1; max_lr -> initial until
 *              2 pct_start * total_steps - 2; initial -> min until total_steps - 1
 * </pre>
 * At step k the first phase with {@code k <= end} (or the last) gives
 * {@code pct = (k - start) / (end - start)} and {@code lr = anneal(from, to, pct)}, where
 * {@code cos: to + (from - to) / 2 * (cos(pi pct) + 1)} and {@code linear: (to - from) pct + from}.
 * With cycle_momentum the momentum (or beta1) moves inversely by the same rule: max_momentum ->
 * base_momentum, back to max_momentum, and (three-phase) constant max_momentum. The optimizer's
 * own lr is replaced. Past total_steps, where PyTorch raises an error, the values of step
 * total_steps hold.
 */
final class OneCycleLr implements Schedule {
    private final double[] ends;
    private final double[] lrFrom;
    private final double[] lrTo;
    private final double[] momentumFrom;
    private final double[] momentumTo;
    private final boolean cosine;
    private final boolean cycleMomentum;
    private final int totalSteps;

    OneCycleLr(ParamSet args) {
        int total = args.integer("total_steps");
        totalSteps = total;
        double pct = args.real("pct_start");
        double maxLr = args.real("max_lr");
        double initial = maxLr / args.real("div_factor");
        double min = initial / args.real("final_div_factor");
        double base = args.real("base_momentum");
        double max = args.real("max_momentum");
        if (args.flag("three_phase")) {
            ends = new double[] {pct * total - 1, 2 * pct * total - 2, total - 1};
            lrFrom = new double[] {initial, maxLr, initial};
            lrTo = new double[] {maxLr, initial, min};
            momentumFrom = new double[] {max, base, max};
            momentumTo = new double[] {base, max, max};
        } else {
            ends = new double[] {pct * total - 1, total - 1};
            lrFrom = new double[] {initial, maxLr};
            lrTo = new double[] {maxLr, min};
            momentumFrom = new double[] {max, base};
            momentumTo = new double[] {base, max};
        }
        cosine = args.choice("anneal_strategy").equals("cos");
        cycleMomentum = args.flag("cycle_momentum");
    }

    /**
     * The rule that every phase that can be reached has a length, so that pct is defined (PyTorch
     * fails with a division by zero otherwise): the phase ends increase, and the first is not 0.
     */
    static String phasesRule(ParamSet args) {
        int total = args.integer("total_steps");
        double pct = args.real("pct_start");
        boolean three = args.flag("three_phase");
        double[] ends = three ? new double[] {pct * total - 1, 2 * pct * total - 2, total - 1}
                : new double[] {pct * total - 1, total - 1};
        boolean ok = ends[0] != 0;
        for (int i = 1; i < ends.length; i++) {
            ok &= ends[i] > ends[i - 1];
        }
        return ok ? null : "pct_start * total_steps = " + NumberText.of(pct * total)
                + " leaves a phase without steps: it must be other than 1 and below "
                + (three ? "half of total_steps" : "total_steps");
    }

    @Override
    public boolean cyclesMomentum() {
        return cycleMomentum;
    }

    @Override
    public ScheduleState start(double baseLr) {
        return new ScheduleState() {
            private int k;
            private double lr;
            private double momentum;

            {
                evaluate();
            }

            private void evaluate() {
                int step = Math.min(k, totalSteps);
                double start = 0;
                for (int i = 0; i < ends.length; i++) {
                    if (step <= ends[i] || i == ends.length - 1) {
                        double pct = (step - start) / (ends[i] - start);
                        lr = anneal(lrFrom[i], lrTo[i], pct);
                        momentum = cycleMomentum ? anneal(momentumFrom[i], momentumTo[i], pct) : Double.NaN;
                        return;
                    }
                    start = ends[i];
                }
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

    private double anneal(double from, double to, double pct) {
        if (cosine) {
            double cosOut = Math.cos(Math.PI * pct) + 1;
            return to + (from - to) / 2.0 * cosOut;
        }
        return (to - from) * pct + from;
    }
}
