package org.downhill.ui;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import org.downhill.ui.model.AppTheme;

/**
 * The stylesheets of the themes: every scene has {@code downhill.css} (the light colours and the
 * layout); the dark theme adds {@code dark.css}, which names the colours again, after it. Switching
 * only adds or removes that second sheet, so switching back gives exactly the styles before.
 */
public final class ThemeStyles {
    /** The sheet of every theme. */
    public static final String BASE = stylesheet("downhill.css");
    /** The dark theme's sheet, after {@link #BASE}. */
    public static final String DARK = stylesheet("dark.css");

    private ThemeStyles() {
    }

    /** The stylesheets of a theme, in order. */
    public static List<String> of(AppTheme theme) {
        return theme == AppTheme.DARK ? List.of(BASE, DARK) : List.of(BASE);
    }

    /** Gives a scene the theme's stylesheets now and whenever the theme changes. */
    public static void install(Scene scene, ObjectProperty<AppTheme> theme) {
        apply(scene.getStylesheets(), theme.get());
        theme.addListener((obs, old, now) -> apply(scene.getStylesheets(), now));
    }

    /** Puts the theme's sheets in a list of stylesheets, keeping any others (after them). */
    public static void apply(ObservableList<String> sheets, AppTheme theme) {
        List<String> others = sheets.stream().filter(s -> !s.equals(BASE) && !s.equals(DARK)).toList();
        List<String> next = new java.util.ArrayList<>(of(theme));
        next.addAll(others);
        if (!next.equals(sheets)) {
            sheets.setAll(next);
        }
    }

    private static String stylesheet(String name) {
        return ThemeStyles.class.getResource(name).toExternalForm();
    }
}
