package org.downhill.ui.plane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DragTrackerTest {

    @Test
    void aPressIsAClickUntilThePointerLeavesTheSlopThenADragForGood() {
        DragTracker t = new DragTracker();
        t.press(100, 100);
        assertFalse(t.drag(103, 102), "within the slop");
        assertFalse(t.dragged());
        assertTrue(t.drag(100, 100 + DragTracker.CLICK_SLOP + 1));
        assertTrue(t.drag(100, 100), "back at the press point, still a drag");
        t.press(0, 0);
        assertFalse(t.dragged(), "a new press starts as a click");
    }

    @Test
    void theMovesAreCountedFromTheLastPosition() {
        DragTracker t = new DragTracker();
        t.press(10, 20);
        t.drag(30, 20);
        assertEquals(20, t.dx(30));
        assertEquals(0, t.dy(20));
        t.moved(30, 20);
        assertEquals(5, t.dx(35));
        assertEquals(-4, t.dy(16));
    }
}
