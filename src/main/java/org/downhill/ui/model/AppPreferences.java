package org.downhill.ui.model;

import java.nio.file.Path;
import java.util.Properties;
import javafx.beans.property.ObjectProperty;

/**
 * The app's preferences, kept in a file of the app's own folder (not in scenarios, which are the
 * same for everyone who opens them): the theme. Read once; written whenever one changes.
 */
public final class AppPreferences {
    private static final String THEME = "theme";

    private AppPreferences() {
    }

    /** Sets the theme to the one saved in {@code store} (light if none) and saves every later choice there. */
    public static void follow(Path store, ObjectProperty<AppTheme> theme) {
        Properties saved = PropertiesFile.read(store);
        theme.set(AppTheme.byName(saved.getProperty(THEME)));
        theme.addListener((obs, old, now) -> {
            Properties p = PropertiesFile.read(store);
            p.setProperty(THEME, now.name().toLowerCase(java.util.Locale.ROOT));
            PropertiesFile.write(store, p);
        });
    }
}
