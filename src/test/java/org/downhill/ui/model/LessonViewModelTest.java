package org.downhill.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.downhill.lesson.Lesson;
import org.downhill.lesson.Lessons;
import org.downhill.lesson.Page;
import org.downhill.lesson.Task;
import org.downhill.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lesson navigation and task checking, without a toolkit: pages are measured and tasks checked on
 * a worker (a queue run by hand here), only the newest request counts, and the check marks follow
 * the runs as the user changes them.
 */
class LessonViewModelTest {
    private final LabViewModel lab = new LabViewModel();
    private final List<Runnable> worker = new ArrayList<>();
    private final LessonViewModel lessons = new LessonViewModel(lab, lab::load, worker::add, Runnable::run);
    private final Lesson learningRate = Lessons.byId("learning-rate");

    @TempDir
    Path dir;

    private void work() {
        while (!worker.isEmpty()) {
            worker.remove(0).run();
        }
    }

    private List<LessonTask.Status> marks() {
        return lessons.tasks().stream().map(LessonTask::status).toList();
    }

    @Test
    void openingALessonMeasuresItsFirstPageOnTheWorkerThenShowsIt() {
        Scenario before = lab.toScenario();
        lessons.open(learningRate, null);
        assertEquals(0, lessons.page());
        assertEquals("One step downhill", lessons.titleProperty().get());
        assertTrue(lessons.loadingProperty().get());
        assertEquals(before, lab.toScenario(), "nothing measured or shown on the calling thread");
        assertEquals("", lessons.textProperty().get());

        work();
        Page first = learningRate.pages().get(0);
        Page.Shown shown = first.show();
        assertFalse(lessons.loadingProperty().get());
        assertEquals(shown.text(), lessons.textProperty().get());
        assertEquals(shown.intuition(), lessons.intuitionProperty().get());
        assertFalse(lessons.textProperty().get().contains("{"), lessons.textProperty().get());
        assertEquals(first.scenario().plans(), lab.toScenario().plans());
        assertEquals(shown.scenario().caption(), lab.captionProperty().get());
        assertEquals("1 / " + learningRate.pages().size(), lessons.pageLabel());
    }

    @Test
    void nextAndBackTurnThePagesAndStopAtTheEnds() {
        lessons.open(learningRate, null);
        work();
        assertFalse(lessons.canBackProperty().get());
        lessons.back();
        assertEquals(0, lessons.page());
        int last = learningRate.pages().size() - 1;
        for (int i = 1; i <= last; i++) {
            lessons.next();
            work();
            assertEquals(i, lessons.page());
            assertEquals(learningRate.pages().get(i).scenario().plans(), lab.toScenario().plans());
        }
        assertFalse(lessons.canNextProperty().get());
        lessons.next();
        assertEquals(last, lessons.page());
        assertTrue(worker.isEmpty(), "nothing to measure past the last page");
        lessons.back();
        work();
        assertEquals(last - 1, lessons.page());
        assertTrue(lessons.canNextProperty().get());
        assertEquals(learningRate.pages().get(last - 1).title(), lessons.titleProperty().get());
    }

    @Test
    void onlyTheNewestPageIsShownWhenPagesAreTurnedFasterThanTheyAreMeasured() {
        lessons.open(learningRate, null);
        lessons.next();
        lessons.next();
        work();
        assertEquals(2, lessons.page());
        assertEquals(learningRate.pages().get(2).scenario().plans(), lab.toScenario().plans());
        assertEquals(learningRate.pages().get(2).show().text(), lessons.textProperty().get());
    }

    @Test
    void aTaskIsCheckedOnTheRunsAsTheUserChangesThem() {
        lessons.open(learningRate, null);
        work();
        Task task = learningRate.pages().get(0).tasks().get(0);
        assertEquals(List.of(LessonTask.Status.NOT_DONE), marks(), "the page does not start out done");

        // what the task's solution sets, made with the slider's model instead
        double lr = ((Number) task.solution().get(0).hyper().get("lr")).doubleValue();
        lab.selected().hyperModel().set("lr", lr);
        assertEquals(List.of(LessonTask.Status.NOT_DONE), marks(), "checked on the worker, not here");
        work();
        assertEquals(List.of(LessonTask.Status.DONE), marks());
        assertTrue(task.check(lab.toScenario()).holds());

        lab.selected().hyperModel().set("lr", 0.01);
        work();
        assertEquals(List.of(LessonTask.Status.NOT_DONE), marks());
    }

    @Test
    void aBurstOfChangesIsCheckedOnceOnTheNewestRuns() {
        lessons.open(learningRate, null);
        work();
        lab.selected().hyperModel().set("lr", 0.17);
        lab.selected().hyperModel().set("lr", 0.02);
        assertEquals(1, worker.size(), "one computation for the burst");
        work();
        assertEquals(List.of(LessonTask.Status.NOT_DONE), marks(), "the newest runs (lr 0.02) decide");
    }

    @Test
    void aTaskWhoseRunIsGoneCannotBeChecked() {
        lessons.open(learningRate, null);
        work();
        lab.selected().nameProperty().set("Mine");
        work();
        assertEquals(List.of(LessonTask.Status.UNAVAILABLE), marks());
        assertTrue(lessons.tasks().get(0).reasonProperty().get().contains("SGD"),
                lessons.tasks().get(0).reasonProperty().get());
    }

    @Test
    void showMeShowsThePageWithTheSolutionMadeAndWithoutThePagesCaption() {
        lessons.open(learningRate, null);
        lessons.next();
        work();
        Page tooSmall = learningRate.pages().get(1);
        String text = lessons.textProperty().get();
        assertFalse(lab.captionProperty().get().isEmpty());
        LessonTask task = lessons.tasks().get(0);
        assertTrue(task.hasSolution());
        lessons.showMe(task);
        work();
        Scenario solved = task.task().solve(tooSmall.scenario());
        assertEquals(solved.plans(), lab.toScenario().plans());
        assertEquals("", lab.captionProperty().get(), "the caption's words are about the page's own runs");
        assertEquals(text, lessons.textProperty().get(), "the page's text stays that of the page");
        assertEquals(List.of(LessonTask.Status.DONE), marks());
    }

    @Test
    void reloadShowsThePagesOwnRunsAgain() {
        lessons.open(learningRate, null);
        work();
        lab.selected().hyperModel().set("lr", 0.17);
        work();
        lessons.reload();
        work();
        assertEquals(learningRate.pages().get(0).scenario().plans(), lab.toScenario().plans());
        assertEquals(List.of(LessonTask.Status.NOT_DONE), marks());
    }

    @Test
    void resumingKeepsTheRunsOfTheSessionAndChecksTheTasksOnThem() {
        lab.load(learningRate.pages().get(1).tasks().get(0).solve(learningRate.pages().get(1).scenario()));
        Scenario session = lab.toScenario();
        lessons.resume(learningRate, null, 1);
        work();
        assertEquals(session, lab.toScenario());
        assertEquals(1, lessons.page());
        assertFalse(lessons.textProperty().get().isEmpty());
        assertEquals(List.of(LessonTask.Status.DONE), marks());
        lessons.resume(learningRate, null, 99);
        assertEquals(0, lessons.page(), "a page that is no more opens the first");
    }

    @Test
    void closingForgetsTheLessonAndDropsAPageStillBeingMeasured() {
        lessons.open(learningRate, null);
        Scenario before = lab.toScenario();
        lessons.close();
        work();
        assertNull(lessons.lesson());
        assertEquals(-1, lessons.page());
        assertTrue(lessons.tasks().isEmpty());
        assertEquals(before, lab.toScenario(), "a page measured after the lesson closed is not shown");
        assertEquals("", lessons.pageLabel());
    }

    @Test
    void theProgressIsKeptAndResumedInTheNextSession() {
        Path store = dir.resolve("lesson.properties");
        new LessonProgress(store).follow(lessons);
        lessons.open(Lessons.byId("schedules"), null);
        lessons.next();
        work();

        LabViewModel nextLab = new LabViewModel();
        Scenario runs = nextLab.toScenario();
        LessonViewModel next = new LessonViewModel(nextLab, nextLab::load, worker::add, Runnable::run);
        new LessonProgress(store).follow(next);
        work();
        assertEquals("schedules", next.lesson().id());
        assertEquals(1, next.page());
        assertEquals(runs, nextLab.toScenario(), "the session's runs stay");

        next.close();
        LessonViewModel closed = new LessonViewModel(nextLab, nextLab::load, worker::add, Runnable::run);
        new LessonProgress(store).follow(closed);
        assertNull(closed.lesson());
    }

    @Test
    void aLessonFileIsResumedFromItsFile() throws Exception {
        Path file = dir.resolve("mine.json");
        java.nio.file.Files.writeString(file, """
                {"format": "downhill-lesson", "version": 1, "id": "mine", "title": "Mine",
                 "pages": [{"title": "One", "text": "a", "preset": "lr-too-small"},
                           {"title": "Two", "text": "b", "preset": "lr-too-large"}]}
                """);
        Path store = dir.resolve("lesson.properties");
        new LessonProgress(store).follow(lessons);
        lessons.open(org.downhill.lesson.LessonJson.read(file), file);
        lessons.next();
        work();

        LessonViewModel next = new LessonViewModel(lab, lab::load, worker::add, Runnable::run);
        new LessonProgress(store).follow(next);
        assertEquals("Mine", next.lesson().title());
        assertEquals(file.toAbsolutePath(), next.file().toAbsolutePath());
        assertEquals(1, next.page());

        java.nio.file.Files.delete(file);
        LessonViewModel gone = new LessonViewModel(lab, lab::load, worker::add, Runnable::run);
        new LessonProgress(store).follow(gone);
        assertNull(gone.lesson(), "a lesson file that is gone is not resumed");
    }
}
