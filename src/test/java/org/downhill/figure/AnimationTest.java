package org.downhill.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The frames of an animation: a frame per step for short runs, at most 300, always ending at the last step. */
class AnimationTest {

    @Test
    void shortRunsGetAFramePerStep() {
        Animation a = new Animation(20);
        assertEquals(1, a.stride());
        assertEquals(21, a.frames());
        for (int i = 0; i <= 20; i++) {
            assertEquals(i, a.step(i));
        }
        assertEquals(1, new Animation(0).frames());
    }

    @Test
    void longRunsGetAtMostThreeHundredFramesAndTheLastShowsTheLastStep() {
        for (int last : new int[] {299, 300, 999, 1000, 1001, 20_000}) {
            Animation a = new Animation(last);
            assertTrue(a.frames() <= Animation.MAX_FRAMES, last + ": " + a.frames());
            assertEquals(last, a.step(a.frames() - 1), last + " is the last frame");
            assertTrue(a.step(a.frames() - 2) < last);
            for (int i = 1; i < a.frames(); i++) {
                assertTrue(a.step(i) - a.step(i - 1) <= a.stride());
            }
        }
        assertThrows(IndexOutOfBoundsException.class, () -> new Animation(10).step(11));
        assertThrows(IllegalArgumentException.class, () -> new Animation(-1));
    }
}
