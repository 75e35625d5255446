package org.downhill.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.downhill.landscape.Window;
import org.junit.jupiter.api.Test;

class ViewportTest {
    private static final double EPS = 1e-12;
    private final Viewport view = new Viewport(new Window(-2, 2, -1, 3), 800, 400);

    @Test
    void cornersAndYUp() {
        assertEquals(0, view.toPixelX(-2));
        assertEquals(800, view.toPixelX(2));
        assertEquals(0, view.toPixelY(3), "the top edge is row 0");
        assertEquals(400, view.toPixelY(-1));
        assertEquals(200, view.toPixelY(1));
    }

    @Test
    void worldAndPixelsRoundTrip() {
        for (double x : new double[] {-2, -0.3, 0, 1.7, 5}) {
            assertEquals(x, view.toWorldX(view.toPixelX(x)), EPS);
        }
        for (double py : new double[] {0, 0.5, 123.25, 400, -10}) {
            assertEquals(py, view.toPixelY(view.toWorldY(py)), EPS);
        }
    }

    @Test
    void pixelCentresAreTheSampledGridsCellCentres() {
        TestLandscape rosenbrock = TestLandscape.rosenbrock();
        SampledGrid grid = GridSampler.sequential().sample(rosenbrock, view.window(), 800, 400, null);
        for (int i : new int[] {0, 1, 399, 799}) {
            assertEquals(grid.x(i), view.toWorldX(i + 0.5), EPS);
        }
        for (int j : new int[] {0, 17, 399}) {
            assertEquals(grid.y(j), view.toWorldY(j + 0.5), EPS);
        }
    }

    @Test
    void zoomKeepsThePointUnderTheCursor() {
        double px = 613.5;
        double py = 71.25;
        double x = view.toWorldX(px);
        double y = view.toWorldY(py);
        Viewport in = view.zoom(px, py, 2);
        assertEquals(x, in.toWorldX(px), EPS);
        assertEquals(y, in.toWorldY(py), EPS);
        assertEquals(2, in.window().width(), EPS);
        assertEquals(2, in.window().height(), EPS);
        Viewport out = in.zoom(10, 390, 0.25);
        assertEquals(in.toWorldX(10), out.toWorldX(10), EPS);
        assertEquals(in.toWorldY(390), out.toWorldY(390), EPS);
        assertEquals(8, out.window().width(), EPS);
        assertThrows(IllegalArgumentException.class, () -> view.zoom(0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> view.zoom(0, 0, Double.NaN));
    }

    @Test
    void panMovesTheContentWithTheDrag() {
        Viewport moved = view.pan(100, -50);
        for (double[] p : new double[][] {{0, 0}, {250, 333}}) {
            double x = view.toWorldX(p[0]);
            double y = view.toWorldY(p[1]);
            assertEquals(p[0] + 100, moved.toPixelX(x), EPS);
            assertEquals(p[1] - 50, moved.toPixelY(y), EPS);
        }
        assertEquals(view.window().width(), moved.window().width(), EPS);
    }

    @Test
    void fitKeepingAspectWidensTheWindowAboutItsCentre() {
        Window square = Window.centered(1, 1, 1);
        Viewport fitted = Viewport.fit(square, 800, 400, true);
        Window w = fitted.window();
        assertEquals(w.width() / 800, w.height() / 400, EPS);
        assertEquals(2, w.height(), EPS);
        assertEquals(4, w.width(), EPS);
        assertEquals(1, (w.xMin() + w.xMax()) / 2, EPS);
        assertTrue(w.contains(square.xMin(), square.yMin()) && w.contains(square.xMax(), square.yMax()));

        Viewport tall = Viewport.fit(square, 100, 300, true);
        assertEquals(2, tall.window().width(), EPS);
        assertEquals(6, tall.window().height(), EPS);
        assertEquals(1, (tall.window().yMin() + tall.window().yMax()) / 2, EPS);

        assertSame(square, Viewport.fit(square, 800, 400, false).window());
    }

    @Test
    void rejectsBadSizes() {
        Window w = Window.centered(0, 0, 1);
        assertThrows(IllegalArgumentException.class, () -> new Viewport(w, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> new Viewport(w, 10, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new Viewport(null, 10, 10));
    }
}
