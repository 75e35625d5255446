package org.downhill.ui;

import java.nio.file.Path;

/**
 * Where the app keeps its own files: the session (saved while the app runs, restored at the next
 * start; see {@link org.downhill.ui.session.SessionFile}), the lesson in progress, the preferences,
 * the list of recent scenario files and the list of recent formulas. The folder is
 * {@code ~/.downhill}, or the one named by the system property {@code downhill.home} (tests point
 * it at a temporary folder).
 */
public final class AppFiles {
    private AppFiles() {
    }

    /** The app's folder (it may not exist yet). */
    public static Path home() {
        String chosen = System.getProperty("downhill.home");
        return chosen != null ? Path.of(chosen) : Path.of(System.getProperty("user.home"), ".downhill");
    }

    /** The scenario of the last session (a newer Downhill's is kept, and this one saves beside it). */
    public static Path session() {
        return home().resolve("session.json");
    }

    /** The lesson open at the end of the last session and its page. */
    public static Path lessonProgress() {
        return home().resolve("lesson.properties");
    }

    /** The app's preferences, e.g. the theme. */
    public static Path preferences() {
        return home().resolve("preferences.properties");
    }

    /** The recent scenario files, one path per line, newest first. */
    public static Path recent() {
        return home().resolve("recent.txt");
    }

    /** The recent formulas typed into the landscape panel, one per line, newest first. */
    public static Path recentFormulas() {
        return home().resolve("formulas.txt");
    }
}
