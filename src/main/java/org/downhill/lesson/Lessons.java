package org.downhill.lesson;

import java.util.ArrayList;
import java.util.List;
import org.downhill.scenario.FileFormatException;
import org.downhill.scenario.JsonAt;
import org.downhill.scenario.Resources;

/**
 * The lessons shipped with Downhill, in teaching order. They live as lesson files (see
 * {@link LessonJson}) under {@code org/downhill/lesson/lessons/} on the class path, with an
 * {@code index.json} that lists their ids in order: {@code {"lessons": ["learning-rate", ...]}};
 * each file's id is its name. They are read once, on first use.
 */
public final class Lessons {
    private static final String FOLDER = "lessons/";
    private static List<Lesson> loaded;

    private Lessons() {
    }

    /**
     * Every lesson, in the index's order; an unmodifiable list.
     *
     * @throws IllegalStateException if a shipped file is missing or broken (a defect of the build,
     *                               which the tests catch)
     */
    public static synchronized List<Lesson> all() {
        if (loaded == null) {
            loaded = load();
        }
        return loaded;
    }

    /**
     * The lesson with this id.
     *
     * @throws IllegalArgumentException naming the known ids if there is none
     */
    public static Lesson byId(String id) {
        return all().stream().filter(l -> l.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown lesson '" + id + "'; known: "
                        + String.join(", ", all().stream().map(Lesson::id).toList())));
    }

    private static List<Lesson> load() {
        String index = FOLDER + "index.json";
        try {
            List<Lesson> lessons = new ArrayList<>();
            JsonAt root = JsonAt.parse(resource(index));
            root.object("lessons");
            for (JsonAt entry : root.field("lessons").elements()) {
                String id = entry.text();
                String file = FOLDER + id + ".json";
                Lesson lesson;
                try {
                    lesson = LessonJson.read(resource(file));
                } catch (FileFormatException e) {
                    throw new IllegalStateException("Broken lesson " + file + ": " + e.getMessage(), e);
                }
                if (!lesson.id().equals(id)) {
                    throw new IllegalStateException("Lesson " + file + " has the id '" + lesson.id() + "'");
                }
                lessons.add(lesson);
            }
            return List.copyOf(lessons);
        } catch (FileFormatException e) {
            throw new IllegalStateException("Broken lesson index " + index + ": " + e.getMessage(), e);
        }
    }

    private static String resource(String name) {
        return Resources.text(Lessons.class, name);
    }

}
