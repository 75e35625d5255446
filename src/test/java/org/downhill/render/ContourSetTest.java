package org.downhill.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.downhill.landscape.ColorScaling;
import org.downhill.landscape.Window;
import org.junit.jupiter.api.Test;

/** A contour set's copy: the same lines, kept when the set is filled again, and fillable itself. */
class ContourSetTest {
    private static SampledGrid bowl(double shift) {
        Window window = new Window(-2, 2, -2, 2);
        TestLandscape bowl = new TestLandscape("bowl", (x, y) -> (x - shift) * (x - shift) + y * y, window,
                ColorScaling.LINEAR);
        return GridSampler.sequential().sample(bowl, window, 41, 41, null);
    }

    @Test
    void aCopyHasTheSameLinesAndKeepsThemWhenTheSetIsFilledAgain() {
        double[] levels = {0.5, 1.5};
        ContourSet set = MarchingSquares.contour(bowl(0), levels, null);
        ContourSet copy = set.copy();
        assertEquals(set.levelCount(), copy.levelCount());
        double firstX = set.segments(0)[0];
        for (int k = 0; k < set.levelCount(); k++) {
            assertEquals(set.level(k), copy.level(k));
            assertEquals(set.segmentCount(k), copy.segmentCount(k));
            for (int i = 0; i < 4 * set.segmentCount(k); i++) {
                assertEquals(set.segments(k)[i], copy.segments(k)[i]);
            }
        }
        MarchingSquares.contour(bowl(0.5), levels, set);
        assertTrue(set.segments(0)[0] != firstX, "the set was refilled");
        assertEquals(firstX, copy.segments(0)[0]);
        MarchingSquares.contour(bowl(0.5), new double[] {0.5, 1.5, 2.5}, copy);
        assertEquals(3, copy.levelCount());
        assertTrue(copy.segmentCount(2) > 10);
    }
}
