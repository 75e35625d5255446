package org.downhill.figure;

import java.util.Objects;
import org.downhill.sim.Trajectory;

/**
 * A path drawn on the landscape beside the runs, in a style of its own (dashed, magenta, labelled):
 * the learning-rate range test's run, whose rate rises every iteration. Its first {@code rows}
 * rows are drawn (the test growing live); once all are drawn and the test stopped early, the
 * place where it stopped is marked with its learning rate. Immutable.
 *
 * @param label   the words beside the path, e.g. "range test"
 * @param path    the test's rows; its lr column holds the rates it used
 * @param rows    how many of the rows are drawn, 1 to {@code path.rows()}
 * @param stopped whether the test stopped before its planned iterations (it blew up or its loss
 *                rose above its threshold)
 */
public record TestPath(String label, Trajectory path, int rows, boolean stopped) {
    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if rows is not 1 to the path's rows
     */
    public TestPath {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(path, "path");
        if (rows < 1 || rows > path.rows()) {
            throw new IllegalArgumentException("rows " + rows + " of " + path.rows());
        }
    }

    /** Whether every row is drawn (the test is over). */
    public boolean complete() {
        return rows == path.rows();
    }
}
