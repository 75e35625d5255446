package org.downhill.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class SurfaceOverlayTest {
    private static final double W = 1280;
    private static final double H = 660;
    /** Loss ticks up the left, as the 3/4 view shows them, with the y axis' title. */
    private static final List<SurfaceOverlay.Tick> TICKS = List.of(tick(300, 190, 40, 20), tick(300, 250, 40, 20),
            tick(300, 310, 40, 20), tick(300, 370, 40, 20), tick(315, 142, 50, 24));

    private static SurfaceOverlay.Tick tick(double x, double y, double w, double h) {
        return new SurfaceOverlay.Tick(x, y, w, h, false);
    }

    private static SurfaceOverlay.Screen screen(List<SurfaceOverlay.Tick> ticks, List<Box> balls,
                                                List<SurfaceOverlay.Note> notes, List<double[]> paths) {
        return new SurfaceOverlay.Screen(ticks, W / 2, balls, notes, paths);
    }

    private static void inside(Box b) {
        assertTrue(b.x() >= 0 && b.y() >= 0 && b.right() <= W && b.bottom() <= H, b + " inside the view");
    }

    /** Every box shown: axis labels kept, legend, colour bar, notes. */
    private static List<Box> shown(SurfaceOverlay o) {
        List<Box> boxes = new ArrayList<>(o.axes().stream().filter(Objects::nonNull).toList());
        if (o.legend() != null) {
            boxes.add(o.legend());
        }
        if (o.colorBar() != null) {
            boxes.add(o.colorBar());
        }
        boxes.addAll(o.notes());
        return boxes;
    }

    private static void pairwiseDisjointAndInside(SurfaceOverlay o) {
        List<Box> boxes = shown(o);
        for (int i = 0; i < boxes.size(); i++) {
            inside(boxes.get(i));
            for (int j = 0; j < i; j++) {
                assertFalse(boxes.get(i).intersects(boxes.get(j)), boxes.get(i) + " meets " + boxes.get(j));
            }
        }
    }

    @Test
    void aNoteBesideTheLossTicksGoesWhereItCoversNeitherThemNorItsBall() {
        SurfaceOverlay.Note note = new SurfaceOverlay.Note(300, 250, 180, 26);
        Box ball = new Box(291, 241, 18, 18);
        SurfaceOverlay o = SurfaceOverlay.of(W, H, 1, new Box(0, 0, 260, 60), true,
                screen(TICKS, List.of(ball), List.of(note), List.of()));
        Box placed = o.notes().get(0);
        assertEquals(TICKS.size(), o.axes().stream().filter(Objects::nonNull).count(), "no tick needs to go");
        pairwiseDisjointAndInside(o);
        assertEquals(0, SurfaceOverlay.overlap(placed, ball), "covers not its ball");
        assertTrue(PlaneLayout.distance(placed, note.x(), note.y()) <= 2 * SurfaceOverlay.NOTE_GAP,
                "and stays beside its anchor: " + placed);
    }

    @Test
    void aNoteKeepsOffTheRunsPathsWhereAFreeSpotNearItsAnchorAllows() {
        // the saddle: the noisy run comes from the right along a bend and leaves the box at (514, 250)
        double[] path = {820, 135, 640, 295, 514, 250};
        SurfaceOverlay.Note note = new SurfaceOverlay.Note(514, 250, 150, 22);
        SurfaceOverlay o = SurfaceOverlay.of(W, H, 1, new Box(0, 0, 260, 60), true,
                screen(TICKS, List.of(), List.of(note), List.of(path)));
        Box placed = o.notes().get(0);
        PathSegments segments = PathSegments.through(path, W, H);
        assertTrue(segments.crosses(new Box(514 + SurfaceOverlay.NOTE_GAP, 250 - 11, 150, 22)),
                "the note's first choice, right of its anchor, lies on the path");
        assertFalse(segments.crosses(placed), "the note is placed off the path: " + placed);
        assertTrue(PlaneLayout.distance(placed, note.x(), note.y()) <= SurfaceOverlay.NOTE_REACH, "near its anchor");
        pairwiseDisjointAndInside(o);
    }

    @Test
    void crowdedAxisLabelsAreLeftOutRatherThanDrawnOverEachOtherAndLossTicksStandBesideTheAxis() {
        // the loss axis seen from above: its ticks 12 pixels apart, the top y tick just under its foot
        List<SurfaceOverlay.Tick> ticks = new ArrayList<>();
        ticks.add(tick(300, 350, 24, 18));
        for (int i = 0; i < 4; i++) {
            ticks.add(new SurfaceOverlay.Tick(290 - 4 * i, 345 - 12 * i, 80, 18, true));
        }
        SurfaceOverlay o = SurfaceOverlay.of(W, H, 1, null, false, screen(ticks, List.of(), List.of(), List.of()));
        assertNotNull(o.axes().get(0), "the first label asked is kept");
        long kept = o.axes().stream().filter(Objects::nonNull).count();
        assertTrue(kept >= 2 && kept < ticks.size(), "some loss ticks are left out: " + o.axes());
        pairwiseDisjointAndInside(o);
        for (int i = 1; i < ticks.size(); i++) {
            Box b = o.axes().get(i);
            if (b != null) {
                assertEquals(ticks.get(i).x() - SurfaceOverlay.BESIDE, b.right(), 1e-9,
                        "beside its anchor, on the side away from the box");
                assertEquals(ticks.get(i).y(), b.y() + b.height() / 2, 1e-9, "level with its tick");
            }
        }
        SurfaceOverlay right = SurfaceOverlay.of(W, H, 1, null, false, new SurfaceOverlay.Screen(
                List.of(new SurfaceOverlay.Tick(900, 300, 80, 18, true)), W / 2, List.of(), List.of(), List.of()));
        assertEquals(900 + SurfaceOverlay.BESIDE, right.axes().get(0).x(), 1e-9, "right of an axis right of the box");
    }

    @Test
    void anAxisLabelThatWouldHaveToMoveFarToFitIsLeftOutAndOneJustOverTheEdgeIsMovedIn() {
        SurfaceOverlay o = SurfaceOverlay.of(W, H, 1, null, false, screen(
                List.of(tick(640, H + 5, 30, 18), tick(640, H - 8, 30, 18)), List.of(), List.of(), List.of()));
        assertNull(o.axes().get(0), "a tick below the view is not drawn at its edge");
        assertNotNull(o.axes().get(1));
        inside(o.axes().get(1));
    }

    @Test
    void theLegendTakesACornerFreeOfLabelsAndTheColourBarTheRightEdge() {
        List<SurfaceOverlay.Tick> topLeft = List.of(tick(50, 30, 60, 20));
        SurfaceOverlay o = SurfaceOverlay.of(W, H, 1, new Box(0, 0, 260, 60), true,
                screen(topLeft, List.of(), List.of(), List.of()));
        assertNotNull(o.legend());
        assertNotNull(o.axes().get(0), "the label keeps its place");
        assertTrue(o.colorBar().right() <= W - SurfaceOverlay.INSET + 1e-9 && o.colorBar().x() > W / 2);
        pairwiseDisjointAndInside(o);
        SurfaceOverlay none = SurfaceOverlay.of(W, H, 1, null, false, screen(topLeft, List.of(), List.of(), List.of()));
        assertNull(none.legend());
        assertNull(none.colorBar());
    }

    @Test
    void notesCrowdedAtOnePlaceAreSpreadSoNoTwoOverlap() {
        List<SurfaceOverlay.Note> notes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            notes.add(new SurfaceOverlay.Note(640 + 3 * i, 330, 170, 26));
        }
        SurfaceOverlay o = SurfaceOverlay.of(W, H, 1, null, false, screen(List.of(), List.of(), notes, List.of()));
        assertEquals(4, o.notes().size());
        pairwiseDisjointAndInside(o);
    }

    @Test
    void aNoteAtTheEdgeIsKeptInside() {
        SurfaceOverlay o = SurfaceOverlay.of(W, H, 1, null, false, screen(List.of(), List.of(),
                List.of(new SurfaceOverlay.Note(W - 2, 3, 200, 26)), List.of()));
        inside(o.notes().get(0));
    }
}
