package org.downhill.schedule;

import java.util.List;
import java.util.TreeMap;
import org.downhill.param.ParamSet;

/**
 * MultiStepLR: {@code lr_k = base * gamma^(number of milestones <= k)}, a milestone listed twice
 * counting twice; evaluated as PyTorch does: at k equal to a milestone, multiply by
 * {@code gamma^(its multiplicity)}.
 */
final class MultiStepLr implements Schedule {
    private final int[] milestones;
    private final int[] multiplicity;
    private final double gamma;

    MultiStepLr(ParamSet args) {
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        List<Integer> given = args.integers("milestones");
        given.forEach(m -> counts.merge(m, 1, Integer::sum));
        milestones = counts.keySet().stream().mapToInt(Integer::intValue).toArray();
        multiplicity = counts.values().stream().mapToInt(Integer::intValue).toArray();
        gamma = args.real("gamma");
    }

    @Override
    public ScheduleState start(double baseLr) {
        return new RecursiveState(baseLr, baseLr) {
            private int next;

            @Override
            double next(double previous, int k) {
                while (next < milestones.length && milestones[next] < k) {
                    next++;
                }
                if (next < milestones.length && milestones[next] == k) {
                    return previous * Math.pow(gamma, multiplicity[next]);
                }
                return previous;
            }
        };
    }
}
