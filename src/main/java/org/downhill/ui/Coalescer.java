package org.downhill.ui;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands a stream of values from a worker to the delivery thread, coalesced: at most one delivery
 * is pending at any time, and it hands over the newest value posted by the time it runs (older
 * ones are skipped). So a worker may post as often as it likes and the FX thread sees at most one
 * value per turn of its event loop, in the order they were posted, always including the last.
 *
 * @param <T> the value
 */
public final class Coalescer<T> {
    private final Executor deliver;
    private final Consumer<T> target;
    private final AtomicReference<T> newest = new AtomicReference<>();

    /**
     * @param deliver runs the delivery (the FX thread: {@code Platform::runLater})
     * @param target  receives the values on the delivery thread
     */
    public Coalescer(Executor deliver, Consumer<T> target) {
        this.deliver = deliver;
        this.target = target;
    }

    /** Posts a value (from any thread); a delivery is scheduled unless one is pending already. */
    public void post(T value) {
        if (newest.getAndSet(Objects.requireNonNull(value, "value")) == null) {
            deliver.execute(this::flush);
        }
    }

    private void flush() {
        T value = newest.getAndSet(null);
        if (value != null) {
            target.accept(value);
        }
    }
}
