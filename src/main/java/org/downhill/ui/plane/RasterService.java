package org.downhill.ui.plane;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.downhill.landscape.ColorScaling;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Window;
import org.downhill.render.ColorMap;
import org.downhill.render.GridSampler;
import org.downhill.render.LandscapeRaster;

/**
 * Computes landscape rasters (sampling, colouring, contouring) off the FX thread. Each request
 * carries a generation number; a result is delivered only if no newer request was made meanwhile,
 * and requests made while one is computing are coalesced into the newest. Rasters are recycled
 * through a small pool, so steady zooming allocates no new buffers.
 */
public final class RasterService {

    /**
     * What to compute.
     *
     * @param landscape the function
     * @param window    the part of the plane
     * @param width     pixels across
     * @param height    pixels down
     * @param colorMap  the colour map
     * @param scaling   linear or logarithmic colours
     */
    public record Request(Landscape landscape, Window window, int width, int height, ColorMap colorMap,
                          ColorScaling scaling) {
    }

    private final Executor worker;
    private final Executor deliver;
    private final GridSampler sampler;
    private final AtomicLong generation = new AtomicLong();
    private final ArrayDeque<LandscapeRaster> pool = new ArrayDeque<>();
    private Request pending;
    private Consumer<LandscapeRaster> pendingTarget;
    private boolean busy;

    /**
     * @param worker  runs the computation (a background thread)
     * @param deliver runs the delivery (the FX thread: {@code Platform::runLater})
     * @param sampler how sampling is spread over threads
     */
    public RasterService(Executor worker, Executor deliver, GridSampler sampler) {
        this.worker = worker;
        this.deliver = deliver;
        this.sampler = sampler;
    }

    /**
     * Asks for a raster; {@code onReady} receives it on the delivery thread, unless a newer request
     * comes first. The receiver owns it until it hands it back with {@link #recycle}.
     */
    public void request(Request request, Consumer<LandscapeRaster> onReady) {
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
     * Computes a raster on the calling thread with this service's sampler, for a one-off use such
     * as an export; the raster is new and not pooled, and pending requests are not affected.
     */
    public LandscapeRaster computeNow(Request request) {
        LandscapeRaster raster = new LandscapeRaster();
        compute(raster, request);
        return raster;
    }

    private void compute(LandscapeRaster raster, Request request) {
        raster.compute(request.landscape(), request.window(), request.width(), request.height(),
                request.colorMap(), request.scaling(), sampler);
    }

    /** Gives back a raster no longer shown, for reuse. */
    public synchronized void recycle(LandscapeRaster raster) {
        if (raster != null && pool.size() < 3) {
            pool.push(raster);
        }
    }

    private void drain() {
        while (true) {
            Request request;
            Consumer<LandscapeRaster> target;
            LandscapeRaster raster;
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
                raster = pool.isEmpty() ? new LandscapeRaster() : pool.pop();
            }
            try {
                compute(raster, request);
            } catch (RuntimeException e) {
                recycle(raster);
                deliver.execute(() -> {
                    throw e;
                });
                continue;
            }
            deliver.execute(() -> {
                if (ticket == generation.get()) {
                    target.accept(raster);
                } else {
                    recycle(raster);
                }
            });
        }
    }
}
