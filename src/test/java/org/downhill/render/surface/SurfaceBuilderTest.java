package org.downhill.render.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.downhill.landscape.ColorScaling;
import org.downhill.landscape.CriticalPoint;
import org.downhill.landscape.Landscape;
import org.downhill.landscape.Landscapes;
import org.downhill.landscape.Window;
import org.downhill.render.GridSampler;
import org.downhill.render.TestLandscape;
import org.junit.jupiter.api.Test;

class SurfaceBuilderTest {
    private final AtomicInteger evaluations = new AtomicInteger();
    private final TestLandscape counted = new TestLandscape("counted", (x, y) -> {
        evaluations.incrementAndGet();
        return x * x + 3 * y * y;
    }, Window.centered(0, 0, 2), ColorScaling.LINEAR);
    private final SurfaceBuilder builder = new SurfaceBuilder(GridSampler.sequential());

    private SurfaceSpec spec(Window window, int samples, ColorScaling scaling, double exaggeration) {
        return new SurfaceSpec(counted, window, samples, scaling, exaggeration);
    }

    @Test
    void changingOnlyTheScalingOrTheExaggerationDoesNotResample() {
        Window w = counted.defaultWindow();
        Surface first = builder.build(spec(w, 64, ColorScaling.LINEAR, 1));
        assertEquals(64 * 64, evaluations.get());
        Surface log = builder.build(spec(w, 64, ColorScaling.LOG, 1));
        Surface tall = builder.build(spec(w, 64, ColorScaling.LOG, 3));
        assertEquals(64 * 64, evaluations.get(), "no new samples");
        assertSame(first.mesh().data().faces(), tall.mesh().data().faces());
        assertNotSame(first.floor(), log.floor(), "new contour levels for a new scale");
        assertSame(log.floor(), tall.floor(), "the floor does not depend on the height");
        assertEquals(3 * log.mesh().data().points()[1], tall.mesh().data().points()[1], 1e-3);
        assertSame(tall, builder.build(spec(w, 64, ColorScaling.LOG, 3)), "the same spec gives the same surface");
        builder.build(spec(Window.centered(0, 0, 1), 64, ColorScaling.LOG, 3));
        assertEquals(2 * 64 * 64, evaluations.get(), "a new window is sampled");
    }

    @Test
    void samplesPerSideAreClampedTo64Through256() {
        Window w = counted.defaultWindow();
        assertEquals(64, builder.build(spec(w, 3, ColorScaling.LINEAR, 1)).mesh().nx());
        assertEquals(256, builder.build(spec(w, 100_000, ColorScaling.LINEAR, 1)).mesh().ny());
    }

    @Test
    void theMinimaInsideTheWindowAreMarkedOnTheSurface() {
        Landscape himmelblau = Landscapes.byId("himmelblau").create();
        long inside = himmelblau.criticalPoints().stream()
                .filter(p -> p.kind().isMinimum() && himmelblau.defaultWindow().contains(p.x(), p.y())).count();
        Surface s = new SurfaceBuilder(GridSampler.sequential()).build(
                new SurfaceSpec(himmelblau, himmelblau.defaultWindow(), 64, ColorScaling.LOG, 1));
        assertEquals(inside, s.minima().size());
        assertTrue(inside >= 1);
        CriticalPoint first = himmelblau.criticalPoints().get(0);
        MinimumMarker m = s.minima().get(0);
        assertEquals(s.box().sceneX(first.x()), m.x(), 1e-9);
        assertEquals(s.mesh().visibleY(s.box(), first.x(), first.y(), first.value()), m.y(), 1e-9);
        assertTrue(m.global());
    }
}
