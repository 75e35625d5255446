package org.downhill.ui.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The scenario files opened or saved lately, newest first, at most {@link #MAX}, kept in a text
 * file (one absolute path per line). A missing or unreadable list is an empty one; a list that
 * cannot be written is kept in memory (losing it is not worth an error).
 */
public final class RecentFiles {
    /** The most files listed. */
    public static final int MAX = 8;

    private final Path store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    /** The list kept in {@code store}, read now. */
    public RecentFiles(Path store) {
        this.store = store;
        try {
            for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && files.size() < MAX) {
                    files.add(Path.of(line.strip()));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            files.clear();
        }
    }

    /** The files, newest first. */
    public ObservableList<Path> files() {
        return files;
    }

    /** Puts a file first (moving it up if listed), drops the oldest beyond {@link #MAX}, and saves the list. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(absolute);
        next.add(0, absolute);
        files.setAll(next.subList(0, Math.min(MAX, next.size())));
        save();
    }

    /** Takes a file off the list (one that could not be opened) and saves the list. */
    public void remove(Path file) {
        files.remove(file);
        save();
    }

    private void save() {
        try {
            Files.createDirectories(store.toAbsolutePath().getParent());
            Files.write(store, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException notWritable) {
            // the list stays in memory for this session
        }
    }
}
