package org.downhill.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TorchSumTest {

    @Test
    void wholeNumbersSumExactlyWhateverTheCount() {
        TorchSum sum = new TorchSum();
        for (int n : new int[] {0, 1, 3, 4, 5, 16, 17, 63, 64, 65, 255, 256, 257, 1025, 5000}) {
            double[] v = new double[n];
            long expected = 0;
            for (int i = 0; i < n; i++) {
                v[i] = (i * 7919) % 1000 - 500;
                expected += (long) v[i];
            }
            assertEquals(expected, sum.sum(v, n), 0, "n = " + n);
        }
    }

    @Test
    void addsLaneByLaneLikePyTorch() {
        // One after the other, 1e16 swallows the first three ones (the spacing of doubles there is 2): 3.
        // Lane by lane, 1e16 and -1e16 meet in lane 0 and the ones add up in lanes 1 to 3: exactly 6.
        double[] v = {1e16, 1, 1, 1, -1e16, 1, 1, 1};
        double sequential = 0;
        for (double x : v) {
            sequential += x;
        }
        assertEquals(3, sequential, 0);
        assertEquals(6, new TorchSum().sum(v, v.length), 0);
    }
}
