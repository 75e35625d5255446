package org.downhill.diagnose;

import java.util.BitSet;

/**
 * Per-step flags of a trajectory, for marking a path:
 * <ul>
 * <li>overshoot at step k: the update from row k went downhill along its own direction u
 *     ({@code grad f(p_k) . u < 0}) but ended past the lowest point of that line
 *     ({@code grad f(p_{k+1}) . u > 0});</li>
 * <li>loss increase at step k: {@code loss_{k+1} > loss_k}.</li>
 * </ul>
 * Immutable.
 */
public final class StepMarkers {
    private final BitSet overshoot;
    private final BitSet lossIncrease;

    StepMarkers(BitSet overshoot, BitSet lossIncrease) {
        this.overshoot = (BitSet) overshoot.clone();
        this.lossIncrease = (BitSet) lossIncrease.clone();
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

    /** The first update at or after {@code from} that raised the loss, or -1. */
    public int nextLossIncrease(int from) {
        return lossIncrease.nextSetBit(from);
    }
}
