package org.downhill.ui.lr;

import org.downhill.rangetest.RangeTestResult;

/**
 * How far a range test shown live has got: the first {@code rows} rows of its result (the plot
 * and the path on the landscape grow row by row). Immutable.
 *
 * @param result the test's result
 * @param rows   the rows shown so far, 1 to {@code result.rows()}
 */
public record RangeTestProgress(RangeTestResult result, int rows) {
    /**
     * Checks the rows.
     *
     * @throws IllegalArgumentException if rows is not 1 to the result's rows
     */
    public RangeTestProgress {
        if (rows < 1 || rows > result.rows()) {
            throw new IllegalArgumentException("rows " + rows + " of " + result.rows());
        }
    }

    /** Whether every row is shown: the test is over. */
    public boolean done() {
        return rows == result.rows();
    }
}
