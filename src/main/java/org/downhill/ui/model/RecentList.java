package org.downhill.ui.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Things used lately (files, formulas), newest first, at most a given number, kept in a text file
 * with one per line. A missing or unreadable list is an empty one; a list that cannot be written
 * is kept in memory (losing it is not worth an error).
 *
 * @param <T> what is listed
 */
public final class RecentList<T> {
    private final Path store;
    private final int max;
    private final Function<T, String> toLine;
    private final ObservableList<T> items = FXCollections.observableArrayList();

    /**
     * The list kept in {@code store}, read now.
     *
     * @param max      the most items listed
     * @param fromLine reads an item from a line (not blank, stripped); may throw to skip the line
     * @param toLine   writes an item as one line (no line breaks)
     */
    public RecentList(Path store, int max, Function<String, T> fromLine, Function<T, String> toLine) {
        this.store = store;
        this.max = max;
        this.toLine = toLine;
        try {
            for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && items.size() < max) {
                    items.add(fromLine.apply(line.strip()));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            items.clear();
        }
    }

    /** The items, newest first. */
    public ObservableList<T> items() {
        return items;
    }

    /** Puts an item first (moving it up if listed), drops the oldest beyond the most, and saves the list. */
    public void add(T item) {
        List<T> next = new ArrayList<>(items);
        next.remove(item);
        next.add(0, item);
        items.setAll(next.subList(0, Math.min(max, next.size())));
        save();
    }

    /** Takes an item off the list and saves the list. */
    public void remove(T item) {
        items.remove(item);
        save();
    }

    private void save() {
        try {
            Files.createDirectories(store.toAbsolutePath().getParent());
            Files.write(store, items.stream().map(toLine).toList(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException notWritable) {
            // the list stays in memory for this session
        }
    }
}
