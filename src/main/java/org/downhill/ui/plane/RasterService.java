package org.downhill.ui.plane;

import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.downhill.figure.LandscapeLayer;
import org.downhill.render.GridSampler;
import org.downhill.render.LandscapeRaster;
import org.downhill.ui.LatestOnly;

/**
 * Computes the landscape's layer for the 2D view (sampling, colouring, contouring) off the FX
 * thread, newest request only ({@link LatestOnly}). The work is done in one raster that only the
 * worker touches (one computation at a time), so steady zooming allocates no new sample buffers;
 * each delivery is an immutable {@link LandscapeLayer} holding copies of the pixels and contours.
 */
public final class RasterService {
    private final GridSampler sampler;
    private final LandscapeRaster raster = new LandscapeRaster();
    private final LatestOnly<LandscapeLayer.Request, LandscapeLayer> work;

    /**
     * @param worker  runs the computation (a background thread)
     * @param deliver runs the delivery (the FX thread: {@code Platform::runLater})
     * @param sampler how sampling is spread over threads
     */
    public RasterService(Executor worker, Executor deliver, GridSampler sampler) {
        this.sampler = sampler;
        this.work = new LatestOnly<>(worker, deliver, this::compute);
    }

    /**
     * The window's service: computes on {@code worker}, samples on two threads of the common
     * fork-join pool, and delivers on the FX thread.
     */
    public static RasterService onScreen(Executor worker) {
        return new RasterService(worker, Platform::runLater, GridSampler.parallel(ForkJoinPool.commonPool(), 2));
    }

    /** Asks for a layer; {@code onReady} receives it on the delivery thread, unless a newer request comes first. */
    public void request(LandscapeLayer.Request request, Consumer<LandscapeLayer> onReady) {
        work.request(request, (asked, layer) -> onReady.accept(layer));
    }

    /** Computes in the worker's raster and copies the result out. */
    private LandscapeLayer compute(LandscapeLayer.Request request) {
        request.computeInto(raster, sampler);
        return LandscapeLayer.of(raster);
    }
}
