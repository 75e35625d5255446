package org.downhill.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a computation on a worker and hands its result to a delivery thread, newest request only:
 * each request gets a generation number, requests made while one is computing are coalesced into
 * the newest, and a result is delivered only if no newer request was made meanwhile (else it is
 * handed to a discard hook, e.g. to reuse its buffers). A failed
 * computation is logged and dropped, so a bad input never reaches the FX thread as an exception.
 *
 * @param <Q> the request
 * @param <R> the result
 */
public final class LatestOnly<Q, R> {
    private static final System.Logger LOG = System.getLogger(LatestOnly.class.getName());

    private final Executor worker;
    private final Executor deliver;
    private final Function<Q, R> compute;
    private final Consumer<R> discard;
    private final AtomicLong generation = new AtomicLong();
    private Q pending;
    private BiConsumer<Q, R> pendingTarget;
    private boolean busy;

    /**
     * @param worker  runs the computation (a background thread)
     * @param deliver runs the delivery (the FX thread: {@code Platform::runLater})
     * @param compute the computation; called on the worker only, one call at a time
     */
    public LatestOnly(Executor worker, Executor deliver, Function<Q, R> compute) {
        this(worker, deliver, compute, result -> { });
    }

    /**
     * @param worker  runs the computation (a background thread)
     * @param deliver runs the delivery (the FX thread: {@code Platform::runLater})
     * @param compute the computation; called on the worker only, one call at a time
     * @param discard receives, on the delivery thread, each result a newer request made stale
     */
    public LatestOnly(Executor worker, Executor deliver, Function<Q, R> compute, Consumer<R> discard) {
        this.worker = worker;
        this.deliver = deliver;
        this.compute = compute;
        this.discard = discard;
    }

    /** Asks for a result; {@code onReady} receives the request and its result on the delivery thread. */
    public void request(Q request, BiConsumer<Q, R> onReady) {
        generation.incrementAndGet();
        synchronized (this) {
            pending = request;
            pendingTarget = onReady;
            if (busy) {
                return;
            }
            busy = true;
        }
        worker.execute(this::drain);
    }

    /**
     * Forgets the pending request and makes the result being computed stale, so nothing asked so far
     * is delivered (for when the target was set another way meanwhile).
     */
    public void cancel() {
        generation.incrementAndGet();
        synchronized (this) {
            pending = null;
        }
    }

    private void drain() {
        while (true) {
            Q request;
            BiConsumer<Q, R> target;
            long ticket;
            synchronized (this) {
                if (pending == null) {
                    busy = false;
                    return;
                }
                request = pending;
                target = pendingTarget;
                pending = null;
                ticket = generation.get();
            }
            R result;
            try {
                result = compute.apply(request);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "a background computation failed", e);
                continue;
            }
            deliver.execute(() -> {
                if (ticket == generation.get()) {
                    target.accept(request, result);
                } else {
                    discard.accept(result);
                }
            });
        }
    }
}
