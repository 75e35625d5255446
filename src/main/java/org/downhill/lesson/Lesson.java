package org.downhill.lesson;

import java.util.List;
import java.util.Objects;
import org.downhill.param.InvalidParameterException;

/**
 * A guided lesson: a title and a few pages, each a short text, a scenario to look at and tasks
 * that the app checks on the runs ({@link LessonJson} reads it from a file). Immutable.
 *
 * @param id    a short name, e.g. {@code learning-rate}
 * @param title the title, e.g. {@code What the learning rate does}
 * @param pages the pages in order, at least one
 */
public record Lesson(String id, String title, List<Page> pages) {

    /** Checks that nothing is missing. */
    public Lesson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        pages = List.copyOf(pages);
        if (id.isBlank() || title.isBlank()) {
            throw new InvalidParameterException("A lesson needs an id and a title");
        }
        if (pages.isEmpty()) {
            throw new InvalidParameterException("A lesson needs at least one page");
        }
    }
}
