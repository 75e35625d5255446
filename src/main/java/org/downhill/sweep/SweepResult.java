package org.downhill.sweep;

import java.util.Objects;
import org.downhill.diagnose.Regime;

/**
 * The outcomes of the runs of a sweep, by index, in primitive arrays. Immutable once built.
 */
public final class SweepResult {
    private static final Regime[] REGIMES = Regime.values();

    private final double[] finalLoss;
    private final double[] minLoss;
    private final int[] steps;
    private final byte[] regime;
    private final int[] eventStep;

    SweepResult(int size) {
        finalLoss = new double[size];
        minLoss = new double[size];
        steps = new int[size];
        regime = new byte[size];
        eventStep = new int[size];
    }

    /** Stores the outcome of run i; each index is written once, by the worker that ran it. */
    void set(int i, double finalLossValue, double minLossValue, int stepsRun, Regime r, int event) {
        finalLoss[i] = finalLossValue;
        minLoss[i] = minLossValue;
        steps[i] = stepsRun;
        regime[i] = (byte) r.ordinal();
        eventStep[i] = event;
    }

    /** The number of runs. */
    public int size() {
        return finalLoss.length;
    }

    /** The outcome of run i. */
    public Outcome get(int i) {
        Objects.checkIndex(i, size());
        return new Outcome(finalLoss[i], minLoss[i], steps[i], REGIMES[regime[i]], eventStep[i]);
    }

    /** The regime of run i. */
    public Regime regime(int i) {
        return REGIMES[regime[Objects.checkIndex(i, size())]];
    }

    /** The loss at the last row of run i. */
    public double finalLoss(int i) {
        return finalLoss[Objects.checkIndex(i, size())];
    }
}
