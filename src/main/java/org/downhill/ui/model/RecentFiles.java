package org.downhill.ui.model;

import java.nio.file.Path;
import javafx.collections.ObservableList;

/**
 * The scenario files opened or saved lately, newest first, at most {@link #MAX}, kept in a text
 * file (one absolute path per line) by a {@link RecentList}.
 */
public final class RecentFiles {
    /** The most files listed. */
    public static final int MAX = 8;

    private final RecentList<Path> list;

    /** The list kept in {@code store}, read now. */
    public RecentFiles(Path store) {
        this.list = new RecentList<>(store, MAX, Path::of, Path::toString);
    }

    /** The files, newest first. */
    public ObservableList<Path> files() {
        return list.items();
    }

    /** Puts a file first (moving it up if listed), drops the oldest beyond {@link #MAX}, and saves the list. */
    public void add(Path file) {
        list.add(file.toAbsolutePath().normalize());
    }

    /** Takes a file off the list (one that could not be opened) and saves the list. */
    public void remove(Path file) {
        list.remove(file);
    }
}
