package org.downhill.ui.lesson;

import java.io.File;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import org.downhill.lesson.Lesson;
import org.downhill.lesson.LessonJson;
import org.downhill.lesson.Lessons;
import org.downhill.scenario.FileFormatException;
import org.downhill.ui.model.LessonViewModel;

/**
 * The Lessons menu: the shipped lessons (like File &gt; Presets), a lesson file of one's own, and
 * closing the lesson. A lesson file that cannot be read is refused with what and where, and the
 * lesson open stays.
 */
public final class LessonsMenu extends Menu {

    /**
     * The menu for a lesson model.
     *
     * @param errors shows a refusal: a title and the message (a dialog in the app)
     */
    public LessonsMenu(LessonViewModel lessons, BiConsumer<String, String> errors) {
        super("Lessons");
        setId("lessons-menu");
        MenuItem file = new MenuItem("Open Lesson File\u2026");
        file.setOnAction(e -> openFile(lessons, errors));
        MenuItem close = new MenuItem("Close Lesson");
        close.setId("lesson-close-item");
        close.disableProperty().bind(lessons.lessonProperty().isNull());
        close.setOnAction(e -> lessons.close());
        SeparatorMenuItem shipped = new SeparatorMenuItem();
        getItems().addAll(shipped, file, close);
        // the lessons (and the presets they show) are read when the menu first opens, not at start-up
        setOnShowing(e -> {
            if (getItems().indexOf(shipped) == 0) {
                for (Lesson lesson : Lessons.all()) {
                    MenuItem item = new MenuItem(lesson.title());
                    item.setId("lesson-" + lesson.id());
                    item.setOnAction(a -> lessons.open(lesson, null));
                    getItems().add(getItems().indexOf(shipped), item);
                }
            }
        });
    }

    private void openFile(LessonViewModel lessons, BiConsumer<String, String> errors) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a lesson");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Downhill lesson (*.json)", "*.json"));
        File chosen = chooser.showOpenDialog(getParentPopup() == null ? null : getParentPopup().getOwnerWindow());
        if (chosen != null) {
            open(lessons, chosen.toPath(), errors);
        }
    }

    /**
     * Reads a lesson file and opens it at its first page.
     *
     * @return whether it was opened; if not, the reason was shown and nothing changed
     */
    public static boolean open(LessonViewModel lessons, Path file, BiConsumer<String, String> errors) {
        try {
            lessons.open(LessonJson.read(file), file);
            return true;
        } catch (FileFormatException e) {
            errors.accept("Could not open " + file.getFileName(), e.getMessage());
            return false;
        }
    }
}
