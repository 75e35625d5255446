package org.downhill.sweep;

/**
 * A request to stop a sweep, shared between the thread that asks and the workers that check it
 * between runs. Once cancelled it stays cancelled; thread-safe.
 */
public final class Cancellation {
    private volatile boolean cancelled;

    /** Asks the sweep to stop: no new run starts, and the sweep ends with a cancellation. */
    public void cancel() {
        cancelled = true;
    }

    /** Whether {@link #cancel()} was called. */
    public boolean isCancelled() {
        return cancelled;
    }
}
