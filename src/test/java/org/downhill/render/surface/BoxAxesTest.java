package org.downhill.render.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.downhill.landscape.ColorScaling;
import org.downhill.landscape.Window;
import org.downhill.render.ValueScale;
import org.junit.jupiter.api.Test;

class BoxAxesTest {
    private static final Window W = new Window(-2, 2, -1, 3);

    @Test
    void ticksRunAlongTheEdgesFacingTheViewer() {
        SurfaceBox box = SurfaceBox.of(W, ValueScale.of(ColorScaling.LINEAR, 0, 50), 1);
        List<AxisLabel> labels = BoxAxes.labels(box, -1, -1);
        AxisLabel x1 = find(labels, "1", l -> l.z() < -box.halfDepth());
        assertEquals(box.sceneX(1), x1.x(), 1e-9);
        assertEquals(-box.halfDepth() - BoxAxes.MARGIN, x1.z(), 1e-9);
        AxisLabel y3 = find(labels, "3", l -> l.x() < -box.halfWidth());
        assertEquals(box.sceneZ(3), y3.z(), 1e-9);
        AxisLabel loss40 = find(labels, "40", l -> true);
        assertEquals(box.sceneY(40), loss40.y(), 1e-9);
        assertTrue(loss40.z() > box.halfDepth(), "the loss axis stands at the far side");
        assertEquals(BoxAxes.lossAxisX(box, -1), loss40.x(), 1e-9, "a loss tick is anchored on the axis");
        assertTrue(loss40.beside() && !x1.beside() && !y3.beside(), "and drawn beside it; x and y ticks centred");
        List<AxisLabel> mirrored = BoxAxes.labels(box, 1, 1);
        assertEquals(box.halfDepth() + BoxAxes.MARGIN, find(mirrored, "1", l -> l.z() > 0 && l.y() == box.floor()).z(),
                1e-9);
        assertEquals(3, labels.stream().filter(AxisLabel::title).count());
        assertTrue(labels.subList(0, 3).stream().allMatch(AxisLabel::title), "the titles first: they give way last");
        assertTrue(labels.indexOf(x1) < labels.indexOf(y3) && labels.indexOf(y3) < labels.indexOf(loss40),
                "then the x, y and loss ticks");
    }

    @Test
    void logTicksArePowersOfTenAboveTheMinimum() {
        SurfaceBox nearZero = SurfaceBox.of(W, ValueScale.of(ColorScaling.LOG, 1e-6, 2000), 1);
        AxisLabel hundred = find(BoxAxes.labels(nearZero, -1, -1), "100", l -> true);
        assertEquals(nearZero.sceneY(1e-6 + 100), hundred.y(), 1e-9);
        SurfaceBox negative = SurfaceBox.of(W, ValueScale.of(ColorScaling.LOG, -78, 250), 1);
        assertTrue(BoxAxes.labels(negative, -1, -1).stream().anyMatch(l -> l.text().equals("min + 100")));
    }

    private static AxisLabel find(List<AxisLabel> labels, String text, java.util.function.Predicate<AxisLabel> where) {
        return labels.stream().filter(l -> l.text().equals(text) && where.test(l)).findFirst()
                .orElseThrow(() -> new AssertionError("no label " + text + " in " + labels));
    }
}
