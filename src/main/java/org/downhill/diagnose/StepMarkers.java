package org.downhill.diagnose;

import java.util.BitSet;
import org.downhill.landscape.Landscape;
import org.downhill.sim.Trajectory;

/**
 * Per-step flags of a trajectory, for marking a path:
 * <ul>
 * <li>overshoot at step k: the update from row k went downhill along its own direction u
 *     ({@code grad f(p_k) . u < 0}) but ended past the lowest point of that line
 *     ({@code grad f(p_{k+1}) . u > 1e-9 |grad f(p_k) . u|}), and moved the point by more than 64
 *     units in the last place of its coordinates (an overshoot of 1e-16 is rounding, none);</li>
 * <li>loss increase at step k: {@code loss_{k+1} > loss_k} beyond rounding (eight units in the
 *     last place).</li>
 * </ul>
 * The gradients are exact (without the run's noise). Immutable.
 */
public final class StepMarkers {
    private final BitSet overshoot;
    private final BitSet lossIncrease;

    StepMarkers(BitSet overshoot, BitSet lossIncrease) {
        this.overshoot = (BitSet) overshoot.clone();
        this.lossIncrease = (BitSet) lossIncrease.clone();
    }

    /**
     * The markers of a run's updates from row {@code from} on, with the exact gradient of its
     * landscape; the updates before are not marked. From 0 they are all the run's markers.
     */
    static StepMarkers of(Trajectory t, Landscape f, int from) {
        BitSet overshoot = new BitSet();
        BitSet increase = new BitSet();
        double[] before = new double[2];
        double[] after = new double[2];
        for (int k = Math.max(from, 0); k < t.lastStep(); k++) {
            double ux = t.x(k + 1) - t.x(k);
            double uy = t.y(k + 1) - t.y(k);
            f.gradient(t.x(k), t.y(k), before);
            f.gradient(t.x(k + 1), t.y(k + 1), after);
            double slopeBefore = before[0] * ux + before[1] * uy;
            double slopeAfter = after[0] * ux + after[1] * uy;
            double resolution = 64 * Math.ulp(Math.max(Math.max(Math.abs(t.x(k)), Math.abs(t.y(k))),
                    Math.max(Math.abs(t.x(k + 1)), Math.abs(t.y(k + 1)))));
            if (slopeBefore < 0 && slopeAfter > 1e-9 * -slopeBefore && FastHypot.of(ux, uy) > resolution) {
                overshoot.set(k);
            }
            if (t.loss(k + 1) > t.loss(k) + RunShape.lossTolerance(t.loss(k), t.loss(k + 1))) {
                increase.set(k);
            }
        }
        return new StepMarkers(overshoot, increase);
    }

    /** Whether the update from row k overshot the minimum along its direction. */
    public boolean overshoot(int k) {
        return overshoot.get(k);
    }

    /** Whether the update from row k raised the loss. */
    public boolean lossIncrease(int k) {
        return lossIncrease.get(k);
    }

    /** How many updates overshot. */
    public int overshootCount() {
        return overshoot.cardinality();
    }

    /** How many updates raised the loss. */
    public int lossIncreaseCount() {
        return lossIncrease.cardinality();
    }

    /** The first update at or after {@code from} that overshot, or -1. */
    public int nextOvershoot(int from) {
        return overshoot.nextSetBit(from);
    }

    /** The row after the last update that overshot (from which no update overshoots), 0 if none did. */
    int afterLastOvershoot() {
        return overshoot.length();
    }

    /** How many updates from {@code from} to {@code to} (exclusive) raised the loss. */
    int lossIncreases(int from, int to) {
        return lossIncrease.get(from, Math.max(from, to)).cardinality();
    }

    /** The first update at or after {@code from} that raised the loss, or -1. */
    public int nextLossIncrease(int from) {
        return lossIncrease.nextSetBit(from);
    }
}
