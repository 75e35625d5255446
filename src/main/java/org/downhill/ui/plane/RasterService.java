package org.downhill.ui.plane;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.downhill.landscape.ColorScaling;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Window;
import org.downhill.render.ColorMap;
import org.downhill.render.GridSampler;
import org.downhill.render.LandscapeRaster;
import org.downhill.ui.LatestOnly;

/**
 * Computes landscape rasters (sampling, colouring, contouring) off the FX thread, newest request
 * only ({@link LatestOnly}). Rasters are recycled through a small pool, stale ones included, so
 * steady zooming allocates no new buffers.
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

    private final GridSampler sampler;
    private final ArrayDeque<LandscapeRaster> pool = new ArrayDeque<>();
    private final LatestOnly<Request, LandscapeRaster> work;

    /**
     * @param worker  runs the computation (a background thread)
     * @param deliver runs the delivery (the FX thread: {@code Platform::runLater})
     * @param sampler how sampling is spread over threads
     */
    public RasterService(Executor worker, Executor deliver, GridSampler sampler) {
        this.sampler = sampler;
        this.work = new LatestOnly<>(worker, deliver, this::computePooled, this::recycle);
    }

    /**
     * Asks for a raster; {@code onReady} receives it on the delivery thread, unless a newer request
     * comes first. The receiver owns it until it hands it back with {@link #recycle}.
     */
    public void request(Request request, Consumer<LandscapeRaster> onReady) {
        work.request(request, (asked, raster) -> onReady.accept(raster));
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

    /** Computes into a pooled raster (on the worker); a failure gives the raster back. */
    private LandscapeRaster computePooled(Request request) {
        LandscapeRaster raster;
        synchronized (this) {
            raster = pool.isEmpty() ? new LandscapeRaster() : pool.pop();
        }
        try {
            compute(raster, request);
        } catch (RuntimeException e) {
            recycle(raster);
            throw e;
        }
        return raster;
    }
}
