package org.downhill.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.downhill.param.InvalidParameterException;
import org.downhill.param.Param;
import org.downhill.param.RealParam;
import org.junit.jupiter.api.Test;

/** Which windows a view can draw: the rule scenarios and the app's zoom share. */
class WindowTest {

    @Test
    void extremeWindowsAreRefusedWithTheReason() {
        assertNull(Window.centered(0, 0, 3).viewProblem());
        assertEquals("The window x from -5e-301 to 5e-301, y from -5e-301 to 5e-301 is only 1e-300 across, too narrow "
                + "to draw: a view spans at least 1e-09 times its largest coordinate (and at least 1e-09)",
                Window.centered(0, 0, 5e-301).viewProblem());
        assertTrue(new Window(1e300, 1e300 * (1 + 1e-15), 0, 1).viewProblem().contains("across; a view spans at most"));
        Window farAway = Window.centered(1e12, 0, 3);
        assertTrue(farAway.viewProblem().contains("is only 6 across, too narrow to draw"), farAway.viewProblem());
        assertFalse(Window.centered(0, 0, Window.MAX_SPAN).isViewable());
        assertTrue(Window.centered(0, 0, Window.MAX_SPAN / 2).isViewable());
        assertThrows(InvalidParameterException.class, () -> Window.centered(1e300, 0, 3).requireViewable());
        InvalidParameterException collapsed = assertThrows(InvalidParameterException.class,
                () -> Window.centered(1e300, 0, 3e-300));
        assertTrue(collapsed.getMessage().startsWith("Not a window: x from 1e+300 to 1e+300"), collapsed.getMessage());
    }

    /** Every landscape, at the ends of every parameter's range, has a default window a view can draw. */
    @Test
    void everyDefaultWindowIsViewableAcrossTheParameterRanges() {
        for (LandscapeFamily family : Landscapes.all()) {
            assertTrue(family.create().defaultWindow().isViewable(), family.id());
            for (Param p : family.schema().params()) {
                if (p instanceof RealParam real) {
                    for (double v : new double[] {real.range().min(), real.range().max(), -1e300, 1e300}) {
                        if (real.range().contains(v)) {
                            Landscape l = family.create(family.schema().defaults().with(p.name(), v));
                            assertTrue(l.defaultWindow().isViewable(), family.id() + " " + p.name() + " = " + v);
                        }
                    }
                }
            }
        }
    }
}
