package org.downhill.ui.plane;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
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
    private static final System.Logger LOG = System.getLogger(RasterService.class.getName());

    private final Executor worker;
    private final Executor deliver;
    private final GridSampler sampler;
    private final LandscapeRaster raster = new LandscapeRaster();
    private final LatestOnly<LandscapeLayer.Request, LandscapeLayer> work;

    /**
     * @param worker  runs the computation (a background thread)
     * @param deliver runs the delivery (the FX thread: {@code Platform::runLater})
     * @param sampler how sampling is spread over threads
     */
    public RasterService(Executor worker, Executor deliver, GridSampler sampler) {
        this.worker = worker;
        this.deliver = deliver;
        this.sampler = sampler;
        this.work = new LatestOnly<>(worker, deliver, this::compute);
    }

    /** Asks for a layer; {@code onReady} receives it on the delivery thread, unless a newer request comes first. */
    public void request(LandscapeLayer.Request request, Consumer<LandscapeLayer> onReady) {
        work.request(request, (asked, layer) -> onReady.accept(layer));
    }

    /**
     * Computes a layer on the worker and waits for it, at most {@code timeout}: for a view's first
     * layer at start, which takes a tenth of a second or two, so that the window's first frame
     * shows the landscape instead of an empty plot followed a frame later by the landscape. If the
     * layer is not ready in time, returns null and hands the layer to {@code onLate} on the
     * delivery thread when it is. A failed computation is logged and gives null (as a request's is
     * dropped). Never call it on the worker.
     */
    public LandscapeLayer await(LandscapeLayer.Request request, Duration timeout, Consumer<LandscapeLayer> onLate) {
        CompletableFuture<LandscapeLayer> layer = CompletableFuture.supplyAsync(() -> compute(request), worker);
        try {
            return layer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            layer.thenAcceptAsync(onLate, deliver);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            layer.thenAcceptAsync(onLate, deliver);
            return null;
        } catch (ExecutionException e) {
            LOG.log(System.Logger.Level.WARNING, "the landscape's layer could not be computed", e.getCause());
            return null;
        }
    }

    /** Computes in the worker's raster and copies the result out. */
    private LandscapeLayer compute(LandscapeLayer.Request request) {
        request.computeInto(raster, sampler);
        return LandscapeLayer.of(raster);
    }
}
