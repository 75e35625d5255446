package org.downhill.ui.model;

import java.nio.file.Path;
import java.util.Properties;
import org.downhill.lesson.Lesson;
import org.downhill.lesson.LessonJson;
import org.downhill.lesson.Lessons;
import org.downhill.scenario.FileFormatException;

/**
 * Where the user is in a lesson, kept in a file so that nothing is lost between sessions: the
 * lesson (a shipped one by its id, or a lesson file by its path) and the page. Written whenever the
 * lesson or the page changes; read at start, when the lab shows the last session's runs, so the
 * lesson is resumed on those runs ({@link LessonViewModel#resume}).
 */
public final class LessonProgress {
    private static final String ID = "lesson";
    private static final String FILE = "file";
    private static final String PAGE = "page";

    private final Path store;

    /** Progress kept in {@code store}. */
    public LessonProgress(Path store) {
        this.store = store;
    }

    /**
     * Resumes the lesson of the last session, if there was one that can still be read, and keeps
     * the progress from now on.
     *
     * @param lessons the lesson model
     */
    public void follow(LessonViewModel lessons) {
        Properties saved = PropertiesFile.read(store);
        Lesson lesson = find(saved);
        if (lesson != null) {
            String file = saved.getProperty(FILE);
            lessons.resume(lesson, file == null ? null : Path.of(file), page(saved));
        }
        lessons.pageProperty().addListener(obs -> save(lessons));
        lessons.lessonProperty().addListener(obs -> save(lessons));
    }

    private static Lesson find(Properties saved) {
        String file = saved.getProperty(FILE);
        String id = saved.getProperty(ID);
        try {
            if (file != null) {
                return LessonJson.read(Path.of(file));
            }
            return id == null ? null : Lessons.byId(id);
        } catch (FileFormatException | IllegalArgumentException gone) {
            return null;
        }
    }

    private static int page(Properties saved) {
        try {
            return Integer.parseInt(saved.getProperty(PAGE, "0").strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void save(LessonViewModel lessons) {
        Properties p = new Properties();
        Lesson lesson = lessons.lesson();
        if (lesson != null) {
            p.setProperty(ID, lesson.id());
            if (lessons.file() != null) {
                p.setProperty(FILE, lessons.file().toAbsolutePath().toString());
            }
            p.setProperty(PAGE, Integer.toString(Math.max(0, lessons.page())));
        }
        PropertiesFile.write(store, p);
    }
}
