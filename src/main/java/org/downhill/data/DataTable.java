package org.downhill.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.downhill.param.Excerpt;
import org.downhill.param.InvalidParameterException;
import org.downhill.param.NumberText;

/**
 * A table of finite numbers in named columns, all of the same length: a data set as read from a
 * CSV file. Immutable (copies in, copies out); two tables are equal when they have the same names
 * and the same values in the same order.
 */
public final class DataTable {
    /** The most rows a table may have: enough for any teaching data, small enough to train live. */
    public static final int MAX_ROWS = 100_000;

    private final List<String> names;
    private final double[][] columns;

    private DataTable(List<String> names, double[][] columns) {
        this.names = names;
        this.columns = columns;
    }

    /**
     * A table of the given columns.
     *
     * @param names   the column names, distinct and not blank
     * @param columns one array per name, all of the same length, 1 to {@link #MAX_ROWS}
     * @throws InvalidParameterException if the names or values are not allowed (a non-finite value
     *                                   is named by column and row, counting rows from 1)
     */
    public static DataTable of(List<String> names, double[][] columns) {
        List<String> copied = List.copyOf(names);
        if (copied.isEmpty() || copied.size() != columns.length) {
            throw new InvalidParameterException("A data table needs one name per column, and at least one column");
        }
        if (new HashSet<>(copied).size() != copied.size() || copied.stream().anyMatch(String::isBlank)) {
            throw new InvalidParameterException("Column names must be distinct and not blank: " + copied);
        }
        int rows = columns[0].length;
        if (rows < 1 || rows > MAX_ROWS) {
            throw new InvalidParameterException("A data table holds 1 to " + MAX_ROWS + " rows, not " + rows);
        }
        double[][] copy = new double[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            if (columns[c].length != rows) {
                throw new InvalidParameterException("Column '" + Excerpt.of(copied.get(c)) + "' has "
                        + columns[c].length + " values, but '" + Excerpt.of(copied.get(0)) + "' has " + rows);
            }
            for (int r = 0; r < rows; r++) {
                if (!Double.isFinite(columns[c][r])) {
                    throw new InvalidParameterException("Column '" + Excerpt.of(copied.get(c)) + "', row " + (r + 1)
                            + ": " + NumberText.of(columns[c][r]) + " is not a finite number");
                }
            }
            copy[c] = columns[c].clone();
        }
        return new DataTable(copied, copy);
    }

    /**
     * A table from rows of numbers, e.g. {@code [[x, y], ...]} as the training reference stores them.
     *
     * @throws InvalidParameterException if a row has the wrong length or a value is not finite
     */
    public static DataTable ofRows(List<String> names, double[][] rows) {
        double[][] columns = new double[names.size()][rows.length];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != names.size()) {
                throw new InvalidParameterException("Row " + (r + 1) + " has " + rows[r].length + " values, not "
                        + names.size() + " (" + String.join(", ", names) + ")");
            }
            for (int c = 0; c < names.size(); c++) {
                columns[c][r] = rows[r][c];
            }
        }
        return of(names, columns);
    }

    /** The column names, in order. */
    public List<String> names() {
        return names;
    }

    /** The number of rows. */
    public int rows() {
        return columns[0].length;
    }

    /** The number of columns. */
    public int columnCount() {
        return columns.length;
    }

    /** The value in a column (0-based) and row (0-based). */
    public double value(int column, int row) {
        return columns[column][row];
    }

    /** A copy of one column's values. */
    public double[] column(int column) {
        return columns[column].clone();
    }

    /**
     * The index of the column with this name.
     *
     * @throws InvalidParameterException naming the columns there are, if there is none
     */
    public int indexOf(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new InvalidParameterException("No column '" + Excerpt.of(name) + "'; the columns are: "
                    + String.join(", ", names));
        }
        return i;
    }

    /**
     * The table of the named columns, in the order given (a column may be named only once).
     *
     * @throws InvalidParameterException if a name is unknown or repeated
     */
    public DataTable select(List<String> chosen) {
        double[][] picked = new double[chosen.size()][];
        for (int i = 0; i < chosen.size(); i++) {
            picked[i] = columns[indexOf(chosen.get(i))];
        }
        return of(chosen, picked);
    }

    /** The same values under other column names (as many as there are columns). */
    public DataTable renamed(List<String> newNames) {
        return of(newNames, columns);
    }

    /** The rows as arrays, {@code [row][column]} (new arrays). */
    public double[][] toRows() {
        double[][] rows = new double[rows()][columns.length];
        for (int c = 0; c < columns.length; c++) {
            for (int r = 0; r < rows.length; r++) {
                rows[r][c] = columns[c][r];
            }
        }
        return rows;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataTable t && names.equals(t.names) && Arrays.deepEquals(columns, t.columns);
    }

    @Override
    public int hashCode() {
        return Objects.hash(names, Arrays.deepHashCode(columns));
    }

    @Override
    public String toString() {
        return rows() + " rows of " + String.join(", ", new ArrayList<>(names));
    }
}
