package org.downhill.render.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.downhill.landscape.ColorScaling;
import org.downhill.landscape.Window;
import org.downhill.render.ValueScale;
import org.junit.jupiter.api.Test;

class SurfaceBoxTest {
    private static final Window WIDE = new Window(-4, 4, 0, 2);
    private static final ValueScale SCALE = ValueScale.of(ColorScaling.LINEAR, 10, 20);

    @Test
    void theWindowKeepsItsShapeWithItsLongerSideSizeUnitsLong() {
        SurfaceBox box = SurfaceBox.of(WIDE, SCALE, 1);
        assertEquals(SurfaceBox.SIZE / 2, box.halfWidth());
        assertEquals(SurfaceBox.SIZE / 8, box.halfDepth());
        assertEquals(-SurfaceBox.SIZE / 2, box.sceneX(-4));
        assertEquals(SurfaceBox.SIZE / 8, box.sceneZ(2), "y grows away from the viewer");
    }

    @Test
    void heightIsTheScaledLossClampedToTheBox() {
        SurfaceBox box = SurfaceBox.of(WIDE, SCALE, 2);
        assertEquals(-SurfaceBox.HEIGHT * 2 * 0.25, box.sceneY(12.5), 1e-9);
        assertEquals(0, box.sceneY(-1e300), 0.0);
        assertEquals(box.top(), box.sceneY(Double.POSITIVE_INFINITY));
        assertEquals(box.top(), box.sceneY(30));
        assertTrue(Double.isNaN(box.sceneY(Double.NaN)));
        assertTrue(box.floor() > 0, "the floor lies below the lowest point (Y points down)");
    }

    @Test
    void exaggerationIsClampedAndNaNMeansOne() {
        assertEquals(1, SurfaceBox.of(WIDE, SCALE, Double.NaN).exaggeration());
        assertEquals(SurfaceBox.MAX_EXAGGERATION, SurfaceBox.of(WIDE, SCALE, 1e9).exaggeration());
        assertEquals(SurfaceBox.MIN_EXAGGERATION, SurfaceBox.of(WIDE, SCALE, -3).exaggeration());
        assertThrows(IllegalArgumentException.class, () -> SurfaceBox.of(null, SCALE, 1));
    }

    @Test
    void logHeightsAreAGentlerLogThanTheColoursSoAValleyFloorStaysLow() {
        ValueScale log = ValueScale.of(ColorScaling.LOG, 0, 2500);
        SurfaceBox box = SurfaceBox.of(WIDE, log, 1);
        double floor = 4;
        assertEquals(log.toUnit(floor), box.unit(floor), 1e-12, "colours follow the 2D scale");
        assertTrue(box.unit(floor) > 0.3, "the colours' log gives the floor a third of the colours");
        assertTrue(box.heightUnit(floor) < 0.1, "but only a tenth of the height: " + box.heightUnit(floor));
        assertTrue(box.heightUnit(625) > 0.6, "a wall a quarter of the way up still rises high: "
                + box.heightUnit(625));
        assertEquals(0, box.heightUnit(0), 1e-12);
        assertEquals(1, box.heightUnit(2500), 1e-12);
        for (double f = 1; f < 2500; f *= 1.7) {
            assertTrue(box.heightUnit(f * 1.7) > box.heightUnit(f), "heights rise with the loss");
        }
    }

    @Test
    void linearHeightsAreTheColourScaleAndTheInverseMapsBack() {
        SurfaceBox box = SurfaceBox.of(WIDE, SCALE, 1);
        assertEquals(SCALE, box.heightScale());
        assertEquals(1.25, box.worldX(box.sceneX(1.25)), 1e-12);
        assertEquals(0.75, box.worldY(box.sceneZ(0.75)), 1e-12);
    }
}
