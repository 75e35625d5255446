package org.downhill.data;

/**
 * Sums numbers in the order PyTorch 1.13's CPU sum kernel does for a contiguous float64 vector
 * (ATen's {@code cascade_sum} in SumKernel.cpp, AVX2 build): the values are read as vectors of 4
 * lanes; the vectors as rows of 4 (four independent accumulators), summed row by row into a
 * cascade of 4 levels whose step is 2^max(4, ceil(log2(rows)) / 4) rows; the vectors left over go
 * into the first accumulator, the accumulators are folded lane-wise, and the result is 0 plus the
 * values left over after the last whole vector plus the 4 lanes in order. Fewer than 4 values are
 * summed one after the other.
 *
 * <p>In exact arithmetic every order gives the same sum; in floating point the order decides the
 * last bits, and when the terms nearly cancel (the intercept's gradient of a diverging line fit,
 * whose terms are 1e8 times larger than their sum) those bits become the leading ones. Following
 * PyTorch's order reproduces the training reference bit for bit in such runs. Mutable scratch:
 * one instance per thread.
 */
final class TorchSum {
    private static final int LANES = 4;
    private static final int ILP = 4;
    private static final int LEVELS = 4;

    private final double[][][] acc = new double[LEVELS][ILP][LANES];

    /** The sum of {@code values[0 .. count)} in PyTorch's order. */
    double sum(double[] values, int count) {
        if (count < LANES) {
            double s = 0;
            for (int i = 0; i < count; i++) {
                s += values[i];
            }
            return s + 0.0 + 0.0 + 0.0;
        }
        int vectors = count / LANES;
        int rows = vectors / ILP;
        for (double[][] level : acc) {
            for (double[] slot : level) {
                java.util.Arrays.fill(slot, 0);
            }
        }
        int levelPower = Math.max(4, ceilLog2(rows) / LEVELS);
        int levelStep = 1 << levelPower;
        int levelMask = levelStep - 1;
        int row = 0;
        while (row + levelStep <= rows) {
            for (int j = 0; j < levelStep; j++, row++) {
                addRow(values, row);
            }
            for (int j = 1; j < LEVELS; j++) {
                for (int k = 0; k < ILP; k++) {
                    for (int l = 0; l < LANES; l++) {
                        acc[j][k][l] += acc[j - 1][k][l];
                        acc[j - 1][k][l] = 0;
                    }
                }
                if ((row & (levelMask << (j * levelPower))) != 0) {
                    break;
                }
            }
        }
        for (; row < rows; row++) {
            addRow(values, row);
        }
        double[][] first = acc[0];
        for (int j = 1; j < LEVELS; j++) {
            for (int k = 0; k < ILP; k++) {
                for (int l = 0; l < LANES; l++) {
                    first[k][l] += acc[j][k][l];
                }
            }
        }
        for (int v = rows * ILP; v < vectors; v++) {
            for (int l = 0; l < LANES; l++) {
                first[0][l] += values[v * LANES + l];
            }
        }
        for (int k = 1; k < ILP; k++) {
            for (int l = 0; l < LANES; l++) {
                first[0][l] += first[k][l];
            }
        }
        double s = 0;
        for (int i = vectors * LANES; i < count; i++) {
            s += values[i];
        }
        for (int l = 0; l < LANES; l++) {
            s += first[0][l];
        }
        return s;
    }

    private void addRow(double[] values, int row) {
        int base = row * ILP * LANES;
        for (int k = 0; k < ILP; k++) {
            for (int l = 0; l < LANES; l++) {
                acc[0][k][l] += values[base + k * LANES + l];
            }
        }
    }

    /** ceil(log2(n)), 0 for n <= 1. */
    private static int ceilLog2(int n) {
        return n <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(n - 1);
    }
}
