package org.downhill.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurfaceOverlayTest {
    private static final double W = 1280;
    private static final double H = 660;
    /** Loss ticks up the left, as the 3/4 view shows them. */
    private static final List<Box> TICKS = List.of(new Box(280, 180, 40, 20), new Box(280, 240, 40, 20),
            new Box(280, 300, 40, 20), new Box(280, 360, 40, 20), new Box(290, 130, 50, 24));

    private static void inside(Box b) {
        assertTrue(b.x() >= 0 && b.y() >= 0 && b.right() <= W && b.bottom() <= H, b + " inside the view");
    }

    @Test
    void aNoteBesideTheLossTicksGoesWhereItCoversNeitherThemNorItsBall() {
        SurfaceOverlay.Note note = new SurfaceOverlay.Note(300, 250, 180, 26);
        Box ball = new Box(291, 241, 18, 18);
        SurfaceOverlay o = SurfaceOverlay.of(W, H, 1, new Box(0, 0, 260, 60), true, TICKS, List.of(ball),
                List.of(note));
        Box placed = o.notes().get(0);
        inside(placed);
        assertEquals(0, SurfaceOverlay.covered(placed, TICKS), "covers no tick: " + placed);
        assertEquals(0, SurfaceOverlay.overlap(placed, ball), "covers not its ball");
        assertEquals(0, SurfaceOverlay.overlap(placed, o.legend()));
        assertEquals(0, SurfaceOverlay.overlap(placed, o.colorBar()));
        double dx = Math.max(0, Math.max(placed.x() - note.x(), note.x() - placed.right()));
        double dy = Math.max(0, Math.max(placed.y() - note.y(), note.y() - placed.bottom()));
        assertTrue(Math.hypot(dx, dy) <= 2 * SurfaceOverlay.NOTE_GAP, "and stays beside its anchor");
    }

    @Test
    void theLegendTakesACornerFreeOfLabelsAndTheColourBarTheRightEdge() {
        List<Box> topLeft = List.of(new Box(20, 20, 60, 20));
        SurfaceOverlay o = SurfaceOverlay.of(W, H, 1, new Box(0, 0, 260, 60), true, topLeft, List.of(), List.of());
        assertNotNull(o.legend());
        assertEquals(0, SurfaceOverlay.covered(o.legend(), topLeft));
        assertEquals(0, SurfaceOverlay.overlap(o.legend(), o.colorBar()));
        assertTrue(o.colorBar().right() <= W - SurfaceOverlay.INSET + 1e-9 && o.colorBar().x() > W / 2);
        inside(o.legend());
        inside(o.colorBar());
        SurfaceOverlay none = SurfaceOverlay.of(W, H, 1, null, false, topLeft, List.of(), List.of());
        assertNull(none.legend());
        assertNull(none.colorBar());
    }

    @Test
    void notesCrowdedAtOnePlaceAreSpreadSoNoTwoOverlap() {
        List<SurfaceOverlay.Note> notes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            notes.add(new SurfaceOverlay.Note(640 + 3 * i, 330, 170, 26));
        }
        SurfaceOverlay o = SurfaceOverlay.of(W, H, 1, null, false, List.of(), List.of(), notes);
        for (int i = 0; i < 4; i++) {
            inside(o.notes().get(i));
            for (int j = 0; j < i; j++) {
                assertEquals(0, SurfaceOverlay.overlap(o.notes().get(i), o.notes().get(j)), i + " and " + j);
            }
        }
    }

    @Test
    void aNoteAtTheEdgeIsKeptInside() {
        SurfaceOverlay o = SurfaceOverlay.of(W, H, 1, null, false, List.of(), List.of(),
                List.of(new SurfaceOverlay.Note(W - 2, 3, 200, 26)));
        inside(o.notes().get(0));
    }
}
