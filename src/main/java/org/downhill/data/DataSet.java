package org.downhill.data;

import java.util.Objects;
import org.downhill.param.InvalidParameterException;

/**
 * A named data table: one of the shipped sets, or a user's CSV file (named after the file).
 * Immutable; equal when name, title and values are equal.
 *
 * @param name  the name used in files and on the command line, e.g. {@code faithful}; not blank
 * @param title a name for people, e.g. {@code Old Faithful eruptions}
 * @param table the values
 */
public record DataSet(String name, String title, DataTable table) {

    /** Validates the values. */
    public DataSet {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(title, "title");
        if (name == null || name.isBlank()) {
            throw new InvalidParameterException("A data set needs a name");
        }
    }
}
