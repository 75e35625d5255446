package org.downhill.ui.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.downhill.optim.OptimizerSpec;
import org.downhill.schedule.ScheduleKind;
import org.downhill.schedule.ScheduleSpec;

/**
 * Arguments a schedule starts with when picked in the app: sized to the run (a cosine over all the
 * steps, a one-cycle peaking at the current learning rate, ...) rather than PyTorch's
 * defaults, which assume thousands of epochs; momentum cycling only where the optimizer already uses momentum.
 */
public final class ScheduleDefaults {
    private ScheduleDefaults() {
    }

    /** The schedule of this kind fitted to a run of {@code steps} updates of this optimizer. */
    public static ScheduleSpec forRun(ScheduleKind kind, int steps, OptimizerSpec optimizer) {
        int n = Math.max(steps, 4);
        double lr = optimizer.lr() > 0 ? optimizer.lr() : 0.01;
        boolean canCycle = optimizer.kind().hasMomentum(optimizer.hyper());
        Map<String, Object> args = new LinkedHashMap<>();
        switch (kind) {
            case STEP_LR -> {
                args.put("step_size", Math.max(1, n / 4));
                args.put("gamma", 0.5);
            }
            case MULTI_STEP_LR -> {
                args.put("milestones", List.of(n / 2, 3 * n / 4));
                args.put("gamma", 0.3);
            }
            case EXPONENTIAL_LR -> args.put("gamma", Math.pow(0.01, 1.0 / n));
            case COSINE_ANNEALING_LR -> args.put("T_max", n);
            case COSINE_ANNEALING_WARM_RESTARTS -> args.put("T_0", Math.max(1, n / 4));
            case LINEAR_LR -> args.put("total_iters", Math.max(1, n / 4));
            case POLYNOMIAL_LR -> args.put("total_iters", n);
            case ONE_CYCLE_LR -> {
                args.put("max_lr", lr);
                args.put("total_steps", n);
                args.put("cycle_momentum", canCycle);
            }
            case CYCLIC_LR -> {
                args.put("base_lr", lr / 10);
                args.put("max_lr", lr);
                args.put("step_size_up", Math.max(1, n / 8));
                args.put("cycle_momentum", canCycle);
            }
            case REDUCE_LR_ON_PLATEAU -> args.put("patience", 5);
            default -> {
            }
        }
        return ScheduleSpec.of(kind, args);
    }
}
