package org.downhill.rangetest;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.downhill.sim.ReferenceCsv;

/**
 * Writes a range test in the reference CSV format: the header
 * {@code iter,x,y,lr,loss,smoothed_loss}, one row per iteration, numbers as
 * {@link ReferenceCsv#format} spells them (C's {@code %.17g}; {@code inf}, {@code nan}).
 */
public final class RangeTestCsv {
    /** The header line, without its newline. */
    public static final String HEADER = "iter,x,y,lr,loss,smoothed_loss";

    private RangeTestCsv() {
    }

    /** Appends the header and every row. */
    public static void write(RangeTestResult r, Appendable out) {
        try {
            out.append(HEADER).append('\n');
            for (int i = 0; i < r.rows(); i++) {
                out.append(Integer.toString(i)).append(',').append(ReferenceCsv.format(r.x(i))).append(',')
                        .append(ReferenceCsv.format(r.y(i))).append(',').append(ReferenceCsv.format(r.lr(i)))
                        .append(',').append(ReferenceCsv.format(r.loss(i))).append(',')
                        .append(ReferenceCsv.format(r.smoothed(i))).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
