package org.downhill.ui.model;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.downhill.lesson.Task;

/**
 * A "try this" task of the lesson page on screen, with its state on the user's current runs: a
 * check mark that follows the runs as they change. Changed only by {@link LessonViewModel}.
 */
public final class LessonTask {
    /** Where a task stands on the runs as they are now. */
    public enum Status {
        /** Being checked on the newest runs. */
        CHECKING,
        /** The task's claim holds on the runs. */
        DONE,
        /** The claim does not hold (yet). */
        NOT_DONE,
        /** The claim cannot be decided on these runs, e.g. a run it names was renamed or removed. */
        UNAVAILABLE
    }

    private final Task task;
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(Status.CHECKING);
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper("");

    LessonTask(Task task) {
        this.task = task;
    }

    /** The task as the lesson file states it. */
    public Task task() {
        return task;
    }

    /** What to try, in a sentence. */
    public String text() {
        return task.text();
    }

    /** Whether the lesson has a solution that "Show me" can apply. */
    public boolean hasSolution() {
        return !task.solution().isEmpty();
    }

    /** Where the task stands on the user's current runs. */
    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Where the task stands. */
    public Status status() {
        return status.get();
    }

    /** Why the task cannot be decided ({@link Status#UNAVAILABLE}), else {@code ""}. */
    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    void set(Status next, String why) {
        status.set(next);
        reason.set(why);
    }
}
