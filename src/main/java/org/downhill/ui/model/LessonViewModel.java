package org.downhill.ui.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.downhill.claim.Measurements;
import org.downhill.lesson.Lesson;
import org.downhill.lesson.Page;
import org.downhill.lesson.Task;
import org.downhill.param.InvalidParameterException;
import org.downhill.scenario.Scenario;
import org.downhill.ui.LatestOnly;

/**
 * The guided lesson beside the lab: the lesson open, the page on screen with its measured text and
 * intuition, and its "try this" tasks, each checked on the user's current runs.
 *
 * <p>Going to a page measures its scenario on the worker (the texts are filled from its runs, as
 * a preset's caption is) and then shows it in the lab, newest request only. Whenever the runs
 * change (a slider, a click, a file opened), every task of the page is checked again on the worker
 * on a snapshot of the runs ({@link LabViewModel#toScenario()}), newest snapshot only; a result for
 * a page no longer on screen is dropped. "Show me" shows the page's scenario with a task's solution
 * made. Lives on the FX thread; needs no running toolkit.
 */
public final class LessonViewModel {
    private final LabViewModel lab;
    private final Consumer<Scenario> show;
    private final Executor deliver;
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>();
    private Path file;
    private final ReadOnlyIntegerWrapper pageIndex = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper intuition = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canBack = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canNext = new ReadOnlyBooleanWrapper();
    private final ObservableList<LessonTask> tasks = FXCollections.observableArrayList();
    private final LatestOnly<Showing, Loaded> showing;
    private final LatestOnly<Checking, List<Result>> checking;
    private boolean checkDue;

    /**
     * A lesson model on a lab.
     *
     * @param show    shows a page's scenario in the lab ({@link LabViewModel#load}, and forgets the
     *                file the lab was opened from); may throw InvalidParameterException to refuse it
     * @param worker  measures pages and checks tasks (a background thread)
     * @param deliver the FX thread ({@code Platform::runLater}): shows results, and checks the tasks
     *                once after the runs changed (so a burst of changes is checked once)
     */
    public LessonViewModel(LabViewModel lab, Consumer<Scenario> show, Executor worker, Executor deliver) {
        this.lab = lab;
        this.show = show;
        this.deliver = deliver;
        this.showing = new LatestOnly<>(worker, deliver, LessonViewModel::measure);
        this.checking = new LatestOnly<>(worker, deliver, LessonViewModel::check);
        RunsWatcher.watch(lab.runs(), run -> new Observable[] {run.planProperty(), run.nameProperty()},
                obs -> runsChanged());
        lab.landscapeProperty().addListener(obs -> runsChanged());
        lab.stepsProperty().addListener(obs -> runsChanged());
    }

    /** The lesson open, or null. */
    public ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    /** The lesson open, or null. */
    public Lesson lesson() {
        return lesson.get();
    }

    /** The file the open lesson was read from, or null for a shipped lesson (or none). */
    public Path file() {
        return file;
    }

    /** The page on screen, from 0; -1 while no lesson is open. */
    public ReadOnlyIntegerProperty pageProperty() {
        return pageIndex.getReadOnlyProperty();
    }

    /** The page on screen, from 0; -1 while no lesson is open. */
    public int page() {
        return pageIndex.get();
    }

    /** The page's title. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The page's text, its numbers measured on the page's scenario ("" until measured). */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** The page's intuition, measured likewise; "" for none. */
    public ReadOnlyStringProperty intuitionProperty() {
        return intuition.getReadOnlyProperty();
    }

    /** Whether the page's scenario is being measured. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why the page's scenario could not be shown (too many runs or steps for the app), else "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether there is a page before this one. */
    public ReadOnlyBooleanProperty canBackProperty() {
        return canBack.getReadOnlyProperty();
    }

    /** Whether there is a page after this one. */
    public ReadOnlyBooleanProperty canNextProperty() {
        return canNext.getReadOnlyProperty();
    }

    /** The page's tasks, in the lesson's order. */
    public ObservableList<LessonTask> tasks() {
        return tasks;
    }

    /** E.g. {@code 2 / 5}; "" while no lesson is open. */
    public String pageLabel() {
        return lesson() == null ? "" : (page() + 1) + " / " + lesson().pages().size();
    }

    /**
     * Opens a lesson at its first page and shows that page's scenario.
     *
     * @param from the file it was read from, or null for a shipped lesson
     */
    public void open(Lesson next, Path from) {
        file = from;
        goTo(next, 0, true);
    }

    /**
     * Opens a lesson at a page without touching the lab: the runs the user had (a restored session)
     * stay, and the tasks are checked on them. A page out of range opens the first.
     *
     * @param from the file it was read from, or null for a shipped lesson
     */
    public void resume(Lesson next, Path from, int page) {
        file = from;
        goTo(next, page >= 0 && page < next.pages().size() ? page : 0, false);
    }

    /** Goes to the next page and shows its scenario; nothing at the last page or without a lesson. */
    public void next() {
        if (canNext.get()) {
            goTo(lesson(), page() + 1, true);
        }
    }

    /** Goes to the page before and shows its scenario; nothing at the first page or without a lesson. */
    public void back() {
        if (canBack.get()) {
            goTo(lesson(), page() - 1, true);
        }
    }

    /** Shows the page's scenario again as the lesson has it (after the user changed the runs). */
    public void reload() {
        if (lesson() != null) {
            goTo(lesson(), page(), true);
        }
    }

    /** Closes the lesson; the lab keeps what it shows. */
    public void close() {
        file = null;
        lesson.set(null);
        pageIndex.set(-1);
        title.set("");
        problem.set("");
        text.set("");
        intuition.set("");
        tasks.clear();
        loading.set(false);
        canBack.set(false);
        canNext.set(false);
    }

    /**
     * Shows the page's scenario with the task's solution made (hyper-parameters set as the sliders
     * would), without the page's caption: its words and numbers describe the page's own runs, not
     * these. Nothing for a task without a solution, or while the page is still being measured.
     *
     * @throws org.downhill.param.InvalidParameterException if the lab refuses the scenario
     */
    public void showMe(LessonTask task) {
        Page page = currentPage();
        if (page == null || loading.get() || !task.hasSolution() || !tasks.contains(task)) {
            return;
        }
        show.accept(task.task().solve(page.scenario()).withCaption(""));
    }

    private void goTo(Lesson next, int index, boolean load) {
        Page page = next.pages().get(index);
        lesson.set(next);
        pageIndex.set(index);
        title.set(page.title());
        problem.set("");
        text.set("");
        intuition.set("");
        canBack.set(index > 0);
        canNext.set(index + 1 < next.pages().size());
        List<LessonTask> items = new ArrayList<>();
        for (Task t : page.tasks()) {
            items.add(new LessonTask(t));
        }
        tasks.setAll(items);
        loading.set(true);
        showing.request(new Showing(page, load), this::shown);
        if (!load) {
            requestCheck();
        }
    }

    private void shown(Showing request, Loaded loaded) {
        if (request.page() != currentPage()) {
            return;
        }
        loading.set(false);
        if (loaded.shown() == null) {
            problem.set("This page cannot be shown: " + loaded.problem());
            return;
        }
        Page.Shown result = loaded.shown();
        text.set(result.text());
        intuition.set(result.intuition());
        if (request.load()) {
            try {
                // the runs change, so the tasks are checked on them (runsChanged)
                show.accept(result.scenario());
            } catch (InvalidParameterException e) {
                // a page the app cannot show (too many runs or steps) leaves the lab as it was
                problem.set("This page cannot be shown: " + e.getMessage());
            }
        }
    }

    private Page currentPage() {
        Lesson l = lesson();
        return l == null ? null : l.pages().get(page());
    }

    /** Called on every change of the runs: checks once, after the current event is handled. */
    private void runsChanged() {
        if (currentPage() == null || checkDue) {
            return;
        }
        checkDue = true;
        deliver.execute(this::requestCheck);
    }

    private void requestCheck() {
        checkDue = false;
        Page page = currentPage();
        if (page == null || page.tasks().isEmpty()) {
            return;
        }
        Scenario runs;
        try {
            runs = lab.toScenario();
        } catch (RuntimeException e) {
            // runs the app cannot save cannot be checked either; the marks wait for the next change
            return;
        }
        checking.request(new Checking(page, runs), this::checked);
    }

    private void checked(Checking request, List<Result> results) {
        if (request.page() != currentPage()) {
            return;
        }
        for (int i = 0; i < results.size() && i < tasks.size(); i++) {
            tasks.get(i).set(results.get(i).status(), results.get(i).reason());
        }
    }

    /** Measures a page; runs on the worker. */
    private static Loaded measure(Showing request) {
        try {
            return new Loaded(request.page().show(), "");
        } catch (RuntimeException e) {
            // e.g. a text of a teacher's lesson asks for a fact the runs do not have
            return new Loaded(null, String.valueOf(e.getMessage()));
        }
    }

    /** Checks every task of a page on a snapshot of the runs; runs on the worker. */
    private static List<Result> check(Checking request) {
        Measurements m = new Measurements(request.runs().claimRuns());
        List<Result> results = new ArrayList<>();
        for (Task t : request.page().tasks()) {
            try {
                boolean done = t.check().check(m).holds();
                results.add(new Result(done ? LessonTask.Status.DONE : LessonTask.Status.NOT_DONE, ""));
            } catch (InvalidParameterException e) {
                results.add(new Result(LessonTask.Status.UNAVAILABLE, e.getMessage()));
            }
        }
        return results;
    }

    /** A page to measure (and show in the lab if {@code load}). */
    private record Showing(Page page, boolean load) {
    }

    /** A measured page, or why it could not be measured. */
    private record Loaded(Page.Shown shown, String problem) {
    }

    /** A page's tasks to check on a snapshot of the runs. */
    private record Checking(Page page, Scenario runs) {
    }

    /** A task's state as checked. */
    private record Result(LessonTask.Status status, String reason) {
    }
}
