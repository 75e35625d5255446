package org.downhill.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.downhill.claim.Caption;
import org.downhill.claim.Verdict;
import org.downhill.scenario.Measured;
import org.downhill.scenario.Presets;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The shipped lessons load, every claim of every page holds, every text prints only measured
 * numbers, and every task can be done but is not done from the start.
 */
class LessonsTest {

    private static Stream<Page> pages() {
        return Lessons.all().stream().flatMap(l -> l.pages().stream());
    }

    private static String name(Lesson lesson, Page page) {
        return lesson.id() + " / " + page.title();
    }

    private static Stream<DynamicTest> perPage(PageCheck check) {
        return Lessons.all().stream().flatMap(l -> l.pages().stream()
                .map(p -> DynamicTest.dynamicTest(name(l, p), () -> check.run(p))));
    }

    @FunctionalInterface
    private interface PageCheck {
        void run(Page page) throws Exception;
    }

    @Test
    void theLessonsHaveDistinctIdsTitlesAndPages() {
        List<Lesson> lessons = Lessons.all();
        assertEquals(5, lessons.size());
        assertEquals(lessons.size(), lessons.stream().map(Lesson::id).distinct().count());
        for (Lesson lesson : lessons) {
            assertFalse(lesson.title().isBlank(), lesson.id());
            assertEquals(lesson, Lessons.byId(lesson.id()));
            for (Page page : lesson.pages()) {
                assertFalse(page.title().isBlank(), lesson.id());
                assertFalse(page.text().isBlank(), name(lesson, page));
            }
        }
    }

    @Test
    void anUnknownIdNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lessons.byId("nope"));
        assertTrue(e.getMessage().contains("learning-rate"), e.getMessage());
    }

    @TestFactory
    Stream<DynamicTest> everyClaimOfEveryPageHolds() {
        return perPage(page -> {
            Page.Shown shown = page.show();
            assertFalse(page.scenario().claims().isEmpty());
            assertTrue(shown.verdicts().stream().allMatch(Verdict::holds),
                    () -> shown.verdicts().stream().map(Verdict::toString).collect(Collectors.joining("\n")));
        });
    }

    @TestFactory
    Stream<DynamicTest> everyTextPrintsFiniteMeasuredNumbers() {
        return perPage(page -> {
            Measured m = Measured.of(page.scenario());
            for (String text : List.of(page.text(), page.intuition())) {
                for (double v : Caption.parse(text).values(m.measurements())) {
                    assertTrue(Double.isFinite(v), "a placeholder measures " + v + " in: " + text);
                }
            }
            Page.Shown shown = page.show();
            assertFalse(shown.text().contains("{") || shown.intuition().contains("{"), shown.text());
            assertEquals(Caption.parse(page.text()).fill(m.measurements()), shown.text());
        });
    }

    @TestFactory
    Stream<DynamicTest> everyTaskCanBeDoneButIsNotDoneFromTheStart() {
        return perPage(page -> {
            for (Task task : page.tasks()) {
                assertFalse(task.solution().isEmpty(), task.text() + ": no solution to show it can be done");
                Verdict before = task.check(page.scenario());
                assertFalse(before.holds(), "done from the start: " + before);
                Verdict after = task.check(task.solve(page.scenario()));
                assertTrue(after.holds(), "not done by its solution: " + after);
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> aPageOfAPresetShowsThatPreset() {
        return pages().filter(p -> p.preset() != null).map(p -> DynamicTest.dynamicTest(p.title(),
                () -> assertEquals(Presets.byId(p.preset()).scenario(), p.scenario())));
    }

    @Test
    void theFamiliarPicturesAreTiedToPages() {
        List<String> intuitions = pages().map(p -> p.intuition().toLowerCase(Locale.ROOT)).toList();
        for (String picture : List.of("treasure", "fog", "bicycle")) {
            assertTrue(intuitions.stream().anyMatch(i -> i.contains(picture)), picture);
        }
    }
}
