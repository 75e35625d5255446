package org.downhill.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Labels placed one after another: where wanted if free, else nearby, always inside. */
class LabelPlacerTest {
    @Test
    void aLabelWhoseSpotIsFreeStaysThere() {
        LabelPlacer placer = new LabelPlacer(400, 300, 3);
        assertEquals(new Box(50, 60, 80, 20), placer.place(50, 60, 80, 20));
    }

    @Test
    void aLabelWantedOutsideIsMovedInsideKeepingTheGap() {
        LabelPlacer placer = new LabelPlacer(400, 300, 3);
        Box box = placer.place(370, -10, 80, 20);
        assertEquals(new Box(400 - 80 - 3, 3, 80, 20), box);
    }

    @Test
    void labelsWantedAtTheSameSpotAreNudgedApartAndClearOfAReservedBox() {
        LabelPlacer placer = new LabelPlacer(400, 300, 3);
        Box legend = new Box(10, 10, 150, 60);
        placer.reserve(legend);
        List<Box> boxes = new ArrayList<>(List.of(legend));
        for (int i = 0; i < 5; i++) {
            boxes.add(placer.place(40, 30, 120, 24));
        }
        for (int i = 0; i < boxes.size(); i++) {
            Box b = boxes.get(i);
            assertTrue(b.x() >= 0 && b.y() >= 0 && b.right() <= 400 && b.bottom() <= 300, b.toString());
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(b.grow(1.5).intersects(boxes.get(j)), b + " meets " + boxes.get(j));
            }
        }
        double nearest = boxes.stream().skip(1).mapToDouble(b -> Math.hypot(b.x() - 40, b.y() - 30)).min().orElseThrow();
        assertTrue(nearest < 80, "the first label moves only as far as the legend needs: " + nearest);
    }

    @Test
    void aLabelThatFitsNowhereFreeStaysInsideWhereItWasWanted() {
        LabelPlacer placer = new LabelPlacer(100, 40, 3);
        placer.reserve(new Box(0, 0, 100, 40));
        assertEquals(new Box(3, 3, 60, 20), placer.place(0, 0, 60, 20));
    }

    @Test
    void ofSeveralWantedSpotsTheFirstFreeAndClearIsTaken() {
        LabelPlacer placer = new LabelPlacer(400, 300, 3);
        placer.reserve(new Box(100, 100, 50, 20));
        Box onReserved = new Box(90, 95, 60, 20);
        Box unclear = new Box(200, 95, 60, 20);
        Box good = new Box(20, 95, 60, 20);
        assertEquals(good, placer.place(List.of(onReserved, unclear, good), b -> !b.equals(unclear)));
    }

    @Test
    void aBoxIsKeptAsIsOnlyIfItIsInsideAndFree() {
        LabelPlacer placer = new LabelPlacer(400, 300, 3);
        assertTrue(placer.placeIfFree(new Box(10, 10, 50, 20)));
        assertFalse(placer.placeIfFree(new Box(40, 20, 50, 20)), "it would meet the first");
        assertFalse(placer.placeIfFree(new Box(380, 10, 50, 20)), "it would leave the rectangle");
        assertEquals(new Box(400 - 50 - 3, 10, 50, 20), placer.moveInside(new Box(380, 10, 50, 20)));
    }
}
