package org.downhill.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.downhill.data.DataTable;
import org.downhill.param.Excerpt;
import org.downhill.param.NumberText;

/**
 * Data files: CSV text with a header row of column names, then one row of numbers per line.
 *
 * <p>Fields are separated by commas; a field may be enclosed in double quotes (a quote inside is
 * written twice), spaces around fields are ignored, {@code \n} and {@code \r\n} line endings and a
 * UTF-8 byte order mark are accepted, and blank lines are skipped. Every row must have as many
 * fields as the header, and every field must be a finite decimal number ({@code 1.5},
 * {@code -2e-3}). A file that breaks a rule is refused whole with a {@link FileFormatException}
 * naming the line and column, e.g. {@code data.csv: line 12, column 2 (waiting): 'abc' is not a
 * number}; nothing is read from it.
 */
public final class DataCsv {
    private DataCsv() {
    }

    /**
     * The table in a CSV file, read as {@link TextFiles} reads files.
     *
     * @throws FileFormatException if the file cannot be read or breaks a rule; the message starts
     *                             with the file name
     */
    public static DataTable read(Path file) throws FileFormatException {
        return parse(TextFiles.text(file), file.getFileName().toString());
    }

    /**
     * The table in a CSV text.
     *
     * @param where what to call the text in messages, e.g. the file name
     * @throws FileFormatException naming the line and column of the first problem
     */
    public static DataTable parse(String text, String where) throws FileFormatException {
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r?\n", -1);
        int headerLine = firstNonBlank(lines, 0);
        if (headerLine == lines.length) {
            throw new FileFormatException(where + ": empty; the first line must name the columns");
        }
        List<String> names = fields(lines[headerLine], headerLine + 1, where);
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < names.size(); c++) {
            if (names.get(c).isEmpty() || !seen.add(names.get(c))) {
                throw new FileFormatException(where + ": line " + (headerLine + 1) + ", column " + (c + 1) + ": "
                        + (names.get(c).isEmpty() ? "a column needs a name" : "the name '" + Excerpt.of(names.get(c))
                        + "' is used twice"));
            }
        }
        List<double[]> rows = new ArrayList<>();
        for (int i = headerLine + 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            if (rows.size() == DataTable.MAX_ROWS) {
                throw new FileFormatException(where + ": line " + (i + 1) + ": more than " + DataTable.MAX_ROWS
                        + " rows");
            }
            rows.add(numbers(fields(lines[i], i + 1, where), names, i + 1, where));
        }
        if (rows.isEmpty()) {
            throw new FileFormatException(where + ": no data rows below the header");
        }
        return DataTable.ofRows(names, rows.toArray(double[][]::new));
    }

    /**
     * The table as CSV text that {@link #parse} reads back exactly: the header, then each number
     * as the shortest decimal that reads back as the same double.
     */
    public static String write(DataTable table) {
        StringBuilder sb = new StringBuilder(String.join(",", table.names())).append('\n');
        for (int r = 0; r < table.rows(); r++) {
            for (int c = 0; c < table.columnCount(); c++) {
                sb.append(c == 0 ? "" : ",").append(NumberText.of(table.value(c, r)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static int firstNonBlank(String[] lines, int from) {
        int i = from;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        return i;
    }

    private static double[] numbers(List<String> cells, List<String> names, int line, String where)
            throws FileFormatException {
        if (cells.size() != names.size()) {
            throw new FileFormatException(where + ": line " + line + ": " + cells.size() + " values, but the header names "
                    + names.size() + " columns");
        }
        double[] row = new double[cells.size()];
        for (int c = 0; c < row.length; c++) {
            String at = where + ": line " + line + ", column " + (c + 1) + " (" + Excerpt.of(names.get(c)) + "): ";
            try {
                row[c] = NumberText.parse(cells.get(c));
            } catch (NumberFormatException e) {
                throw new FileFormatException(at + (cells.get(c).isEmpty() ? "empty" : "'" + Excerpt.of(cells.get(c))
                        + "' is not a number"), e);
            }
            if (!Double.isFinite(row[c])) {
                throw new FileFormatException(at + "'" + Excerpt.of(cells.get(c)) + "' is not a finite number");
            }
        }
        return row;
    }

    /** The fields of one line, unquoted and trimmed. */
    private static List<String> fields(String line, int number, String where) throws FileFormatException {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= line.length()) {
                        throw new FileFormatException(where + ": line " + number + ", column " + (out.size() + 1)
                                + ": a quote is not closed");
                    }
                    char ch = line.charAt(i++);
                    if (ch == '"' && i < line.length() && line.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else if (ch == '"') {
                        break;
                    } else {
                        field.append(ch);
                    }
                }
                while (i < line.length() && line.charAt(i) == ' ') {
                    i++;
                }
                if (i < line.length() && line.charAt(i) != ',') {
                    throw new FileFormatException(where + ": line " + number + ", column " + (out.size() + 1)
                            + ": text after a closing quote");
                }
            } else {
                while (i < line.length() && line.charAt(i) != ',') {
                    field.append(line.charAt(i++));
                }
            }
            out.add(field.toString().trim());
            field.setLength(0);
            if (i >= line.length()) {
                return out;
            }
            i++;
        }
    }
}
