package org.downhill.ui.plane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.downhill.figure.LandscapeLayer;
import org.downhill.render.GridSampler;
import org.downhill.render.Viewport;
import org.downhill.scenario.Presets;
import org.downhill.scenario.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The first layer awaited, or handed over late when the worker is slower than the wait. */
class RasterServiceTest {
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final ExecutorService deliver = Executors.newSingleThreadExecutor();
    private final RasterService rasters = new RasterService(worker, deliver, GridSampler.sequential());
    private final List<LandscapeLayer> late = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        worker.shutdownNow();
        deliver.shutdownNow();
    }

    private static LandscapeLayer.Request request() {
        Scenario scenario = Presets.byId("rosenbrock-sgd-adam").scenario();
        Viewport viewport = Viewport.fit(scenario.window(), 320, 200, true);
        return LandscapeLayer.Request.of(scenario.landscape(), scenario.display(), viewport, 1, 1600);
    }

    @Test
    void aLayerReadyInTimeIsReturnedAndNotHandedOverAgain() throws Exception {
        LandscapeLayer layer = rasters.await(request(), Duration.ofSeconds(30), late::add);
        assertNotNull(layer);
        assertEquals(320, layer.pixels().width());
        worker.submit(() -> { }).get();
        deliver.submit(() -> { }).get();
        assertTrue(late.isEmpty());
    }

    @Test
    void aLayerLaterThanTheWaitIsHandedOverWhenReady() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        worker.execute(() -> {
            try {
                busy.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertNull(rasters.await(request(), Duration.ofMillis(50), late::add), "the worker is busy");
        assertTrue(late.isEmpty());
        busy.countDown();
        CompletableFuture.runAsync(() -> { }, worker).get(30, TimeUnit.SECONDS);
        deliver.submit(() -> { }).get(30, TimeUnit.SECONDS);
        assertEquals(1, late.size());
        assertEquals(320, late.get(0).pixels().width());
    }
}
