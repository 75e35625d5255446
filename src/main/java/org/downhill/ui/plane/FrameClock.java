package org.downhill.ui.plane;

/** Frames per second over the last frames, and the duration of the last redraw. */
final class FrameClock {
    private static final int FRAMES = 30;
    private final long[] frameTimes = new long[FRAMES];
    private int next;
    private int count;
    private double lastRedrawMillis;

    /** Records a frame at {@code nanos} (the animation timer's time stamp). */
    void frame(long nanos) {
        frameTimes[next] = nanos;
        next = (next + 1) % FRAMES;
        count = Math.min(count + 1, FRAMES);
    }

    /** Records how long the redraw of this frame took. */
    void redrawn(long nanos) {
        lastRedrawMillis = nanos / 1e6;
    }

    /** The frame rate over the recorded frames, 0 before two. */
    double framesPerSecond() {
        if (count < 2) {
            return 0;
        }
        long newest = frameTimes[(next - 1 + FRAMES) % FRAMES];
        long oldest = frameTimes[(next - count + FRAMES) % FRAMES];
        return newest > oldest ? (count - 1) * 1e9 / (newest - oldest) : 0;
    }

    /** The last redraw's duration in milliseconds. */
    double lastRedrawMillis() {
        return lastRedrawMillis;
    }
}
