package org.downhill.figure;

/**
 * The frames of an animation of the runs: steps 0, s, 2s, ... and always the last step asked for,
 * at most {@value #MAX_FRAMES} frames, so s = 1 (a frame per step) unless the runs are longer.
 *
 * @param lastStep the step of the last frame, at least 0
 */
public record Animation(int lastStep) {
    /** The most frames in one animation. */
    public static final int MAX_FRAMES = 300;

    /**
     * Checks the step.
     *
     * @throws IllegalArgumentException if lastStep is negative
     */
    public Animation {
        if (lastStep < 0) {
            throw new IllegalArgumentException("the last step must be at least 0, not " + lastStep);
        }
    }

    /** The steps between frames: ceil(lastStep / (MAX_FRAMES - 1)), at least 1. */
    public int stride() {
        return Math.max(1, (lastStep + MAX_FRAMES - 2) / (MAX_FRAMES - 1));
    }

    /** The number of frames: ceil(lastStep / stride) + 1. */
    public int frames() {
        int stride = stride();
        return (lastStep + stride - 1) / stride + 1;
    }

    /**
     * The step frame i shows: min(i * stride, lastStep).
     *
     * @throws IndexOutOfBoundsException unless 0 &lt;= i &lt; frames()
     */
    public int step(int i) {
        if (i < 0 || i >= frames()) {
            throw new IndexOutOfBoundsException("frame " + i + " of " + frames());
        }
        return (int) Math.min((long) i * stride(), lastStep);
    }
}
