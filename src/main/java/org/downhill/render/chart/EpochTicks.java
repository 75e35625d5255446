package org.downhill.render.chart;

import java.util.ArrayList;
import java.util.List;
import org.downhill.render.NiceTicks;
import org.downhill.sim.BatchPlan;
import org.downhill.sim.Trajectory;

/**
 * Where the epochs of a run on data in mini-batches end along the step axis of a chart: epoch e
 * (counted from 1) ends after e * b steps, b being the batches per epoch
 * ({@link BatchPlan#batchesPerEpoch()}), so its tick stands at step e * b. A run without batches,
 * or whose every step is a whole epoch (one batch of all rows), has no ticks: there the step axis
 * already counts the epochs.
 *
 * @param stepsPerEpoch b, the optimizer steps of one epoch, at least 2
 * @param lastStep      the last step of the run, at least 1
 */
public record EpochTicks(int stepsPerEpoch, int lastStep) {

    /** Validates the values. */
    public EpochTicks {
        if (stepsPerEpoch < 2 || lastStep < 1) {
            throw new IllegalArgumentException("steps per epoch " + stepsPerEpoch + " and last step " + lastStep
                    + " give no ticks");
        }
    }

    /**
     * The ticks of a run, or null where it has none: no batches, one batch per epoch, or no
     * epoch that ends within the run's {@code steps} steps.
     *
     * @param steps the steps the chart shows (the run may have ended earlier, when it blew up)
     */
    public static EpochTicks of(Trajectory t, int steps) {
        BatchPlan plan = t.plan().spec().batchPlan();
        if (plan == null || plan.batchesPerEpoch() < 2 || steps < plan.batchesPerEpoch()) {
            return null;
        }
        return new EpochTicks(plan.batchesPerEpoch(), steps);
    }

    /** The number of epochs that end within the run: floor(lastStep / b). */
    public int epochs() {
        return lastStep / stepsPerEpoch;
    }

    /** The step at which epoch e (from 1) ends, e * b. */
    public int step(int epoch) {
        return epoch * stepsPerEpoch;
    }

    /**
     * The epochs to tick: every one when their ticks lie at least {@code minTickGap} pixels apart,
     * else those of the labels ({@link #labelled}).
     *
     * @param pixelsPerStep the width of one step on the chart
     */
    public List<Integer> ticked(double pixelsPerStep, double minTickGap, double minLabelGap) {
        if (stepsPerEpoch * pixelsPerStep >= minTickGap) {
            List<Integer> all = new ArrayList<>(epochs());
            for (int e = 1; e <= epochs(); e++) {
                all.add(e);
            }
            return all;
        }
        return labelled(pixelsPerStep, minLabelGap);
    }

    /**
     * The epochs to label: whole numbers of the chart's nice ticks ({@link NiceTicks#linear}) over
     * 0 to the last step's epochs, as many as fit with labels at least {@code minLabelGap} pixels
     * apart (every one when they fit, e.g. 1, 2, 3; else 5, 10, 15 ...).
     */
    public List<Integer> labelled(double pixelsPerStep, double minLabelGap) {
        double width = lastStep * pixelsPerStep;
        int target = Math.max(1, (int) (width / Math.max(1e-9, minLabelGap)));
        List<Integer> out = new ArrayList<>();
        for (NiceTicks.Tick tick : NiceTicks.linear(0, (double) lastStep / stepsPerEpoch, target)) {
            double v = tick.value();
            if (v >= 1 && v == Math.rint(v) && v <= epochs()) {
                int e = (int) v;
                if (out.isEmpty() || (e - out.get(out.size() - 1)) * stepsPerEpoch * pixelsPerStep >= minLabelGap) {
                    out.add(e);
                }
            }
        }
        return out;
    }
}
